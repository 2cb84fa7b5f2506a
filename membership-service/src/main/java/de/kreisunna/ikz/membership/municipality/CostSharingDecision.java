package de.kreisunna.ikz.membership.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * Days on which a town shares the costs of an agreement without being its party on those days, and the decision
 * that says so: an agreement's cost-sharing clause, or an interim decision for a town that uses the procedure
 * before it is a party. Dated, with who decided and where it is written ({@code source}); {@code assumption}
 * marks a decision the sources do not show. Part of the town's aggregate.
 */
@Entity
@Table(name = "cost_sharing_decision")
public class CostSharingDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ags")
    Municipality municipality;

    @Enumerated(EnumType.STRING)
    CostSharingBasis basis;

    @Column(name = "agreement_id", nullable = false)
    String agreementId;

    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    LocalDate validUntil;

    @Column(name = "decided_on", nullable = false)
    LocalDate decidedOn;

    @Column(name = "decided_by", nullable = false)
    String decidedBy;

    @Column(nullable = false)
    String source;

    boolean assumption;

    protected CostSharingDecision() {
    }

    CostSharingDecision(Municipality municipality, CostSharingBasis basis, CostShare share) {
        this.municipality = municipality;
        this.basis = basis;
        this.agreementId = share.agreementId();
        this.validFrom = share.validFrom();
        this.validUntil = share.validUntil();
        this.decidedOn = share.decidedOn();
        this.decidedBy = share.decidedBy();
        this.source = share.source();
        this.assumption = share.assumption();
    }

    public CostSharingBasis basis() {
        return basis;
    }

    public String agreementId() {
        return agreementId;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String source() {
        return source;
    }

    public boolean assumption() {
        return assumption;
    }

    boolean overlaps(LocalDate from, LocalDate until) {
        return (until == null || !validFrom.isAfter(until)) && !validUntil.isBefore(from);
    }
}
