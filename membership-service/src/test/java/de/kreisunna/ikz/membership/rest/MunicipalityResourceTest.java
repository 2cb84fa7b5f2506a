package de.kreisunna.ikz.membership.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.membership.Published;
import de.kreisunna.ikz.membership.TestApi;
import de.kreisunna.ikz.membership.agreement.AgreementChanged;
import de.kreisunna.ikz.membership.municipality.MembershipChanged;
import de.kreisunna.ikz.platform.outbox.OutboxRelay;
import de.kreisunna.ikz.testing.EventSchemas;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MunicipalityResourceTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    private InMemorySink<String> published;

    @BeforeEach
    void drainOutbox() {
        relay.relayPending();
        published = connector.sink(OutboxRelay.CHANNEL);
        published.clear();
    }

    @Test
    void theListIsPagedWithTotalAndLinksAndAnUnknownFilterIsRefused() {
        TestApi.registerTown("Teststadt Seite 1");
        TestApi.registerTown("Teststadt Seite 2");
        TestApi.registerTown("Teststadt Seite 3");

        var first = TestApi.asAdmin().get("/municipalities?size=2").then().statusCode(200).body("size()", equalTo(2)).extract();
        int total = Integer.parseInt(first.header("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(first.header("Link")).contains("page=2", "rel=\"next\"", "rel=\"last\"");
        TestApi.asAdmin().get("/municipalities?size=2&page=" + ((total + 1) / 2)).then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.not(containsString("rel=\"next\"")));
        TestApi.asAdmin().get("/municipalities?name=Teststadt").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"));
        TestApi.asAdmin().get("/municipalities?size=501").then().statusCode(400).body("violations[0].field", equalTo("size"));
        TestApi.asAdmin().get("/audit?entityType=municipality&size=1").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void anAdminRegistersATownAndItsMembershipAndTheTimelineIsShown() {
        register("05978901", "Teststadt A");

        as(TestTokens.admin()).body("{\"validFrom\":\"2019-01-01\",\"validUntil\":\"2021-12-31\"}")
                .post("/municipalities/05978901/memberships")
                .then().statusCode(201)
                .header("Location", containsString("/municipalities/05978901"))
                .body("revision", equalTo(1));

        as(TestTokens.kopfstelle()).get("/municipalities/05978901")
                .then().statusCode(200)
                .body("name", equalTo("Teststadt A"))
                .body("memberships.validFrom", contains("2019-01-01"))
                .body("memberships.validUntil", contains("2021-12-31"));
    }

    @Test
    void everyChangeIsPublishedAsACloudEventKeyedByAgsCarryingTheWholeTimeline() throws Exception {
        register("05978902", "Teststadt B");
        addMembership("05978902", "2019-01-01", "2021-12-31");
        addMembership("05978902", "2022-01-01", null);

        int relayed = relay.relayPending();

        assertThat(relayed).isEqualTo(3);
        List<? extends Message<String>> messages = published.received();
        assertThat(messages).hasSize(3);
        Message<String> last = messages.get(2);
        OutgoingCloudEventMetadata<?> ce = last.getMetadata(OutgoingCloudEventMetadata.class).orElseThrow();
        assertThat(ce.getType()).isEqualTo(MembershipChanged.TYPE);
        assertThat(ce.getSubject()).contains("05978902");
        assertThat(ce.getSource().toString()).isEqualTo("/ikz/membership-service");
        assertThat(last.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey()).isEqualTo("05978902");
        JsonNode data = json.readTree(last.getPayload());
        assertThat(data.get("revision").asLong()).isEqualTo(2);
        assertThat(data.get("periods")).hasSize(2);
        assertThat(data.get("periods").get(1).get("validUntil").isNull()).isTrue();
        assertThat(messages).extracting(m -> m.getMetadata(OutgoingCloudEventMetadata.class).orElseThrow().getId())
                .doesNotHaveDuplicates();
        var schema = EventSchemas.of("membership-service", "membership-changed.v1.json");
        assertThat(messages).allSatisfy(m -> assertThat(EventSchemas.violations(schema, m.getPayload())).isEmpty());
    }

    @Test
    void relayedEventsAreNotPublishedTwice() {
        register("05978903", "Teststadt C");
        relay.relayPending();

        assertThat(relay.relayPending()).isZero();
        assertThat(published.received()).hasSize(1);
    }

    @Test
    void anOverlappingMembershipIsRefusedWith409AndPublishesNothing() {
        register("05978904", "Teststadt D");
        addMembership("05978904", "2019-01-01", null);
        relay.relayPending();
        published.clear();

        as(TestTokens.admin()).body("{\"validFrom\":\"2020-07-01\"}")
                .post("/municipalities/05978904/memberships")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already a member from 2019-01-01"));

        assertThat(relay.relayPending()).isZero();
        as(TestTokens.admin()).get("/municipalities/05978904").then().body("revision", equalTo(1));
    }

    @Test
    void theDatabaseItselfRefusesOverlappingPeriodsAtCommit() {
        register("05978905", "Teststadt E");
        QuarkusTransaction.requiringNew().run(() -> insertPeriod("05978905", "2019-01-01", "2030-12-31"));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> insertPeriod("05978905", "2025-01-01", "2025-12-31")))
                .isInstanceOf(QuarkusTransactionException.class)
                .hasStackTraceContaining("membership_period_no_overlap");
    }

    @Test
    void withinOneTransactionAPeriodMayBeginBeforeTheOverlappingOneIsEnded() {
        register("05978916", "Teststadt P");
        QuarkusTransaction.requiringNew().run(() -> insertPeriod("05978916", "2019-01-01", null));

        QuarkusTransaction.requiringNew().run(() -> {
            insertPeriod("05978916", "2022-01-01", null);
            em.createNativeQuery("UPDATE membership_period SET valid_until = DATE '2021-12-31' WHERE ags = '05978916' AND valid_from = DATE '2019-01-01'")
                    .executeUpdate();
        });

        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM membership_period WHERE ags = '05978916'").getSingleResult()).intValue())).isEqualTo(2);
    }

    private void insertPeriod(String ags, String from, String until) {
        em.createNativeQuery("INSERT INTO membership_period (ags, valid_from, valid_until) VALUES (?1, CAST(?2 AS date), CAST(?3 AS date))")
                .setParameter(1, ags).setParameter(2, from).setParameter(3, until).executeUpdate();
    }

    @Test
    void registeringATownTwiceIsAConflict() {
        register("05978906", "Teststadt F");

        as(TestTokens.admin()).body("{\"ags\":\"05978906\",\"name\":\"again\"}").post("/municipalities")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndTheReason() {
        as(TestTokens.admin()).body("{\"ags\":\"1234\",\"name\":\"\"}").post("/municipalities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("ags", "name"))
                .body("violations.reason", hasItem(containsString("8 digits for a town")));

        register("05978907", "Teststadt G");
        as(TestTokens.admin()).body("{\"validFrom\":\"2019-02-30\"}").post("/municipalities/05978907/memberships")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("validFrom"));
        as(TestTokens.admin()).body("{\"validUntil\":\"2019-12-31\"}").post("/municipalities/05978907/memberships")
                .then().statusCode(400).body("violations[0].field", equalTo("validFrom"));
        as(TestTokens.admin()).body("{\"validFrom\":\"2020-01-01\",\"validUntil\":\"2019-12-31\"}")
                .post("/municipalities/05978907/memberships")
                .then().statusCode(400).body("violations[0].field", equalTo("validUntil"));
        as(TestTokens.admin()).body("{not json").post("/municipalities")
                .then().statusCode(400).contentType("application/problem+json");
        as(TestTokens.admin()).get("/municipalities/05978907").then().body("revision", equalTo(0));
    }

    @Test
    void textThePostgresDatabaseCannotStoreIsBadInputNotAServerError() {
        as(TestTokens.admin()).body("{\"ags\":\"05978931\",\"name\":\"Test\\u0000stadt\"}").post("/municipalities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"))
                .body("violations[0].reason", containsString("NUL character"));
        as(TestTokens.admin()).get("/municipalities/05978931").then().statusCode(404);
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith415() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.TEXT).body("{\"ags\":\"05978932\",\"name\":\"x\"}")
                .post("/municipalities")
                .then().statusCode(415).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Content-Type"));
        as(TestTokens.admin()).get("/municipalities/05978932").then().statusCode(404);
    }

    @Test
    void anUnknownTownIs404() {
        as(TestTokens.admin()).get("/municipalities/05978999").then().statusCode(404)
                .contentType("application/problem+json");
        as(TestTokens.admin()).body("{\"validFrom\":\"2019-01-01\"}").post("/municipalities/05978999/memberships")
                .then().statusCode(404);
    }

    @Test
    void withoutATokenEveryEndpointAnswers401() {
        given().get("/municipalities").then().statusCode(401);
        given().get("/municipalities/05978004").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"ags\":\"05978004\",\"name\":\"x\"}").post("/municipalities")
                .then().statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() {
        String kafkaToken = TestTokens.builder("admin", "ikz-admin").audience("kafka").jws().keyId("1").sign();

        given().auth().oauth2(kafkaToken).get("/municipalities").then().statusCode(401);
    }

    @Test
    void onlyTheOperatorAdminMayWrite() {
        for (String token : List.of(TestTokens.kopfstelle(), TestTokens.finance(), TestTokens.town("05978004"),
                TestTokens.user("prosoz-helpdesk", "helpdesk"))) {
            as(token).body("{\"ags\":\"05978908\",\"name\":\"x\"}").post("/municipalities").then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.user("prosoz-helpdesk", "helpdesk")).get("/municipalities")
                .then().statusCode(403);
    }

    @Test
    void aTownSeesItsOwnTimelineAndAnotherTownAs404() {
        register("05978911", "Teststadt K");
        register("05978912", "Teststadt L");

        as(TestTokens.town("05978911")).get("/municipalities/05978911").then().statusCode(200);
        as(TestTokens.town("05978911")).get("/municipalities/05978912").then().statusCode(404)
                .body("name", nullValue());
        as(TestTokens.town("05978911")).get("/municipalities").then().statusCode(200)
                .body("ags", contains("05978911"));
        as(TestTokens.user("no-town", "municipality")).get("/municipalities/05978911").then().statusCode(403);
    }

    @Test
    void aTownIsRegisteredWithKindLeitwegIdInvoiceAddressAndContact() {
        as(TestTokens.admin()).body(Map.of("ags", "05978913", "name", "Teststadt M", "kind", "STADT",
                        "leitwegId", "991-33333test-33",
                        "invoiceAddress", Map.of("recipient", "Fachbereich Soziales", "street", "Markt 1", "postalCode", "59368",
                                "city", "Teststadt"),
                        "contact", Map.of("name", "Sachgebiet AsylbLG", "email", "asyl@teststadt.example", "phone", "02592 69-0")))
                .post("/municipalities").then().statusCode(201).header("ETag", "\"0\"");

        as(TestTokens.finance()).get("/municipalities/05978913").then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("kind", equalTo("STADT"))
                .body("leitwegId", equalTo("991-33333TEST-33"))
                .body("invoiceAddress.postalCode", equalTo("59368"))
                .body("contact.email", equalTo("asyl@teststadt.example"));
    }

    @Test
    void invalidMasterDataIsRefusedNamingTheFieldAndTheReason() {
        as(TestTokens.admin()).body(Map.of("ags", "05978914", "name", "Teststadt N", "leitwegId", "05978914-0001-00"))
                .post("/municipalities").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("leitwegId"))
                .body("violations[0].reason", containsString("check digits 00 are wrong"));
        as(TestTokens.admin()).body(Map.of("ags", "05978914", "name", "Teststadt N", "kind", "KREIS"))
                .post("/municipalities").then().statusCode(400).body("violations[0].field", equalTo("kind"));
        as(TestTokens.admin()).body(Map.of("ags", "05978914", "name", "Teststadt N", "kind", "DORF"))
                .post("/municipalities").then().statusCode(400).body("violations[0].field", equalTo("kind"));
        as(TestTokens.admin()).body(Map.of("ags", "05978914", "name", "Teststadt N",
                        "invoiceAddress", Map.of("street", "Markt 1", "postalCode", "5936", "city", "Teststadt"),
                        "contact", Map.of("name", "x", "email", "not-an-address")))
                .post("/municipalities").then().statusCode(400)
                .body("violations.field", contains("contact.email", "invoiceAddress.postalCode"));
        as(TestTokens.admin()).get("/municipalities/05978914").then().statusCode(404);
    }

    @Test
    void anUpdateNeedsTheCurrentETagInIfMatch() {
        register("05978915", "Teststadt O");
        Map<String, Object> update = Map.of("name", "Teststadt O", "kind", "GEMEINDE", "leitwegId", "05978004-0001-47");

        as(TestTokens.admin()).body(update).put("/municipalities/05978915").then().statusCode(428)
                .contentType("application/problem+json");
        as(TestTokens.admin()).header("If-Match", "\"0\"").body(update).put("/municipalities/05978915").then().statusCode(200)
                .header("ETag", "\"1\"").body("kind", equalTo("GEMEINDE"));
        as(TestTokens.admin()).header("If-Match", "\"0\"").body(Map.of("name", "Overwritten")).put("/municipalities/05978915")
                .then().statusCode(412).contentType("application/problem+json");
        as(TestTokens.admin()).get("/municipalities/05978915").then().body("name", equalTo("Teststadt O"));
        as(TestTokens.admin()).header("If-Match", "\"0\"").body(update).put("/municipalities/05978998").then().statusCode(404);
        as(TestTokens.kopfstelle()).header("If-Match", "\"1\"").body(update).put("/municipalities/05978915").then().statusCode(403);
        as(TestTokens.admin()).header("If-Match", "\"0\"").body("{\"validFrom\":\"2019-01-01\"}")
                .post("/municipalities/05978915/memberships").then().statusCode(412);
    }

    @Test
    void aRenamedTownIsRepublishedAndSoAreTheAgreementsItIsAPartyOf() throws Exception {
        TestApi.Cooperation c = TestApi.draft(1);
        String town = c.members().get(0);
        relay.relayPending();
        published.clear();

        as(TestTokens.admin()).header("If-Match", "\"0\"").body(Map.of("name", "Neustadt", "kind", "STADT"))
                .put("/municipalities/" + town).then().statusCode(200);

        relay.relayPending();
        assertThat(Published.of(published, MembershipChanged.TYPE, town)).singleElement()
                .satisfies(e -> assertThat(json.readTree(e.payload()).get("name").asText()).isEqualTo("Neustadt"));
        assertThat(Published.of(published, AgreementChanged.TYPE, c.agreementId())).singleElement()
                .satisfies(e -> assertThat(e.payload()).containsPattern("\"name\": ?\"Neustadt\""));
    }

    @Test
    void aChangedLeitwegIdAddressOrContactIsPublishedToTheConsumersWithoutRepublishingTheAgreements() throws Exception {
        TestApi.Cooperation c = TestApi.draft(1);
        String town = c.members().get(0);
        relay.relayPending();
        published.clear();

        as(TestTokens.admin()).header("If-Match", "\"0\"").body(Map.of("name", "Teststadt 1", "kind", "STADT",
                        "leitwegId", "991-33333test-33",
                        "invoiceAddress", Map.of("recipient", "Fachbereich Soziales", "street", "Markt 1", "postalCode", "59368", "city", "Teststadt"),
                        "contact", Map.of("name", "Rechnungseingang", "email", "rechnung@teststadt.example")))
                .put("/municipalities/" + town).then().statusCode(200);

        relay.relayPending();
        String payload = Published.of(published, MembershipChanged.TYPE, town).get(0).payload();
        JsonNode data = json.readTree(payload);
        assertThat(data.get("leitwegId").asText()).isEqualTo("991-33333TEST-33");
        assertThat(data.get("invoiceAddress").get("postalCode").asText()).isEqualTo("59368");
        assertThat(data.get("invoiceAddress").get("recipient").asText()).isEqualTo("Fachbereich Soziales");
        assertThat(data.get("contact").get("email").asText()).isEqualTo("rechnung@teststadt.example");
        assertThat(EventSchemas.violations(EventSchemas.of("membership-service", "membership-changed.v1.json"), payload)).isEmpty();
        assertThat(Published.of(published, AgreementChanged.TYPE, c.agreementId())).isEmpty();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static void register(String ags, String name) {
        as(TestTokens.admin()).body("{\"ags\":\"" + ags + "\",\"name\":\"" + name + "\"}").post("/municipalities")
                .then().statusCode(201);
    }

    private static void addMembership(String ags, String from, String until) {
        String body = until == null ? "{\"validFrom\":\"" + from + "\"}"
                : "{\"validFrom\":\"" + from + "\",\"validUntil\":\"" + until + "\"}";
        as(TestTokens.admin()).body(body).post("/municipalities/" + ags + "/memberships").then().statusCode(201);
    }
}
