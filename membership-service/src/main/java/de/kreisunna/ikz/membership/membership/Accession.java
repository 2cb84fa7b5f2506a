package de.kreisunna.ikz.membership.membership;

import de.kreisunna.ikz.membership.municipality.Ags;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request to add a town to an agreement (the body of {@code POST /agreements/{id}/members}); always refused,
 * since a town joins only by a new agreement. The dates are accepted so the refusal can explain that.
 */
public record Accession(
        @Schema(description = "The town to add", example = "05978008")
        @NotBlank @Pattern(regexp = Ags.PATTERN, message = Ags.RULE) String ags,
        @Schema(example = "2027-01-01") LocalDate validFrom,
        @Schema(example = "2026-10-01") LocalDate goLiveOn) {
}
