package de.kreisunna.ikz.costing.document;

import static de.kreisunna.ikz.costing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.costing.Fixtures;
import de.kreisunna.ikz.costing.invoice.InvoiceService;
import de.kreisunna.ikz.costing.party.PartyDetails;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;

/** The documents of an issued invoice: a PDF for people and an XRechnung 3.0 checked by a real validator. */
@QuarkusTest
class InvoiceDocumentsTest {

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
    void thePdfShowsTheBreakdownLegalBasisBankDetailsAndTheVatNoteInAnEmbeddedFont() throws Exception {
        long id = issuedKopfstelleInvoice();

        byte[] pdf = as(TestTokens.finance()).get("/invoices/" + id + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();

        java.nio.file.Files.write(java.nio.file.Path.of("target", "sample-invoice.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Rechnung Nr. 05978810-", "Gemeinde Bönen-Test", "05978811-0001-")
                    .contains("Personalkosten 0,25 Stellen × 78.000,00 EUR (A 11 LBesG NRW)")
                    .contains("Gemeinkosten 10 % der Personalkosten", "1.950,00 EUR", "23.875,00 EUR")
                    .contains("01.01.2042–30.06.2042: 181 von 365 Tagen, 1 von 1 Mitgliedern")
                    .contains("01.07.2042–31.12.2042: 184 von 365 Tagen, 1 von 2 Mitgliedern")
                    .contains("GkG NRW", "test-2042")
                    .contains("IBAN: DE30000000000005978024", "BIC: XXXXDEXXXXX")
                    .contains("Nicht steuerbar gemäß § 2b Abs. 3 Nr. 2 UStG")
                    .contains("illustrativ");
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void theXRechnungCarriesTheLeitwegIdAndPassesTheXRechnungValidatorAndABrokenOneDoesNot() throws Exception {
        long id = issuedKopfstelleInvoice();

        String xml = as(TestTokens.finance()).get("/invoices/" + id + "/xrechnung").then().statusCode(200)
                .contentType("application/xml").extract().asString();

        assertThat(validate(xml.getBytes(StandardCharsets.UTF_8))).as("validation report").contains("status=\"valid\"");
        assertThat(xml).contains("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0");

        InvoiceDocument doc = documents.document(invoices.get(id));
        PartyDetails r = doc.recipient();
        InvoiceDocument withoutLeitwegId = new InvoiceDocument(doc.number(), false, null, null, doc.costType(), doc.costYear(),
                doc.issueDate(), doc.dueDate(), doc.issuer(), new PartyDetails(r.ags(), r.name(), r.street(), r.postcode(),
                r.city(), null, r.email(), null, null, null, null, true), doc.lines(), doc.total(), doc.statement());
        ZUGFeRDValidator broken = new ZUGFeRDValidator();
        broken.disableArithmeticCheck();
        String report = broken.validate(xrechnung.write(withoutLeitwegId), "broken.xml");
        assertThat(broken.wasCompletelyValid()).isFalse();
        assertThat(report).contains("BR-DE-15");
    }

    @Test
    void aCreditNoteIsAValidXRechnungReferringToTheInvoiceItReverses() throws Exception {
        long id = issuedKopfstelleInvoice();
        String number = invoices.get(id).number();
        long note = as(TestTokens.finance()).body("{\"reason\":\"Test\"}").post("/invoices/" + id + "/cancel")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        String xml = as(TestTokens.finance()).get("/invoices/" + note + "/xrechnung").then().statusCode(200).extract().asString();

        assertThat(validate(xml.getBytes(StandardCharsets.UTF_8))).contains("status=\"valid\"");
        assertThat(xml).contains(">381<").contains(number);
    }

    private String validate(byte[] xml) {
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        // Mustang 2.25.0 throws in its arithmetic check for VAT category O (fixed in 2.26.0); the schematron still runs
        validator.disableArithmeticCheck();
        String report = validator.validate(xml, "invoice.xml");
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
        return report;
    }

    private static final int YEAR = 2042;

    /** An issued Kopfstelle invoice for a town that shares 2042 with a second town from 1 July. */
    private long issuedKopfstelleInvoice() {
        Fixtures fixtures = new Fixtures(connector);
        String issuer = "05978810";
        String town = "05978811";
        Fixtures.billingParty(issuer, "Stadt Kopfstelle-Test");
        Fixtures.billingParty(town, "Gemeinde Bönen-Test");
        Fixtures.billingParty("05978812", "Stadt Zweite");
        fixtures.agreement("test-2042", "2042-01-01", "2042-12-31", issuer, "05978819");
        fixtures.membership(town, "Gemeinde Bönen-Test", "2042-01-01..2042-12-31");
        fixtures.membership("05978812", "Stadt Zweite", "2042-07-01..2042-12-31");
        var existing = as(TestTokens.finance()).get("/invoices?recipient=" + town + "&year=" + YEAR + "&status=ISSUED")
                .jsonPath().getList("findAll { it.costType == 'KOPFSTELLE' && it.kind == 'INVOICE' }.id", Long.class);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        long run = Fixtures.runCostRun("{\"year\":" + YEAR + ",\"editionLabel\":\"2022/2023\"}").getLong("id");
        as(TestTokens.finance()).post("/cost-runs/" + run + "/finalize").then().statusCode(200);
        long id = as(TestTokens.finance()).post("/cost-runs/" + run + "/invoices").then().statusCode(201)
                .extract().jsonPath().getLong("created.find { it.recipientAgs == '" + town + "' }.id");
        as(TestTokens.finance()).post("/invoices/" + id + "/issue").then().statusCode(200);
        return id;
    }
}
