package de.kreisunna.ikz.console.invoices;

import java.math.BigDecimal;

/** A cost item of a year (vendor maintenance, licences, other) and how it is split among the towns. */
public record CostItem(long id, int year, String kind, String label, String splitKey, BigDecimal unitPrice,
        BigDecimal amount, String ags, Integer count, String product, java.time.LocalDate validFrom,
        java.time.LocalDate validUntil) {

    public String kindLabel() {
        return switch (kind == null ? "" : kind) {
            case "MAINTENANCE" -> "Pflege (Hersteller)";
            case "ADDITIONAL_LICENCES" -> "Zusatzlizenzen";
            case "OTHER" -> "Sonstiges";
            default -> kind;
        };
    }

    public String splitKeyLabel() {
        return switch (splitKey == null ? "" : splitKey) {
            case "EQUAL" -> "zu gleichen Teilen";
            case "BY_LICENCES" -> "nach Lizenzen";
            case "DIRECT" -> "direkt je Gemeinde";
            default -> splitKey;
        };
    }
}
