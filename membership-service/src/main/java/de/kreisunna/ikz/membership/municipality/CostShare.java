package de.kreisunna.ikz.membership.municipality;

import de.kreisunna.ikz.membership.agreement.Agreement;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A recorded decision that a town shares the costs of an agreement from {@code validFrom} to {@code validUntil}
 * (both inclusive) without being its party on those days (the body of
 * {@code POST /municipalities/{ags}/interim-cost-sharing}): who decided on which day, where it is written, and
 * whether it is an assumption because the sources do not show it.
 */
public record CostShare(
        @NotBlank @Pattern(regexp = Agreement.ID_PATTERN, message = Agreement.ID_RULE) String agreementId,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validUntil,
        @NotNull LocalDate decidedOn,
        @NotBlank @Size(max = 200) String decidedBy,
        @NotBlank @Size(max = 1000) String source,
        boolean assumption) {
}
