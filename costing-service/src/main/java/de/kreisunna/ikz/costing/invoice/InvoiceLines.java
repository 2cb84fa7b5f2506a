package de.kreisunna.ikz.costing.invoice;

import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.allocation.Segment;
import de.kreisunna.ikz.costing.allocation.SplitKey;
import de.kreisunna.ikz.costing.costrun.Statement;
import de.kreisunna.ikz.costing.document.GermanFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The lines of a town's invoices, taken from its statement of a finalized run. */
public final class InvoiceLines {

    private InvoiceLines() {
    }

    public static List<InvoiceLine> kopfstelle(Statement s) {
        return List.of(new InvoiceLine("Kostenanteil Kopfstelle " + s.year(),
                segments(s.kopfstelle().segments(), SplitKey.EQUAL), s.kopfstelle().amount()));
    }

    public static List<InvoiceLine> passThrough(Statement s) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (Statement.ItemShare item : s.passThrough().items()) {
            if (!item.amount().isZero()) {
                lines.add(new InvoiceLine(item.label() + " " + s.year() + " (" + keyText(item.splitKey()) + ")",
                        segments(item.segments(), item.splitKey()), item.amount()));
            }
        }
        lines.add(new InvoiceLine(Statement.TECHNICAL_SUPPORT,
                "Der Betreiber berechnet keine Personal-, Sach- oder Gemeinkosten.", Money.ZERO));
        return lines;
    }

    static String keyText(SplitKey key) {
        return switch (key) {
            case EQUAL -> "zu gleichen Teilen, taggenau";
            case BY_LICENCES -> "nach Lizenzen, taggenau";
            case DIRECT -> "direkt zugeordnet";
        };
    }

    private static String segments(List<Segment> segments, SplitKey key) {
        return segments.stream()
                .map(seg -> key == SplitKey.DIRECT ? GermanFormat.charge(seg) : GermanFormat.segment(seg, key == SplitKey.EQUAL))
                .collect(Collectors.joining("; "));
    }
}
