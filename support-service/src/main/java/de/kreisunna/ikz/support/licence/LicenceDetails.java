package de.kreisunna.ikz.support.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The licences a town asks for: how many additional licences of which product, from which day. */
@Embeddable
public record LicenceDetails(
        @Column(name = "licence_product") String product,
        @Column(name = "licence_quantity") Integer quantity,
        @Column(name = "licence_effective_from") LocalDate effectiveFrom) {
}
