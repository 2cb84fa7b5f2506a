package de.kreisunna.ikz.membership.resolution;

import de.kreisunna.ikz.membership.municipality.Ags;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a party's body resolved about an agreement (the body of {@code POST /agreements/{id}/resolutions}).
 * {@code paperNumber} is free text ("11/1532", "215/21", "unbekannt"); {@code note} records what is assumed.
 * {@code subject} says what it approves; {@code accedingAgs} names the joining town of an ACCESSION.
 */
public record Resolution(
        @NotBlank @Pattern(regexp = Ags.PATTERN, message = Ags.RULE) String ags,
        @NotNull Body body,
        @NotNull LocalDate decidedOn,
        @NotNull ResolutionSubject subject,
        @Pattern(regexp = Ags.PATTERN, message = Ags.RULE) String accedingAgs,
        @Size(max = 50) String paperNumber,
        @NotNull ResolutionKind kind,
        @NotNull Outcome outcome,
        @Size(max = 1000) String note) {
}
