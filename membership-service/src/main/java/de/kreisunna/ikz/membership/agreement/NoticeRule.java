package de.kreisunna.ikz.membership.agreement;

import de.kreisunna.ikz.platform.domain.Conflict;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a member leaves: notice at least {@code noticePeriodMonths} months ahead, effective at a
 * {@link NoticeDeadline}. The council papers say nothing about leaving, so the rule is data of each agreement
 * (with a {@code note} on where it comes from) rather than a constant. Months are counted as in § 188 BGB:
 * notice given on 15 March with 12 months runs until 15 March of the next year.
 */
@Embeddable
public record NoticeRule(
        @Schema(example = "12")
        @Column(name = "notice_period_months") @NotNull @Min(0) @Max(60) Integer noticePeriodMonths,
        @Column(name = "notice_effective_at") @Enumerated(EnumType.STRING) @NotNull NoticeDeadline effectiveAt,
        @Schema(description = "Where the rule comes from", example = "ASSUMPTION: the council papers say nothing about leaving the agreement")
        @Column(name = "notice_note") @Size(max = 1000) String note) {

    /** The earliest last day of membership for notice given on {@code givenOn}. */
    public LocalDate earliestEnd(LocalDate givenOn) {
        return effectiveAt.firstOnOrAfter(givenOn.plusMonths(noticePeriodMonths));
    }

    /**
     * The last day of membership: the requested one if the rule allows it, otherwise the earliest allowed;
     * a requested day earlier than allowed or not at a permitted deadline is refused naming the earliest.
     */
    public LocalDate lastDay(LocalDate givenOn, LocalDate requested) {
        LocalDate earliest = earliestEnd(givenOn);
        if (requested == null) {
            return earliest;
        }
        if (requested.isBefore(earliest)) {
            throw new Conflict("notice given on %s allows leaving on %s at the earliest (%d months' notice to %s), not on %s"
                    .formatted(givenOn, earliest, noticePeriodMonths, effectiveAt.describe(), requested));
        }
        if (!effectiveAt.permits(requested)) {
            throw new Conflict("a membership can only end at %s; the earliest allowed end is %s, not %s"
                    .formatted(effectiveAt.describe(), earliest, requested));
        }
        return requested;
    }
}
