package de.kreisunna.ikz.membership.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Days on which a town is a member: from {@code validFrom} to {@code validUntil}, both inclusive; open if no end. */
@Entity
@Table(name = "membership_period")
public class MembershipPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ags")
    Municipality municipality;

    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "valid_until")
    LocalDate validUntil;

    protected MembershipPeriod() {
    }

    MembershipPeriod(Municipality municipality, LocalDate validFrom, LocalDate validUntil) {
        this.municipality = municipality;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    boolean overlaps(LocalDate from, LocalDate until) {
        boolean startsBeforeOtherEnds = until == null || !validFrom.isAfter(until);
        boolean endsAfterOtherStarts = validUntil == null || !validUntil.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }
}
