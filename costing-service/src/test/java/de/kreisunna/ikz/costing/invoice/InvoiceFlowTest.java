package de.kreisunna.ikz.costing.invoice;

import static de.kreisunna.ikz.costing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.costing.Fixtures;
import de.kreisunna.ikz.platform.outbox.OutboxRelay;
import de.kreisunna.ikz.testing.EventSchemas;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvoiceFlowTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    OutboxRelay relay;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    private Fixtures fixtures;
    private InMemorySink<String> published;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(connector);
        relay.relayPending();
        published = connector.sink(OutboxRelay.CHANNEL);
        published.clear();
    }

    @Test
    void worked2022EightTownsLuenenInvoicesSevenAndKreisUnnaInvoicesThePassThroughOfAllEight() throws Exception {
        fixtures.realTowns();
        Fixtures.costItem("{\"year\":2022,\"kind\":\"MAINTENANCE\",\"label\":\"Softwarepflege OPEN/PROSOZ\","
                + "\"splitKey\":\"EQUAL\",\"amount\":\"8000.00\"}");
        long run = Fixtures.runCostRun("{\"year\":2022}").getLong("id");
        as(TestTokens.finance()).post("/cost-runs/" + run + "/finalize").then().statusCode(200);

        JsonPath drafts = as(TestTokens.finance()).post("/cost-runs/" + run + "/invoices").then().statusCode(201)
                .extract().jsonPath();

        // K(2022) = 0.25 × 78,000.00 + 1,950.00 + 0.25 × 9,700.00 = 23,875.00; ÷ 8 = 2,984.375 → the four lowest AGS
        // get 2,984.38, the others 2,984.37. Lünen's own share is not invoiced: 7 Kopfstelle invoices.
        // Maintenance 8,000.00 ÷ 8 = 1,000.00 each, invoiced by Kreis Unna to all eight (Lünen included).
        assertThat(drafts.getList("created.findAll { it.costType == 'KOPFSTELLE' }.recipientAgs", String.class))
                .hasSize(7).doesNotContain(Fixtures.LUENEN);
        assertThat(drafts.getList("created.findAll { it.costType == 'KOPFSTELLE' }.issuerAgs", String.class))
                .containsOnly(Fixtures.LUENEN);
        assertThat(drafts.getList("created.findAll { it.costType == 'PASS_THROUGH' }.issuerAgs", String.class))
                .hasSize(8).containsOnly(Fixtures.KREIS_UNNA);
        assertThat(drafts.getString("created.find { it.costType == 'KOPFSTELLE' && it.recipientAgs == '05978004' }.total"))
                .isEqualTo("2984.38");
        assertThat(drafts.getString("created.find { it.costType == 'KOPFSTELLE' && it.recipientAgs == '05978040' }.total"))
                .isEqualTo("2984.37");
        assertThat(drafts.getList("created.status", String.class)).containsOnly("DRAFT");

        JsonPath issued = as(TestTokens.finance()).post("/cost-runs/" + run + "/invoices/issue").then().statusCode(200)
                .extract().jsonPath();

        List<String> luenenNumbers = issued.getList("findAll { it.issuerAgs == '05978024' }.number", String.class);
        assertThat(luenenNumbers).hasSize(7).doesNotHaveDuplicates()
                .allMatch(n -> n.startsWith("05978024-" + java.time.Year.now().getValue() + "-"));
        List<Integer> sequence = luenenNumbers.stream().map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1))).sorted().toList();
        assertThat(sequence.get(6) - sequence.get(0)).isEqualTo(6);
        assertThat(issued.getList("status", String.class)).containsOnly("ISSUED");

        relay.relayPending();
        var schema = EventSchemas.of("costing-service", "invoice-issued.v1.json");
        List<? extends Message<String>> events = published.received();
        assertThat(events).hasSize(15);
        assertThat(events).allSatisfy(m -> {
            assertThat(EventSchemas.violations(schema, m.getPayload())).isEmpty();
            OutgoingCloudEventMetadata<?> ce = m.getMetadata(OutgoingCloudEventMetadata.class).orElseThrow();
            assertThat(ce.getType()).isEqualTo("ikz.costing.InvoiceIssued.v1");
            JsonNode data = json.readTree(m.getPayload());
            assertThat(m.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey())
                    .isEqualTo(data.get("recipientAgs").asText());
            assertThat(data.get("leitwegId").asText()).startsWith(data.get("recipientAgs").asText() + "-");
        });
    }

    @Test
    void aCorrectionIsACreditNotePlusANewInvoiceAndTheIssuedInvoiceNeverChanges() throws Exception {
        long first = invoicedRun(2037, "05978741", "1200.00");
        long invoiceId = as(TestTokens.finance()).get("/invoices?costRunId=" + first).jsonPath()
                .getLong("find { it.recipientAgs == '05978741' && it.costType == 'PASS_THROUGH' }.id");
        String before = as(TestTokens.finance()).get("/invoices/" + invoiceId).asString();
        relay.relayPending();
        published.clear();

        JsonPath note = as(TestTokens.finance()).body("{\"reason\":\"maintenance cost was wrong\"}")
                .post("/invoices/" + invoiceId + "/cancel").then().statusCode(201).extract().jsonPath();

        assertThat(note.getString("kind")).isEqualTo("CREDIT_NOTE");
        assertThat(note.getString("total")).isEqualTo("1200.00");
        JsonPath cancelled = as(TestTokens.finance()).get("/invoices/" + invoiceId).then().statusCode(200).extract().jsonPath();
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(note.getString("correctsNumber")).isEqualTo(cancelled.getString("number"));
        JsonPath original = JsonPath.from(before);
        assertThat(cancelled.getString("total")).isEqualTo(original.getString("total"));
        assertThat(cancelled.getList("lines")).isEqualTo(original.getList("lines"));
        relay.relayPending();
        assertThat(published.received()).extracting(m -> m.getMetadata(OutgoingCloudEventMetadata.class).orElseThrow().getType())
                .containsExactly("ikz.costing.InvoiceCancelled.v1", "ikz.costing.InvoiceIssued.v1");
        var cancelledSchema = EventSchemas.of("costing-service", "invoice-cancelled.v1.json");
        var issuedSchema = EventSchemas.of("costing-service", "invoice-issued.v1.json");
        assertThat(EventSchemas.violations(cancelledSchema, published.received().get(0).getPayload())).isEmpty();
        assertThat(EventSchemas.violations(issuedSchema, published.received().get(1).getPayload())).isEmpty();
        assertThat(json.readTree(published.received().get(1).getPayload()).get("correctsNumber").asText())
                .isEqualTo(cancelled.getString("number"));

        // the corrected figures: a new run makes a new invoice for the cancelled one only
        long itemId = as(TestTokens.finance()).get("/cost-items?year=2037").jsonPath().getLong("[0].id");
        as(TestTokens.finance()).header("If-Match", Fixtures.etag(TestTokens.finance(), "/cost-items/" + itemId))
                .body("{\"year\":2037,\"kind\":\"MAINTENANCE\",\"label\":\"Pflege\",\"splitKey\":\"EQUAL\","
                + "\"amount\":\"1000.00\"}").put("/cost-items/" + itemId).then().statusCode(200);
        long second = Fixtures.runCostRun("{\"year\":2037,\"editionLabel\":\"2022/2023\",\"editionOverrideReason\":\"Testjahr nach der Ausgabe\"}").getLong("id");
        // at most one finalized run per year, cost type and issuer: the first run's Kopfstelle invoice is still valid
        as(TestTokens.finance()).post("/cost-runs/" + second + "/finalize").then().statusCode(409)
                .body("detail", containsString("cost run " + first));
        long kopfstelleId = as(TestTokens.finance()).get("/invoices?costRunId=" + first).jsonPath()
                .getLong("find { it.recipientAgs == '05978741' && it.costType == 'KOPFSTELLE' }.id");
        as(TestTokens.finance()).body("{\"reason\":\"neuer Kostenlauf\"}").post("/invoices/" + kopfstelleId + "/cancel")
                .then().statusCode(201);
        as(TestTokens.finance()).post("/cost-runs/" + second + "/finalize").then().statusCode(200);
        JsonPath drafts = as(TestTokens.finance()).post("/cost-runs/" + second + "/invoices").then().statusCode(201)
                .extract().jsonPath();
        assertThat(drafts.getList("created.costType", String.class)).containsExactlyInAnyOrder("KOPFSTELLE", "PASS_THROUGH");
        assertThat(drafts.getString("created.find { it.costType == 'PASS_THROUGH' }.total")).isEqualTo("1000.00");
        assertThat(drafts.getList("skipped")).isEmpty();
    }

    @Test
    void paymentsMakeAnInvoicePaidAndOverpaymentIsRefused() {
        long run = invoicedRun(2038, "05978751", "300.00");
        long id = as(TestTokens.finance()).get("/invoices?costRunId=" + run).jsonPath()
                .getLong("find { it.costType == 'PASS_THROUGH' }.id");

        as(TestTokens.finance()).body("{\"amount\":\"100.00\",\"paidOn\":\"2038-02-01\",\"reference\":\"Kontoauszug 12\"}")
                .post("/invoices/" + id + "/payments").then().statusCode(201);
        as(TestTokens.finance()).body("{\"amount\":\"200.01\",\"paidOn\":\"2038-02-02\"}")
                .post("/invoices/" + id + "/payments").then().statusCode(409).body("detail", containsString("exceeds"));
        as(TestTokens.finance()).body("{\"amount\":\"1.005\",\"paidOn\":\"2038-02-02\"}")
                .post("/invoices/" + id + "/payments").then().statusCode(400).body("violations[0].field", equalTo("amount"));
        as(TestTokens.finance()).body("{\"amount\":\"200.00\",\"paidOn\":\"2038-02-03\"}")
                .post("/invoices/" + id + "/payments").then().statusCode(201);

        as(TestTokens.finance()).get("/invoices/" + id).then().body("status", equalTo("PAID"))
                .body("paid", equalTo("300.00")).body("open", equalTo("0.00"));
        as(TestTokens.town("05978751")).get("/invoices/" + id + "/payments").then().statusCode(200).body("$", hasSize(2));
    }

    @Test
    void aTownSeesOnlyItsOwnIssuedInvoicesAndAForeignOneIs404() {
        long run = invoicedRun(2050, "05978761", "100.00");
        fixtures.membership("05978762", "Teststadt 762", "2050-01-01..2050-12-31");
        long own = as(TestTokens.finance()).get("/invoices?costRunId=" + run).jsonPath()
                .getLong("find { it.recipientAgs == '05978761' }.id");

        as(TestTokens.town("05978761")).get("/invoices/" + own).then().statusCode(200);
        as(TestTokens.town("05978761")).get("/invoices/" + own + "/pdf").then().statusCode(200);
        as(TestTokens.town("05978762")).get("/invoices/" + own).then().statusCode(404)
                .contentType("application/problem+json").body("total", org.hamcrest.Matchers.nullValue());
        as(TestTokens.town("05978762")).get("/invoices/" + own + "/pdf").then().statusCode(404);
        as(TestTokens.town("05978762")).get("/invoices/" + own + "/xrechnung").then().statusCode(404);
        as(TestTokens.town("05978762")).get("/invoices?recipient=05978761").then().statusCode(200)
                .body("recipientAgs", everyItem(equalTo("05978762")));
        as(TestTokens.town("05978762")).body("{\"reason\":\"x\"}").post("/invoices/" + own + "/cancel").then().statusCode(403);
        as(TestTokens.kopfstelle()).get("/invoices/" + own).then().statusCode(200);
        as(TestTokens.kopfstelle()).post("/invoices/" + own + "/issue").then().statusCode(403);
    }

    @Test
    void aRecipientWithoutLeitwegIdIsRefusedWith409NamingTheTownAndNothingIsIssued() {
        String issuer = "05978770";
        Fixtures.billingParty(issuer, "Kopfstelle 2040");
        fixtures.masterData("05978771", "Gemeinde Ohneleitweg", null);
        fixtures.agreement("test-2040", "2040-01-01", "2040-12-31", issuer, "05978779");
        fixtures.membership("05978771", "Gemeinde Ohneleitweg", "2040-01-01..2040-12-31");
        long run = Fixtures.runCostRun("{\"year\":2040,\"editionLabel\":\"2022/2023\",\"editionOverrideReason\":\"Testjahr nach der Ausgabe\"}").getLong("id");
        as(TestTokens.finance()).post("/cost-runs/" + run + "/finalize").then().statusCode(200);
        long draft = as(TestTokens.finance()).post("/cost-runs/" + run + "/invoices").then().statusCode(201)
                .extract().jsonPath().getLong("created[0].id");
        long outboxBefore = outboxCount();

        as(TestTokens.finance()).post("/cost-runs/" + run + "/invoices/issue").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Gemeinde Ohneleitweg (05978771) has no Leitweg-ID"));
        as(TestTokens.finance()).post("/invoices/" + draft + "/issue").then().statusCode(409)
                .body("detail", containsString("Gemeinde Ohneleitweg (05978771) has no Leitweg-ID"));

        as(TestTokens.finance()).get("/invoices/" + draft).then().body("status", equalTo("DRAFT")).body("number",
                org.hamcrest.Matchers.nullValue());
        assertThat(outboxCount()).isEqualTo(outboxBefore);
        as(TestTokens.town("05978771")).get("/invoices/" + draft).then().statusCode(404);
    }

    /** A year with one member town (plus Lünen-like issuer and operator of its own) and one maintenance item; issued. */
    private long invoicedRun(int year, String town, String maintenance) {
        String issuer = town.substring(0, 7) + "0";
        String operator = town.substring(0, 7) + "9";
        Fixtures.billingParty(issuer, "Kopfstelle " + year);
        Fixtures.billingParty(operator, "Betreiber " + year);
        Fixtures.billingParty(town, "Teststadt " + town);
        fixtures.agreement("test-" + year, year + "-01-01", year + "-12-31", issuer, operator);
        fixtures.membership(town, "Teststadt " + town, year + "-01-01.." + year + "-12-31");
        Fixtures.costItem("{\"year\":" + year + ",\"kind\":\"MAINTENANCE\",\"label\":\"Pflege\",\"splitKey\":\"EQUAL\","
                + "\"amount\":\"" + maintenance + "\"}");
        long run = Fixtures.runCostRun("{\"year\":" + year + ",\"editionLabel\":\"2022/2023\",\"editionOverrideReason\":\"Testjahr nach der Ausgabe\"}").getLong("id");
        as(TestTokens.finance()).post("/cost-runs/" + run + "/finalize").then().statusCode(200);
        as(TestTokens.finance()).post("/cost-runs/" + run + "/invoices").then().statusCode(201);
        as(TestTokens.finance()).post("/cost-runs/" + run + "/invoices/issue").then().statusCode(200);
        return run;
    }

    private long outboxCount() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_event")
                .getSingleResult()).longValue());
    }
}
