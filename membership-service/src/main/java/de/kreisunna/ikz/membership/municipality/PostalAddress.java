package de.kreisunna.ikz.membership.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where a town's invoices go (buyer address of an XRechnung); the recipient line names the office. */
@Embeddable
public record PostalAddress(
        @Column(name = "invoice_recipient") @Size(max = 200) String recipient,
        @Column(name = "invoice_street") @NotBlank @Size(max = 200) String street,
        @Column(name = "invoice_postal_code") @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a German postal code of 5 digits") String postalCode,
        @Column(name = "invoice_city") @NotBlank @Size(max = 100) String city) {
}
