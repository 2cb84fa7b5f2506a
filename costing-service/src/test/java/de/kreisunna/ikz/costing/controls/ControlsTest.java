package de.kreisunna.ikz.costing.controls;

import static de.kreisunna.ikz.costing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import de.kreisunna.ikz.costing.Fixtures;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The controls finance relies on, each seen over the API: editions, statements, town views, VAT and legal texts, credits. */
@QuarkusTest
class ControlsTest {

    private static final String OVERRIDE = "\"editionLabel\":\"2022/2023\",\"editionOverrideReason\":\"Testjahr\"";

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void anEditionOutsideItsValidityIsRefusedUnlessOverriddenWithAReasonThatIsRecordedAndPrintedOnTheStatement() {
        Fixtures fixtures = new Fixtures(connector);
        fixtures.agreement("test-2046", "2046-01-01", "2046-12-31", "05978860", "05978869");
        fixtures.membership("05978861", "Gemeinde Ausgabe", "2046-01-01..2046-12-31");

        as(TestTokens.finance()).body("{\"year\":2046,\"editionLabel\":\"2019/2020\"}").post("/cost-runs").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("editionLabel"))
                .body("violations[0].reason", containsString("not in 2046"));
        as(TestTokens.finance()).body("{\"year\":2020,\"editionLabel\":\"2019/2020\",\"editionOverrideReason\":\"x\"}")
                .post("/cost-runs").then().statusCode(400).body("violations[0].field", equalTo("editionOverrideReason"));

        JsonPath run = Fixtures.runCostRun("{\"year\":2046,\"editionLabel\":\"2019/2020\","
                + "\"editionOverrideReason\":\"Neue KGSt-Ausgabe noch nicht erschienen\"}");

        assertThat(run.getString("editionOverrideReason")).isEqualTo("Neue KGSt-Ausgabe noch nicht erschienen");
        as(TestTokens.finance()).get("/cost-runs/" + run.getLong("id") + "/statements/05978861").then().statusCode(200)
                .body("notes[0]", equalTo("KGSt-Ausgabe 2019/2020 außerhalb ihres Gültigkeitszeitraums verwendet. "
                        + "Begründung: Neue KGSt-Ausgabe noch nicht erschienen"));
    }

    @Test
    void aPreviewStatementDoesNotCallItsAmountsInvoicedAndATownListsOnlyTheFinalizedRunsItMayRead() {
        Fixtures fixtures = new Fixtures(connector);
        fixtures.agreement("test-2047", "2047-01-01", "2047-12-31", "05978870", "05978879");
        fixtures.membership("05978871", "Gemeinde Liste", "2047-01-01..2047-12-31");
        fixtures.membership("05978872", "Gemeinde Andere", "2047-04-01..2047-12-31");
        long finalized = Fixtures.runCostRun("{\"year\":2047," + OVERRIDE + "}").getLong("id");
        as(TestTokens.finance()).post("/cost-runs/" + finalized + "/finalize").then().statusCode(200);
        long preview = Fixtures.runCostRun("{\"year\":2047," + OVERRIDE + "}").getLong("id");

        as(TestTokens.finance()).get("/cost-runs/" + preview + "/statements/05978871").then().statusCode(200)
                .body("stage", equalTo("PREVIEW")).body("$", not(hasKey("invoiced"))).body("$", hasKey("wouldBeInvoiced"));
        as(TestTokens.finance()).get("/cost-runs/" + finalized + "/statements/05978871").then().statusCode(200)
                .body("stage", equalTo("FINALIZED")).body("$", hasKey("invoiced")).body("$", not(hasKey("wouldBeInvoiced")));

        JsonPath listed = as(TestTokens.town("05978871")).get("/cost-runs?year=2047").then().statusCode(200).extract().jsonPath();
        assertThat(listed.getList("id", Long.class)).containsExactly(finalized);
        assertThat(listed.getString("[0].statement")).isEqualTo("/cost-runs/" + finalized + "/statements/05978871");
        assertThat(listed.getMap("[0]")).doesNotContainKey("summary");
        as(TestTokens.town("05978871")).get(listed.getString("[0].statement")).then().statusCode(200);
        assertThat(as(TestTokens.town("05978878")).get("/cost-runs?year=2047").jsonPath().getList("id")).isEmpty();
    }

    @Test
    void theEstimateSaysWhenTheTownIsAlreadyAMember() {
        Fixtures fixtures = new Fixtures(connector);
        fixtures.agreement("test-2048", "2048-01-01", "2048-12-31", "05978880", "05978889");
        fixtures.membership("05978881", "Gemeinde Mitglied", "2048-01-01..2048-12-31");

        as(TestTokens.finance()).get("/estimates?ags=05978881&joinOn=2048-06-01&editionLabel=2022/2023").then()
                .statusCode(200).body("alreadyMember", equalTo(true))
                .body("memberships[0].validFrom", equalTo("2048-01-01"))
                .body("note", containsString("already a member on 2048-06-01"));
        as(TestTokens.finance()).get("/estimates?ags=05978882&joinOn=2048-06-01&editionLabel=2022/2023").then()
                .statusCode(200).body("alreadyMember", equalTo(false));
    }

    @Test
    void theVatTreatmentPerIssuerAndYearAndTheLegalTextPerCostTypeArePrintedAndAPaidThenCancelledInvoiceLeavesACredit()
            throws Exception {
        Fixtures fixtures = new Fixtures(connector);
        String issuer = "05978890";
        String operator = "05978899";
        String town = "05978891";
        Fixtures.billingParty(issuer, "Kopfstelle 2049");
        Fixtures.billingParty(operator, "Betreiber 2049");
        Fixtures.billingParty(town, "Gemeinde Steuer");
        fixtures.agreement("test-2049", "2049-01-01", "2049-12-31", issuer, operator);
        fixtures.membership(town, "Gemeinde Steuer", "2049-01-01..2049-12-31");
        Fixtures.costItem("{\"year\":2049,\"kind\":\"MAINTENANCE\",\"label\":\"Softwarepflege\",\"splitKey\":\"EQUAL\","
                + "\"amount\":\"500.00\"}");
        String oldLaw = "Nicht steuerbar gemäß § 2 Abs. 3 UStG a.F. in Verbindung mit § 27 Abs. 22 UStG (Option zum alten Recht).";
        as(TestTokens.finance()).body("{\"category\":\"X\",\"note\":\"n\"}").put("/issuers/" + issuer + "/vat/2049").then()
                .statusCode(400).body("violations[0].field", containsString("category"));
        as(TestTokens.finance()).get("/issuers/" + issuer + "/vat/2049").then().statusCode(200)
                .body("configured", equalTo(false)).body("note", containsString("§ 2b Abs. 3 Nr. 2 UStG"));
        as(TestTokens.finance()).body("{\"category\":\"O\",\"note\":\"" + oldLaw + "\"}").put("/issuers/" + issuer + "/vat/2049")
                .then().statusCode(200).body("configured", equalTo(true));
        long run = Fixtures.runCostRun("{\"year\":2049," + OVERRIDE + "}").getLong("id");
        as(TestTokens.finance()).post("/cost-runs/" + run + "/finalize").then().statusCode(200);
        as(TestTokens.finance()).post("/cost-runs/" + run + "/invoices").then().statusCode(201);
        as(TestTokens.finance()).post("/cost-runs/" + run + "/invoices/issue").then().statusCode(200);
        JsonPath issued = as(TestTokens.finance()).get("/invoices?costRunId=" + run).jsonPath();
        long kopfstelle = issued.getLong("find { it.costType == 'KOPFSTELLE' }.id");
        long passThrough = issued.getLong("find { it.costType == 'PASS_THROUGH' }.id");

        String kText = pdfText(kopfstelle);
        String pText = pdfText(passThrough);
        assertThat(kText).contains(oldLaw).contains("Kostenregelung der Vereinbarung").doesNotContain("§ 2b");
        assertThat(pText).contains("Vorlage 215/21", "ausschließlich die durch den Softwareanbieter berechneten Wartungskosten")
                .doesNotContain("Kostenregelung der Vereinbarung").contains("§ 2b Abs. 3 Nr. 2 UStG");
        assertThat(as(TestTokens.finance()).get("/invoices/" + kopfstelle + "/xrechnung").asString()).contains(oldLaw);

        String total = as(TestTokens.finance()).get("/invoices/" + kopfstelle).jsonPath().getString("total");
        as(TestTokens.finance()).body("{\"amount\":\"" + total + "\",\"paidOn\":\"2049-03-01\"}")
                .post("/invoices/" + kopfstelle + "/payments").then().statusCode(201);
        as(TestTokens.finance()).body("{\"amount\":\"100.00\",\"paidOn\":\"2049-03-01\"}")
                .post("/invoices/" + passThrough + "/payments").then().statusCode(201);
        as(TestTokens.finance()).body("{\"reason\":\"Doppelt berechnet\"}").post("/invoices/" + kopfstelle + "/cancel")
                .then().statusCode(201).body("open", equalTo("-" + total)).body("creditReason", equalTo("Doppelt berechnet"));

        // the Kopfstelle invoice was paid in full and is credited; 400.00 of the pass-through invoice are still open
        java.math.BigDecimal expected = new java.math.BigDecimal("400.00").subtract(new java.math.BigDecimal(total));
        as(TestTokens.town(town)).get("/invoices/balance").then().statusCode(200)
                .body("recipientAgs", equalTo(town)).body("open", equalTo(expected.toPlainString()));
    }

    private static String pdfText(long id) throws java.io.IOException {
        byte[] pdf = as(TestTokens.finance()).get("/invoices/" + id + "/pdf").then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
