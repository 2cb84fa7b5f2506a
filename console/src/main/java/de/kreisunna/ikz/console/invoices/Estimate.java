package de.kreisunna.ikz.console.invoices;

import java.time.LocalDate;
import java.util.List;

/** What a town joining on a day would pay in a year, computed by costing-service; nothing is recorded. */
public record Estimate(String ags, LocalDate joinOn, int year, String editionLabel, Statement statement,
        List<String> warnings, String note) {
}
