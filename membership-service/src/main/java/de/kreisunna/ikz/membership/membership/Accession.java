package de.kreisunna.ikz.membership.membership;

import de.kreisunna.ikz.membership.municipality.Ags;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** A town joining an agreement on {@code validFrom}; {@code goLiveOn} if its instance is already migrated. */
public record Accession(
        @NotBlank @Pattern(regexp = Ags.PATTERN, message = Ags.RULE) String ags,
        @NotNull LocalDate validFrom,
        LocalDate goLiveOn) {
}
