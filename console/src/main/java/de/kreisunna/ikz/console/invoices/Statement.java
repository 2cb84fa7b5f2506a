package de.kreisunna.ikz.console.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A town's statement of one cost run: how its share was computed (the formula's inputs, segment by segment). */
public record Statement(int year, String ags, String name, Kopfstelle kopfstelle, PassThrough passThrough,
        BigDecimal total, BigDecimal invoiced, List<String> notes) {

    public record Kopfstelle(String issuer, boolean ownShare, BigDecimal yearCost, BigDecimal amount,
            List<Segment> segments) {
    }

    public record PassThrough(String issuer, boolean ownShare, List<Item> items, BigDecimal amount) {
    }

    public record Item(long itemId, String kind, String label, String splitKey, String product, BigDecimal itemTotal,
            BigDecimal amount, List<Segment> segments) {
    }

    /** Days of the year with the same members: annual rate × days ÷ days of year × weight ÷ total weight. */
    public record Segment(LocalDate from, LocalDate until, int days, int daysOfYear, int members, long weight,
            long totalWeight, BigDecimal annualRate, BigDecimal amount) {
    }
}
