package de.kreisunna.ikz.costing.document;

import static de.kreisunna.ikz.costing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import de.kreisunna.ikz.costing.Fixtures;
import de.kreisunna.ikz.costing.invoice.InvoiceService;
import de.kreisunna.ikz.costing.party.PartyDetails;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;

/**
 * The documents of invoices and credit notes, each validated: the XRechnung (CII) and the PDF/A-3 with the
 * XRechnung embedded by Mustang's validator 2.26.0 (arithmetic check on, veraPDF), the embedded XML extracted and
 * compared with the XRechnung served alone. Town 05978811 is a member all of 2042, town 05978812 from 1 July.
 */
@QuarkusTest
class InvoiceDocumentsTest {

    private static final int YEAR = 2042;
    private static final String ISSUER = "05978810";
    private static final String ALL_YEAR = "05978811";
    private static final String HALF_YEAR = "05978812";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    InvoiceService invoices;

    @Inject
    InvoiceDocuments documents;

    @Inject
    XRechnungWriter xrechnung;

    /** The rendered PDF is also left in target/sample-invoice.pdf, for a person to look at. */
    @Test
    void thePdfIsAValidPdfA3WithTheXRechnungEmbeddedAndShowsComputationRoundingLegalBasisContactAndVatNote() throws Exception {
        long id = issuedInvoice(ALL_YEAR);

        byte[] pdf = as(TestTokens.finance()).get("/invoices/" + id + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String xml = as(TestTokens.finance()).get("/invoices/" + id + "/xrechnung").then().statusCode(200).extract().asString();

        java.nio.file.Files.write(java.nio.file.Path.of("target", "sample-invoice.pdf"), pdf);
        MustangCli.Report report = MustangCli.validate(pdf, ".pdf");
        assertThat(report.valid()).as(report.xml()).isTrue();
        assertThat(report.xml()).as("veraPDF: PDF/A-3u").contains("flavour=3u", "isCompliant=true");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(embeddedXml(doc)).isEqualTo(xml);
            String text = text(doc);
            assertThat(text).contains("Rechnung Nr. 05978810-", "Gemeinde Bönen-Test", "05978811-0001-")
                    .contains("Leistungszeitraum: 01.01.2042–31.12.2042")
                    .contains("Personalkosten 0,25 Stellen × 78.000,00 EUR (A 11 LBesG NRW)")
                    .contains("01.01.2042–30.06.2042: 181 von 365 Tagen, 1 von 1 Mitgliedern")
                    .contains("01.07.2042–31.12.2042: 184 von 365 Tagen, 1 von 2 Mitgliedern")
                    .contains("nach der Rundungsregel:")
                    .contains("Rundung Rundungsregel der Kooperation: Jeder Anteil wird auf volle Cent abgerundet")
                    .contains("Rechtsgrundlage Öffentlich-rechtliche Vereinbarung", "GkG NRW", "test-2042",
                            "Kostenregelung der Vereinbarung")
                    .contains("Rückfragen: Kopfstelle Test-Büro, Test, Telefon +49 0000 000000, E-Mail rechnung@" + ISSUER)
                    .contains("Zahlbar ohne Abzug bis", "IBAN: DE30000000000005978024", "Verwendungszweck")
                    .contains("Nicht steuerbar gemäß § 2b Abs. 3 Nr. 2 UStG")
                    .doesNotContain("ENTWURF");
            assertThat(text.substring(text.indexOf("Rechtsgrundlage"))).doesNotContain("Rundungsregel");
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void theXRechnungOfATownThatJoinedMidYearIsValidAndCarriesItsServicePeriod() throws Exception {
        long id = issuedInvoice(HALF_YEAR);

        String xml = as(TestTokens.finance()).get("/invoices/" + id + "/xrechnung").then().statusCode(200)
                .contentType("application/xml").extract().asString();
        byte[] pdf = as(TestTokens.finance()).get("/invoices/" + id + "/pdf").then().statusCode(200).extract().asByteArray();

        MustangCli.Report report = MustangCli.validate(xml.getBytes(StandardCharsets.UTF_8), ".xml");
        assertThat(report.valid()).as(report.xml()).isTrue();
        assertThat(xml).contains("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0")
                .containsPattern("BillingSpecifiedPeriod>\\s*<ram:StartDateTime>\\s*<udt:DateTimeString format=\"102\">20420701")
                .containsPattern("<ram:EndDateTime>\\s*<udt:DateTimeString format=\"102\">20421231");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(text(doc)).contains("Leistungszeitraum: 01.07.2042–31.12.2042");
        }
        JsonPath view = as(TestTokens.finance()).get("/invoices/" + id).jsonPath();
        assertThat(view.getString("serviceFrom")).isEqualTo("2042-07-01");
        assertThat(view.getString("serviceUntil")).isEqualTo("2042-12-31");
    }

    @Test
    void aCreditNoteValidatesNamesInvoiceDateAndReasonAndRequestsNoPayment() throws Exception {
        long id = issuedInvoice(ALL_YEAR);
        JsonPath original = as(TestTokens.finance()).get("/invoices/" + id).jsonPath();
        if (!"CANCELLED".equals(original.getString("status"))) {
            as(TestTokens.finance()).body("{\"reason\":\"Beitrittsdatum der Gemeinde war falsch erfasst\"}")
                    .post("/invoices/" + id + "/cancel").then().statusCode(201);
        }
        long note = as(TestTokens.finance()).get("/invoices/" + id).jsonPath().getLong("creditNoteId");

        JsonPath view = as(TestTokens.finance()).get("/invoices/" + note).jsonPath();
        String xml = as(TestTokens.finance()).get("/invoices/" + note + "/xrechnung").then().statusCode(200).extract().asString();
        byte[] pdf = as(TestTokens.finance()).get("/invoices/" + note + "/pdf").then().statusCode(200).extract().asByteArray();

        assertThat(view.getString("dueDate")).isNull();
        assertThat(view.getString("creditReason")).isEqualTo("Beitrittsdatum der Gemeinde war falsch erfasst");
        assertThat(view.getString("open")).isEqualTo("-" + original.getString("total"));
        MustangCli.Report xmlReport = MustangCli.validate(xml.getBytes(StandardCharsets.UTF_8), ".xml");
        assertThat(xmlReport.valid()).as(xmlReport.xml()).isTrue();
        assertThat(xml).contains(">381<").contains(original.getString("number"))
                .contains("Beitrittsdatum der Gemeinde war falsch erfasst")
                .doesNotContain("DueDateDateTime").doesNotContain("IBANID").doesNotContain("PaymentReference")
                .doesNotContain("Zahlbar");
        MustangCli.Report pdfReport = MustangCli.validate(pdf, ".pdf");
        assertThat(pdfReport.valid()).as(pdfReport.xml()).isTrue();
        assertThat(pdfReport.xml()).as("veraPDF: PDF/A-3u").contains("flavour=3u", "isCompliant=true");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(embeddedXml(doc)).isEqualTo(xml);
            String text = text(doc);
            String issued = original.getString("issueDate");
            assertThat(text).contains("Gutschrift (Rechnungskorrektur) Nr. ")
                    .contains("storniert die Rechnung Nr. " + original.getString("number") + " vom "
                            + issued.substring(8) + "." + issued.substring(5, 7) + "." + issued.substring(0, 4))
                    .contains("Grund der Stornierung: Beitrittsdatum der Gemeinde war falsch erfasst")
                    .contains("Gutgeschriebener Betrag", "Es ist keine Zahlung zu leisten")
                    .doesNotContain("IBAN").doesNotContain("Zahlbar").doesNotContain("Fällig").doesNotContain("Verwendungszweck");
        }
        as(TestTokens.finance()).get("/invoices/balance?recipient=" + ALL_YEAR).then().statusCode(200)
                .body("open", containsString(".")); // the sum is checked in the flow test with payments
    }

    @Test
    void aDraftCanBePreviewedWatermarkedButHasNoXRechnungAndTownsDoNotSeeIt() throws Exception {
        Fixtures fixtures = new Fixtures(connector);
        Fixtures.billingParty("05978830", "Stadt Kopfstelle-Entwurf");
        Fixtures.billingParty("05978831", "Gemeinde Entwurf");
        fixtures.agreement("test-2044", "2044-01-01", "2044-12-31", "05978830", "05978839");
        fixtures.membership("05978831", "Gemeinde Entwurf", "2044-10-01..2044-12-31");
        var drafts = as(TestTokens.finance()).get("/invoices?recipient=05978831&status=DRAFT").jsonPath().getList("id", Long.class);
        long draft;
        if (drafts.isEmpty()) {
            long run = Fixtures.runCostRun("{\"year\":2044,\"editionLabel\":\"2022/2023\",\"editionOverrideReason\":\"Testjahr\"}")
                    .getLong("id");
            as(TestTokens.finance()).post("/cost-runs/" + run + "/finalize").then().statusCode(200);
            draft = as(TestTokens.finance()).post("/cost-runs/" + run + "/invoices").then().statusCode(201).extract()
                    .jsonPath().getLong("created.find { it.recipientAgs == '05978831' }.id");
        } else {
            draft = drafts.get(0);
        }

        byte[] pdf = as(TestTokens.finance()).get("/invoices/" + draft + "/pdf").then().statusCode(200).extract().asByteArray();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(text(doc)).contains("ENTWURF", "Leistungszeitraum: 01.10.2044–31.12.2044")
                    .contains("KGSt-Ausgabe 2022/2023 außerhalb ihres Gültigkeitszeitraums verwendet. Begründung: Testjahr")
                    .doesNotContain("Verwendungszweck");
        }
        as(TestTokens.finance()).get("/invoices/" + draft + "/xrechnung").then().statusCode(409);
        as(TestTokens.town("05978831")).get("/invoices/" + draft + "/pdf").then().statusCode(404);
    }

    @Test
    void theValidatorRejectsAnXRechnungWithoutLeitwegId() throws Exception {
        long id = issuedInvoice(ALL_YEAR);
        InvoiceDocument doc = documents.document(invoices.get(id));
        PartyDetails r = doc.recipient();
        InvoiceDocument withoutLeitwegId = new InvoiceDocument(false, doc.number(), false, null, null, null, doc.costType(),
                doc.costYear(), doc.issueDate(), doc.dueDate(), doc.servicePeriod(), doc.issuer(),
                new PartyDetails(r.ags(), r.name(), r.street(), r.postalCode(), r.city(), null, r.email(), null, null, null,
                        null, true, null), doc.lines(), doc.total(), doc.statement(), doc.vat(), doc.legalText());

        ZUGFeRDValidator broken = new ZUGFeRDValidator();
        broken.disableArithmeticCheck();
        String report = broken.validate(xrechnung.write(withoutLeitwegId), "broken.xml");

        assertThat(broken.wasCompletelyValid()).isFalse();
        assertThat(report).contains("BR-DE-15");
    }

    static String text(PDDocument doc) throws java.io.IOException {
        return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }

    static String embeddedXml(PDDocument doc) throws java.io.IOException {
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        assertThat(names).as("the PDF has embedded files").isNotNull();
        Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
        assertThat(files).hasSize(1);
        PDComplexFileSpecification spec = files.values().iterator().next();
        return new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
    }

    private Fixtures setUp() {
        Fixtures fixtures = new Fixtures(connector);
        Fixtures.billingParty(ISSUER, "Stadt Kopfstelle-Test");
        // costing's own part of the issuer: bank details and the office for queries (name, address and contact person
        // come from membership's master data, see Fixtures.masterData)
        Fixtures.bankDetails(ISSUER, "{\"iban\":\"DE30000000000005978024\",\"bic\":\"XXXXDEXXXXX\","
                + "\"illustrative\":true,\"contactOffice\":\"Kopfstelle Test-Büro\"}");
        Fixtures.billingParty(ALL_YEAR, "Gemeinde Bönen-Test");
        Fixtures.billingParty(HALF_YEAR, "Stadt Zweite");
        fixtures.agreement("test-2042", "2042-01-01", "2042-12-31", ISSUER, "05978819");
        fixtures.membership(ALL_YEAR, "Gemeinde Bönen-Test", "2042-01-01..2042-12-31");
        fixtures.membership(HALF_YEAR, "Stadt Zweite", "2042-07-01..2042-12-31");
        return fixtures;
    }

    /** The issued (or by now cancelled) Kopfstelle invoice of 2042 for the town; made once per test run. */
    private synchronized long issuedInvoice(String town) {
        var existing = as(TestTokens.finance()).get("/invoices?recipient=" + town + "&year=" + YEAR).jsonPath()
                .getList("findAll { it.costType == 'KOPFSTELLE' && it.kind == 'INVOICE' && it.status != 'DRAFT' }.id", Long.class);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        setUp();
        long run = Fixtures.runCostRun("{\"year\":" + YEAR + ",\"editionLabel\":\"2022/2023\",\"editionOverrideReason\":\"Testjahr\"}")
                .getLong("id");
        as(TestTokens.finance()).post("/cost-runs/" + run + "/finalize").then().statusCode(200);
        as(TestTokens.finance()).post("/cost-runs/" + run + "/invoices").then().statusCode(201);
        as(TestTokens.finance()).post("/cost-runs/" + run + "/invoices/issue").then().statusCode(200);
        return issuedInvoice(town);
    }

}
