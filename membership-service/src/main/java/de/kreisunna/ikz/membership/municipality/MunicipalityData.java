package de.kreisunna.ikz.membership.municipality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A municipality's master data as registered or replaced by an update (the body of
 * {@code PUT /municipalities/{ags}}). {@code kind} may be left open for a town (8-digit AGS) registered by name
 * only; a district is always a {@link MunicipalityKind#KREIS}. The Leitweg-ID's check digits are verified.
 */
public record MunicipalityData(
        @Schema(example = "Lünen") @NotBlank @Size(max = 200) String name,
        MunicipalityKind kind,
        @Schema(description = "Where its e-invoices go; check digits verified", example = "05978024-0001-89")
        @Size(max = 46) String leitwegId,
        @Valid PostalAddress invoiceAddress,
        @Valid Contact contact) {

    public static MunicipalityData named(String name) {
        return new MunicipalityData(name, null, null, null, null);
    }
}
