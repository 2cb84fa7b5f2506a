package de.kreisunna.ikz.membership.municipality;

import de.kreisunna.ikz.membership.agreement.Agreement;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A recorded decision that a town shares the costs of an agreement from {@code validFrom} to {@code validUntil}
 * (both inclusive) without being its party on those days (the body of
 * {@code POST /municipalities/{ags}/interim-cost-sharing}): who decided on which day, where it is written, and
 * whether it is an assumption because the sources do not show it.
 */
public record CostShare(
        @Schema(description = "The agreement whose costs the town shares", example = "ikz-asylblg-2021")
        @NotBlank @Pattern(regexp = Agreement.ID_PATTERN, message = Agreement.ID_RULE) String agreementId,
        @Schema(description = "The first day (inclusive)", example = "2025-07-01") @NotNull LocalDate validFrom,
        @Schema(description = "The last day (inclusive)", example = "2025-12-31") @NotNull LocalDate validUntil,
        @Schema(description = "The day of the decision; not in the future", example = "2025-06-24")
        @NotNull LocalDate decidedOn,
        @Schema(example = "Rat der Stadt Selm") @NotBlank @Size(max = 200) String decidedBy,
        @Schema(description = "Where the decision is written", example = "Stadt Selm, council paper 95/2025")
        @NotBlank @Size(max = 1000) String source,
        @Schema(description = "true if the sources do not show the decision and it is assumed", example = "false")
        boolean assumption) {
}
