package de.kreisunna.ikz.console.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A KGSt edition: the reference figures (personnel cost per pay grade, material cost) of a period. */
public record KgstEdition(long id, String label, LocalDate validFrom, LocalDate validUntil, BigDecimal materialCost,
        String sourceNote) {
}
