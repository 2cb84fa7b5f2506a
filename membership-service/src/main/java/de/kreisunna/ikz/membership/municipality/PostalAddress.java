package de.kreisunna.ikz.membership.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a town's invoices go (buyer address of an XRechnung); the recipient line names the office. */
@Embeddable
public record PostalAddress(
        @Schema(example = "Stadt Lünen, Kopfstelle IKZ Sozialwesen")
        @Column(name = "invoice_recipient") @Size(max = 200) String recipient,
        @Schema(example = "Willy-Brandt-Platz 1")
        @Column(name = "invoice_street") @NotBlank @Size(max = 200) String street,
        @Schema(example = "44532")
        @Column(name = "invoice_postal_code") @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a German postal code of 5 digits") String postalCode,
        @Schema(example = "Lünen") @Column(name = "invoice_city") @NotBlank @Size(max = 100) String city) {
}
