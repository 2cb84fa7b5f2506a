package de.kreisunna.ikz.costing.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** This service's copy of an agreement, as last consumed (the highest revision seen). */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    @Column(name = "agreement_id")
    String agreementId;

    long revision;

    String title;

    String subject;

    @Column(name = "legal_basis")
    String legalBasis;

    String status;

    @Column(name = "concluded_on")
    LocalDate concludedOn;

    @Column(name = "in_force_from")
    LocalDate inForceFrom;

    @Column(name = "ended_on")
    LocalDate endedOn;

    @Column(name = "predecessor_id")
    String predecessorId;

    @Column(name = "successor_id")
    String successorId;

    /** The parties as JSON ({@link Party} list). */
    @JdbcTypeCode(SqlTypes.JSON)
    String parties;

    /** The cost clause as JSON ({@link CostClause}), null if the agreement has none. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cost_clause")
    String costClause;

    @Column(name = "updated_at")
    Instant updatedAt;

    protected Agreement() {
    }
}
