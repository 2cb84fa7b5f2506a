package de.kreisunna.ikz.costing.costrun;

import de.kreisunna.ikz.costing.allocation.Allocation;
import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.allocation.Segment;
import de.kreisunna.ikz.costing.allocation.Share;
import de.kreisunna.ikz.costing.allocation.SplitKey;
import de.kreisunna.ikz.costing.document.GermanFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One town's part of a year's costs, explained to the cent: the Kopfstelle cost and how it was formed, the
 * town's segments (days, members, amount), each pass-through item, the operator's technical support at 0 EUR,
 * and what is invoiced. The Kopfstelle's own share appears here but is not invoiced (no invoice to itself).
 */
public record Statement(int year, String ags, String name, KopfstelleShare kopfstelle, PassThrough passThrough,
        Money total, Money invoiced, List<String> notes) {

    public static final String TECHNICAL_SUPPORT = "Technische Betreuung durch den Betreiber (Kreis Unna, zentrale IT)";

    /** The Kopfstelle part: the cost of each clause period, the year's cost, this town's segments and share. */
    public record KopfstelleShare(String issuer, boolean ownShare, List<CostRunResult.ClausePeriod> basis,
            Money yearCost, Money amount, BigDecimal exact, List<Segment> segments) {
    }

    /** The pass-through part; {@code technicalSupport} is always 0.00: the operator charges no staff or material cost. */
    public record PassThrough(String issuer, boolean ownShare, List<ItemShare> items, Money technicalSupport, Money amount) {
    }

    public record ItemShare(long itemId, String kind, String label, SplitKey splitKey, String product, Money itemTotal,
            Money unitPrice, Money amount, BigDecimal exact, List<Segment> segments) {
    }

    public static Statement of(CostRunResult result, String ags) {
        return of(result, ags, List.of());
    }

    /** The statement with notes the run records beside its result (e.g. why an edition outside its validity is used). */
    public static Statement of(CostRunResult result, String ags, List<String> runNotes) {
        String name = result.town(ags).map(CostRunResult.TownTotal::name).orElse(ags);
        CostRunResult.KopfstellePart k = result.kopfstelle();
        Share own = k.allocation().shareOf(ags).orElse(null);
        KopfstelleShare kopfstelle = new KopfstelleShare(k.issuer(), ags.equals(k.issuer()), k.periods(),
                k.allocation().total(), own == null ? Money.ZERO : own.amount(),
                own == null ? BigDecimal.ZERO : own.exact(), own == null ? List.of() : own.segments());
        List<ItemShare> items = new ArrayList<>();
        Money passThroughSum = Money.ZERO;
        for (CostRunResult.ItemPart item : result.passThrough().items()) {
            Allocation a = item.allocation();
            Share s = a.shareOf(ags).orElse(null);
            Money amount = s == null ? Money.ZERO : s.amount();
            items.add(new ItemShare(item.itemId(), item.kind(), item.label(), item.splitKey(), item.product(), a.total(),
                    item.unitPrice(), amount, s == null ? BigDecimal.ZERO : s.exact(), s == null ? List.of() : s.segments()));
            passThroughSum = passThroughSum.plus(amount);
        }
        String operator = result.passThrough().issuer();
        PassThrough passThrough = new PassThrough(operator, ags.equals(operator), items, Money.ZERO, passThroughSum);
        Money invoiced = (kopfstelle.ownShare() ? Money.ZERO : kopfstelle.amount())
                .plus(passThrough.ownShare() ? Money.ZERO : passThroughSum);
        List<String> notes = new ArrayList<>(runNotes);
        if (kopfstelle.ownShare()) {
            notes.add("Eigener Anteil der Kopfstelle (" + GermanFormat.eur(kopfstelle.amount())
                    + "): von ihr selbst getragen, nicht in Rechnung gestellt.");
        }
        notes.add(TECHNICAL_SUPPORT + ": 0,00 EUR (es werden keine Personal-, Sach- oder Gemeinkosten berechnet).");
        return new Statement(result.year(), ags, name, kopfstelle, passThrough, kopfstelle.amount().plus(passThroughSum),
                invoiced, List.copyOf(notes));
    }
}
