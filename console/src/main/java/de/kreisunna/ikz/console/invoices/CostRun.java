package de.kreisunna.ikz.console.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A cost run (Kostenlauf) with its progress and, once computed, its totals per town. */
public record CostRun(long id, int year, String editionLabel, String payGrade, String status, int progress,
        String error, String stage, Instant createdAt, String createdBy, Instant finishedAt, Instant finalizedAt,
        String finalizedBy, Summary summary) {

    public record Summary(String kopfstelleIssuer, BigDecimal kopfstelleTotal, String operatorIssuer,
            BigDecimal passThroughTotal, List<TownTotal> towns, List<String> warnings) {
    }

    public record TownTotal(String ags, String name, BigDecimal kopfstelle, BigDecimal passThrough, BigDecimal total) {
    }

    public boolean running() {
        return "RUNNING".equals(status);
    }

    public boolean done() {
        return "DONE".equals(status);
    }

    public String statusLabel() {
        return switch (status == null ? "" : status) {
            case "RUNNING" -> "wird berechnet";
            case "DONE" -> "berechnet";
            case "FAILED" -> "fehlgeschlagen";
            default -> status;
        };
    }

    public String stageLabel() {
        return switch (stage == null ? "" : stage) {
            case "PREVIEW" -> "Vorschau";
            case "FINALIZED" -> "abgeschlossen";
            case "INVOICED" -> "Rechnungen erstellt";
            default -> stage;
        };
    }

    public boolean preview() {
        return "PREVIEW".equals(stage);
    }

    public boolean finalized() {
        return "FINALIZED".equals(stage);
    }

    public boolean invoiced() {
        return "INVOICED".equals(stage);
    }
}
