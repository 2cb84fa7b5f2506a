package de.kreisunna.ikz.costing.document;

import de.kreisunna.ikz.costing.allocation.Segment;
import de.kreisunna.ikz.costing.allocation.SplitKey;
import de.kreisunna.ikz.costing.costrun.CostRunResult;
import de.kreisunna.ikz.costing.costrun.KopfstelleCost;
import de.kreisunna.ikz.costing.costrun.Statement;
import de.kreisunna.ikz.costing.invoice.CostType;
import de.kreisunna.ikz.costing.invoice.InvoiceLine;
import de.kreisunna.ikz.costing.party.PartyDetails;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The invoice for people, as a PDF (PDFBox): parties, lines, the computation behind every amount down to the
 * segments of days and members, the legal basis, the bank details and the § 2b UStG note. DejaVu Sans is
 * embedded (shipped in {@code fonts/}), so umlauts (Lünen, Bönen) look the same on every reader.
 */
@ApplicationScoped
public class InvoicePdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    public byte[] render(InvoiceDocument doc) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(pdf, "fonts/DejaVuSans.ttf");
            PDFont bold = font(pdf, "fonts/DejaVuSans-Bold.ttf");
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(doc.title() + " " + doc.number());
            info.setAuthor(doc.issuer().name());
            info.setCreator("IKZ Einheitliches Sozialwesen, costing-service");
            Writer w = new Writer(pdf, regular, bold);
            content(doc, w);
            w.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the invoice PDF could not be written", e);
        }
    }

    private static void content(InvoiceDocument doc, Writer w) throws IOException {
        PartyDetails from = doc.issuer();
        PartyDetails to = doc.recipient();
        w.bold(from.name(), 14);
        w.line(from.street() + ", " + from.postcode() + " " + from.city() + " · " + from.email()
                + (from.phone() == null ? "" : " · " + from.phone()), 8);
        w.gap(14);
        w.line(to.name(), 10);
        w.line(to.street(), 10);
        w.line(to.postcode() + " " + to.city(), 10);
        w.gap(14);
        w.bold(doc.title() + " Nr. " + doc.number(), 13);
        w.line("Rechnungsdatum: " + GermanFormat.date(doc.issueDate()) + "    Fällig am: " + GermanFormat.date(doc.dueDate())
                + "    Leitweg-ID des Empfängers: " + to.leitwegId(), 9);
        if (doc.creditNote()) {
            w.line("Diese Gutschrift hebt die Rechnung " + doc.correctsNumber() + " vollständig auf.", 9);
        }
        w.line("Leistungszeitraum: 01.01." + doc.costYear() + "–31.12." + doc.costYear(), 9);
        w.gap(8);
        w.wrapped((doc.costType() == CostType.KOPFSTELLE
                ? "Kostenanteil an der Kopfstelle (fachliche Administration, Anwenderbetreuung und Schulung) der interkommunalen "
                : "Weiterberechnete Kosten des Betreibers (Softwarepflege, zusätzliche Lizenzen) der interkommunalen ")
                + "Zusammenarbeit „Einheitliches Sozialwesen“ (AsylbLG) für das Jahr " + doc.costYear() + ".", 10);
        w.gap(8);
        for (InvoiceLine line : doc.lines()) {
            w.amountLine(line.description(), GermanFormat.eur(line.amount()), false);
        }
        w.rule();
        w.amountLine(doc.creditNote() ? "Gutschriftbetrag" : "Rechnungsbetrag", GermanFormat.eur(doc.total()), true);
        w.gap(12);
        w.bold("Berechnung", 11);
        if (doc.costType() == CostType.KOPFSTELLE) {
            kopfstelle(doc.statement(), w);
        } else {
            passThrough(doc.statement(), w);
        }
        w.gap(10);
        w.bold("Rechtsgrundlage", 11);
        w.wrapped(doc.legalBasis() + ". Die Kosten der Kopfstelle tragen die Anwendergemeinden zu gleichen Teilen; wer "
                + "nur einen Teil des Jahres Mitglied ist, trägt taggenau die Kosten der Tage seiner Mitgliedschaft. "
                + "Centbeträge werden nach dem Verfahren der größten Reste verteilt, bei gleichem Rest in aufsteigender "
                + "Reihenfolge des Gemeindeschlüssels.", 9);
        w.gap(10);
        w.bold("Bankverbindung", 11);
        w.line("Kontoinhaber: " + from.name() + "    IBAN: " + from.iban() + "    BIC: " + from.bic(), 9);
        w.line("Verwendungszweck: " + doc.number(), 9);
        w.gap(10);
        w.wrapped(InvoiceDocument.VAT_NOTE, 9);
        if (from.illustrative() || to.illustrative()) {
            w.gap(10);
            w.wrapped("Hinweis: Anschriften, Leitweg-IDs und Bankverbindung sind Beispieldaten (illustrativ), keine echten Daten.", 8);
        }
    }

    private static void kopfstelle(Statement s, Writer w) throws IOException {
        for (CostRunResult.ClausePeriod p : s.kopfstelle().basis()) {
            KopfstelleCost c = p.cost();
            w.wrapped("Kostenregel der Vereinbarung " + p.agreementId() + ", gültig " + GermanFormat.date(p.from()) + "–"
                    + GermanFormat.date(p.until()) + " (KGSt-Bericht „Kosten eines Arbeitsplatzes“, Ausgabe "
                    + c.editionLabel() + "):", 9);
            w.amountLine("  Personalkosten " + GermanFormat.decimal(c.fte(), "0.00##") + " Stellen × "
                    + GermanFormat.eur(c.personnelCostPerPosition()) + " (" + c.payGrade() + ")"
                    + (c.personnelCostIllustrative() ? " [illustrativer Wert]" : ""), GermanFormat.eur(c.personnel()), false);
            w.amountLine("  Gemeinkosten " + GermanFormat.percent(c.overheadRate()) + " der Personalkosten",
                    GermanFormat.eur(c.overhead()), false);
            w.amountLine("  Sachkosten " + GermanFormat.decimal(c.materialCostShare(), "0.00##") + " × "
                    + GermanFormat.eur(c.materialCost()) + " (Büroarbeitsplatz)"
                    + (c.materialCostIllustrative() ? " [illustrativer Wert]" : ""), GermanFormat.eur(c.material()), false);
            w.amountLine("  Jahreskosten der Kopfstelle", GermanFormat.eur(c.annual()), true);
        }
        w.amountLine("Kosten der Kopfstelle " + s.year() + " (taggenau)", GermanFormat.eur(s.kopfstelle().yearCost()), false);
        w.line("Ihr Anteil, je Zeitabschnitt (Tage Ihrer Mitgliedschaft, Zahl der Mitglieder an diesen Tagen):", 9);
        for (Segment seg : s.kopfstelle().segments()) {
            w.wrapped("  " + GermanFormat.segment(seg, true), 9);
        }
        w.amountLine("Ihr Anteil (genau: " + GermanFormat.decimal(s.kopfstelle().exact(), "#,##0.000000") + " EUR)",
                GermanFormat.eur(s.kopfstelle().amount()), true);
    }

    private static void passThrough(Statement s, Writer w) throws IOException {
        for (Statement.ItemShare item : s.passThrough().items()) {
            if (item.amount().isZero()) {
                continue;
            }
            String basis = item.splitKey() == SplitKey.DIRECT
                    ? "Preis je Lizenz und Jahr " + GermanFormat.eur(item.unitPrice())
                    : "Gesamtbetrag " + GermanFormat.eur(item.itemTotal()) + ", "
                            + (item.splitKey() == SplitKey.EQUAL ? "zu gleichen Teilen" : "nach Lizenzen");
            w.wrapped(item.label() + " (" + basis + "):", 9);
            for (Segment seg : item.segments()) {
                w.wrapped("  " + (item.splitKey() == SplitKey.DIRECT ? GermanFormat.charge(seg)
                        : GermanFormat.segment(seg, item.splitKey() == SplitKey.EQUAL)), 9);
            }
            w.amountLine("  Ihr Anteil", GermanFormat.eur(item.amount()), true);
        }
        w.amountLine(Statement.TECHNICAL_SUPPORT, GermanFormat.eur(s.passThrough().technicalSupport()), false);
    }

    private static PDFont font(PDDocument pdf, String resource) throws IOException {
        try (InputStream in = InvoicePdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing from the application");
            }
            return PDType0Font.load(pdf, in, true);
        }
    }

    /** Writes lines top-down and starts a new page when one is full. */
    private static final class Writer {

        private final PDDocument pdf;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument pdf, PDFont regular, PDFont bold) throws IOException {
            this.pdf = pdf;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        void line(String text, float size) throws IOException {
            write(regular, text, size, MARGIN);
        }

        void bold(String text, float size) throws IOException {
            write(bold, text, size, MARGIN);
        }

        void wrapped(String text, float size) throws IOException {
            for (String line : wrap(regular, text, size, WIDTH)) {
                line(line, size);
            }
        }

        void amountLine(String label, String amount, boolean strong) throws IOException {
            PDFont font = strong ? bold : regular;
            float size = 9;
            float amountWidth = font.getStringWidth(amount) / 1000 * size;
            List<String> labels = wrap(font, label, size, WIDTH - amountWidth - 12);
            for (int i = 0; i < labels.size(); i++) {
                if (i == labels.size() - 1) {
                    room(size);
                    show(font, labels.get(i), size, MARGIN);
                    show(font, amount, size, MARGIN + WIDTH - amountWidth);
                    y -= size * 1.45f;
                } else {
                    write(font, labels.get(i), size, MARGIN);
                }
            }
        }

        void rule() throws IOException {
            room(4);
            stream.moveTo(MARGIN, y + 8);
            stream.lineTo(MARGIN + WIDTH, y + 8);
            stream.stroke();
            y -= 4;
        }

        void gap(float points) {
            y -= points;
        }

        void close() throws IOException {
            stream.close();
        }

        private void write(PDFont font, String text, float size, float x) throws IOException {
            room(size);
            show(font, text, size, x);
            y -= size * 1.45f;
        }

        private void show(PDFont font, String text, float size, float x) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text == null ? "" : text);
            stream.endText();
        }

        private void room(float size) throws IOException {
            if (y - size * 1.45f < MARGIN) {
                stream.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private static List<String> wrap(PDFont font, String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : (text == null ? "" : text).split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }
    }
}
