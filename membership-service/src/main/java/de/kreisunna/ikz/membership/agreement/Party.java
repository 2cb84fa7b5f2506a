package de.kreisunna.ikz.membership.agreement;

import de.kreisunna.ikz.membership.municipality.Ags;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A municipality in one role of an agreement. */
@Embeddable
public record Party(
        @Column(name = "ags") @NotNull @Pattern(regexp = Ags.PATTERN, message = Ags.RULE) String ags,
        @Column(name = "role") @Enumerated(EnumType.STRING) @NotNull PartyRole role) {
}
