package de.kreisunna.ikz.console.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment booked against an invoice. */
public record Payment(long id, BigDecimal amount, LocalDate paidOn, String reference) {
}
