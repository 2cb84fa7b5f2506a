package de.kreisunna.ikz.membership.municipality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A municipality to register: its AGS and master data (the body of {@code POST /municipalities}). */
public record Registration(
        @Schema(description = "8 digits for a town, 5 for the district", example = "05978024")
        @NotBlank @Pattern(regexp = Ags.PATTERN, message = Ags.RULE) String ags,
        @Schema(example = "Lünen") @NotBlank @Size(max = 200) String name,
        MunicipalityKind kind,
        @Schema(description = "Where its e-invoices go; check digits verified", example = "05978024-0001-89")
        @Size(max = 46) String leitwegId,
        @Valid PostalAddress invoiceAddress,
        @Valid Contact contact) {

    public MunicipalityData data() {
        return new MunicipalityData(name, kind, leitwegId, invoiceAddress, contact);
    }
}
