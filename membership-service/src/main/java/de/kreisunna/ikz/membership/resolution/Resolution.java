package de.kreisunna.ikz.membership.resolution;

import de.kreisunna.ikz.membership.municipality.Ags;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a party's body resolved about an agreement (the body of {@code POST /agreements/{id}/resolutions}).
 * {@code paperNumber} is free text ("11/1532", "215/21", "unbekannt"); {@code note} records what is assumed.
 * {@code subject} says what it approves; {@code accedingAgs} names the joining town of an ACCESSION.
 */
public record Resolution(
        @Schema(description = "The party whose body resolved", example = "05978040")
        @NotBlank @Pattern(regexp = Ags.PATTERN, message = Ags.RULE) String ags,
        @NotNull Body body,
        @Schema(description = "The day of the session; not in the future", example = "2025-09-25")
        @NotNull LocalDate decidedOn,
        @NotNull ResolutionSubject subject,
        @Schema(description = "The joining town of an ACCESSION; no other subject names one", example = "05978016")
        @Pattern(regexp = Ags.PATTERN, message = Ags.RULE) String accedingAgs,
        @Schema(description = "The council paper (Vorlage, Drucksache), or 'unbekannt'", example = "142/2025")
        @Size(max = 50) String paperNumber,
        @NotNull ResolutionKind kind,
        @NotNull Outcome outcome,
        @Schema(description = "What is assumed or worth knowing", example = "Council of Werne, public session")
        @Size(max = 1000) String note) {
}
