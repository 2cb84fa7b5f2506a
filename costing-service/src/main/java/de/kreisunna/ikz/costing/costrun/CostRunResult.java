package de.kreisunna.ikz.costing.costrun;

import de.kreisunna.ikz.costing.allocation.Allocation;
import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.allocation.SplitKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a year costs and who bears what: the Kopfstelle cost (per period of a cost clause, then split day by
 * day among the members) and each pass-through item, with every town's segments. Stored as JSON in the run.
 */
public record CostRunResult(int year, String editionLabel, KopfstellePart kopfstelle, PassThroughPart passThrough,
        List<TownTotal> towns, List<String> warnings) {

    /** The Kopfstelle cost of the year, invoiced by {@code issuer} (the agreement's KOPFSTELLE party). */
    public record KopfstellePart(String issuer, List<ClausePeriod> periods, Allocation allocation) {
    }

    /** Days of the year governed by one agreement's cost clause, and the annual cost it yields. */
    public record ClausePeriod(String agreementId, long agreementRevision, String agreementTitle, String legalBasis,
            LocalDate from, LocalDate until, KopfstelleCost cost) {
    }

    /** The operator's pass-through items, invoiced by {@code issuer} (the agreement's OPERATOR party). */
    public record PassThroughPart(String issuer, List<ItemPart> items) {
    }

    public record ItemPart(long itemId, String kind, String label, SplitKey splitKey, String product, Money amount,
            Money unitPrice, Allocation allocation) {
    }

    public record TownTotal(String ags, String name, long membershipRevision, Money kopfstelle, Money passThrough,
            Money total) {
    }

    public Optional<TownTotal> town(String ags) {
        return towns.stream().filter(t -> t.ags().equals(ags)).findFirst();
    }
}
