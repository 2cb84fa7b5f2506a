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
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.util.Matrix;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The invoice for people, as a PDF/A-3 base (PDFBox; the XRechnung is embedded by {@link XRechnungWriter}):
 * parties, the contact for queries, lines, the computation behind every amount down to the segments of days and
 * members with the exact share and the cooperation's rounding rule, the legal basis for the cost type, the
 * payment terms and bank details (never on a credit note) and the issuer's VAT note. DejaVu Sans is embedded
 * (shipped in {@code fonts/}) with glyph substitution off, so the text layer has no ligatures ("Öffentlich" is
 * found by a search). A draft is watermarked "ENTWURF".
 */
@ApplicationScoped
public class InvoicePdf {

    static final String PRODUCER = "IKZ Einheitliches Sozialwesen, costing-service";
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    public byte[] render(InvoiceDocument doc) {
        List<TrueTypeFont> fonts = new ArrayList<>();
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(pdf, "fonts/DejaVuSans.ttf", fonts);
            PDFont bold = font(pdf, "fonts/DejaVuSans-Bold.ttf", fonts);
            String title = doc.title() + " " + (doc.draft() ? InvoiceTexts.DRAFT_WATERMARK : doc.number());
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(doc.issuer().name());
            info.setCreator(PRODUCER);
            info.setProducer(PRODUCER);
            pdfA3(pdf, title, doc.issuer().name());
            Writer w = new Writer(pdf, regular, bold);
            content(doc, w);
            w.close();
            if (doc.draft()) {
                watermark(pdf, bold);
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException | javax.xml.transform.TransformerException e) {
            throw new UncheckedIOException("the invoice PDF could not be written", new IOException(e));
        } finally {
            for (TrueTypeFont f : fonts) {
                try {
                    f.close();
                } catch (IOException ignored) {
                    // the PDF is written; nothing else holds the font
                }
            }
        }
    }

    /** XMP metadata naming PDF/A-3 and the sRGB output intent, as ZUGFeRDExporterFromPDFA expects of its input. */
    private static void pdfA3(PDDocument pdf, String title, String author) throws IOException, javax.xml.transform.TransformerException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addCreator(author);
        xmp.createAndAddXMPBasicSchema().setCreatorTool(PRODUCER);
        xmp.createAndAddAdobePDFSchema().setProducer(PRODUCER);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(3);
            id.setConformance("B");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IOException(e);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        new XmpSerializer().serialize(xmp, xml, true);
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xml.toByteArray());
        pdf.getDocumentCatalog().setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(pdf,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        pdf.getDocumentCatalog().addOutputIntent(intent);
    }

    /** "ENTWURF" across every page, light grey: a draft can be looked at, not mistaken for an invoice. */
    private static void watermark(PDDocument pdf, PDFont bold) throws IOException {
        for (PDPage page : pdf.getPages()) {
            try (PDPageContentStream s = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                s.setNonStrokingColor(0.82f, 0.82f, 0.82f);
                s.beginText();
                s.setFont(bold, 110);
                s.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(50), 150, 250));
                s.showText(InvoiceTexts.DRAFT_WATERMARK);
                s.endText();
            }
        }
    }

    private static void content(InvoiceDocument doc, Writer w) throws IOException {
        PartyDetails from = doc.issuer();
        PartyDetails to = doc.recipient();
        w.bold(from.name(), 14);
        w.line(text(from.street()) + ", " + text(from.postalCode()) + " " + text(from.city()) + " · " + text(from.email())
                + (from.phone() == null ? "" : " · " + from.phone()), 8);
        w.line(InvoiceTexts.contact(from), 8);
        w.gap(14);
        w.line(to.name(), 10);
        w.line(text(to.street()), 10);
        w.line(text(to.postalCode()) + " " + text(to.city()), 10);
        w.gap(14);
        if (doc.draft()) {
            w.bold("ENTWURF – " + doc.title() + " (Vorschau; Nummer und Datum werden bei Ausstellung vergeben)", 13);
        } else {
            w.bold(doc.title() + " Nr. " + doc.number(), 13);
        }
        String dates = doc.creditNote() ? "Datum der Gutschrift: " + GermanFormat.date(doc.issueDate())
                : "Rechnungsdatum: " + (doc.draft() ? "–" : GermanFormat.date(doc.issueDate()));
        w.line(dates + "    Leitweg-ID des Empfängers: " + text(to.leitwegId()), 9);
        w.line(InvoiceTexts.servicePeriod(doc.servicePeriod()), 9);
        if (doc.creditNote()) {
            w.gap(4);
            w.wrapped(InvoiceTexts.creditNote(doc), 9);
            w.wrapped(InvoiceTexts.creditReason(doc.creditReason()), 9);
        }
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
        w.amountLine(doc.creditNote() ? "Gutgeschriebener Betrag" : "Rechnungsbetrag", GermanFormat.eur(doc.total()), true);
        w.gap(12);
        w.bold("Berechnung", 11);
        if (doc.costType() == CostType.KOPFSTELLE) {
            kopfstelle(doc.statement(), w);
        } else {
            passThrough(doc.statement(), w);
        }
        for (String note : doc.statement().notes()) {
            w.wrapped(note, 9);
        }
        w.gap(10);
        w.bold("Rundung", 11);
        w.wrapped(GermanFormat.ROUNDING_RULE, 9);
        w.gap(10);
        w.bold("Rechtsgrundlage", 11);
        w.wrapped(doc.legalBasis(), 9);
        w.gap(10);
        if (doc.creditNote()) {
            w.bold("Zahlung", 11);
            w.wrapped(InvoiceTexts.NO_PAYMENT, 9);
        } else {
            w.bold("Zahlung", 11);
            if (!doc.draft()) {
                w.wrapped(InvoiceTexts.paymentTerms(doc), 9);
            }
            w.line("Kontoinhaber: " + from.name() + "    IBAN: " + text(from.iban()) + "    BIC: " + text(from.bic()), 9);
            if (!doc.draft()) {
                w.line("Verwendungszweck: " + doc.number(), 9);
            }
        }
        w.gap(10);
        w.wrapped(doc.vat().note(), 9);
        if (from.illustrative() || to.illustrative()) {
            w.gap(10);
            w.wrapped("Hinweis: Anschriften, Leitweg-IDs und Bankverbindung sind Beispieldaten (illustrativ), keine echten Daten.", 8);
        }
    }

    private static String text(String value) {
        return value == null ? "–" : value;
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
        w.amountLine("Ihr Anteil (Summe der Zeitabschnitte, genau " + GermanFormat.decimal(s.kopfstelle().exact(), "#,##0.00####")
                + " EUR; nach der Rundungsregel)", GermanFormat.eur(s.kopfstelle().amount()), true);
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

    /** The font embedded (subset), with glyph substitution off: no ligature glyphs in the text layer. */
    private static PDFont font(PDDocument pdf, String resource, List<TrueTypeFont> opened) throws IOException {
        try (InputStream in = InvoicePdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing from the application");
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            opened.add(ttf);
            ttf.setEnableGsub(false);
            return PDType0Font.load(pdf, ttf, true);
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
