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
import java.util.Objects;

/**
 * Days on which a town is a member of an agreement: from {@code validFrom} to {@code validUntil}, both
 * inclusive; open if no end. It is part of the town's aggregate (one revision per timeline), so only
 * {@link Municipality} changes it. A period with an agreement is party status: it begins when the agreement
 * takes effect (or the town is taken over by a successor). {@code agreementId} is null for periods recorded as
 * history before agreements existed: they make the town no party and share no costs.
 */
@Entity
@Table(name = "membership_period")
public class MembershipPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ags")
    Municipality municipality;

    @Column(name = "agreement_id")
    String agreementId;

    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "valid_until")
    LocalDate validUntil;

    @Column(name = "notice_given_on")
    LocalDate noticeGivenOn;

    protected MembershipPeriod() {
    }

    MembershipPeriod(Municipality municipality, String agreementId, LocalDate validFrom, LocalDate validUntil,
            LocalDate noticeGivenOn) {
        this.municipality = municipality;
        this.agreementId = agreementId;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.noticeGivenOn = noticeGivenOn;
    }

    public Municipality municipality() {
        return municipality;
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

    /** The day the town went live on the shared installation: a fact of the town, not of the period. */
    public LocalDate goLiveOn() {
        return municipality.goLiveOn();
    }

    public LocalDate noticeGivenOn() {
        return noticeGivenOn;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    boolean belongsTo(String agreement) {
        return Objects.equals(agreementId, agreement);
    }

    boolean overlaps(LocalDate from, LocalDate until) {
        boolean startsBeforeOtherEnds = until == null || !validFrom.isAfter(until);
        boolean endsAfterOtherStarts = validUntil == null || !validUntil.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    /** True if the membership is still running on the day after {@code day} (open or ending later). */
    boolean continuesAfter(LocalDate day) {
        return contains(day) && (validUntil == null || validUntil.isAfter(day));
    }

    String describe() {
        return "from " + validFrom + (validUntil == null ? " without end" : " until " + validUntil)
                + (agreementId == null ? "" : " (agreement " + agreementId + ")");
    }
}
