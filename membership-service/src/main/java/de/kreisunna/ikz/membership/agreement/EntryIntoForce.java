package de.kreisunna.ikz.membership.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The steps after the conclusion that let an agreement take effect (GkG NRW § 24): the supervisory approval,
 * the publication, and, if the agreement names one, a later day of effect ({@code effectiveFrom}). Without it
 * the agreement takes effect on the day after the publication.
 */
public record EntryIntoForce(
        @Valid @NotNull SupervisoryApproval supervisoryApproval,
        @Valid @NotNull Publication publication,
        @Schema(description = "A later day of effect the agreement names; the day after the publication if left out",
                example = "2026-01-01")
        LocalDate effectiveFrom) {

    /** The first day of legal effect: the day after publication, or the later day the agreement names. */
    public LocalDate legalEffect() {
        LocalDate dayAfter = publication.publishedOn().plusDays(1);
        return effectiveFrom != null && effectiveFrom.isAfter(dayAfter) ? effectiveFrom : dayAfter;
    }
}
