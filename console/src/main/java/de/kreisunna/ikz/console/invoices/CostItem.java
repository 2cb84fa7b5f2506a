package de.kreisunna.ikz.console.invoices;

import java.math.BigDecimal;

/** A cost item of a year (vendor maintenance, licences, other) and how it is split among the towns. */
public record CostItem(long id, int year, String kind, String label, String splitKey, BigDecimal unitPrice,
        BigDecimal amount, String ags, Integer count) {
}
