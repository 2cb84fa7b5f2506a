package de.kreisunna.ikz.membership.agreement;

import de.kreisunna.ikz.membership.municipality.Ags;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A municipality in one role of an agreement. */
@Embeddable
public record Party(
        @Schema(description = "The party's AGS", example = "05978024")
        @Column(name = "ags") @NotNull @Pattern(regexp = Ags.PATTERN, message = Ags.RULE) String ags,
        @Column(name = "role") @Enumerated(EnumType.STRING) @NotNull PartyRole role) {
}
