package de.kreisunna.ikz.costing.invoice;

import de.kreisunna.ikz.costing.allocation.Money;

/** One line of an invoice: what is charged, how it was computed (for people), and the amount. */
public record InvoiceLine(String description, String detail, Money amount) {
}
