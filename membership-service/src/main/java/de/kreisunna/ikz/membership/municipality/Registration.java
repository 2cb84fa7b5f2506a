package de.kreisunna.ikz.membership.municipality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A municipality to register: its AGS and master data (the body of {@code POST /municipalities}). */
public record Registration(
        @NotBlank @Pattern(regexp = Ags.PATTERN, message = Ags.RULE) String ags,
        @NotBlank @Size(max = 200) String name,
        MunicipalityKind kind,
        @Size(max = 46) String leitwegId,
        @Valid PostalAddress invoiceAddress,
        @Valid Contact contact) {

    public MunicipalityData data() {
        return new MunicipalityData(name, kind, leitwegId, invoiceAddress, contact);
    }
}
