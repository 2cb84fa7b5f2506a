package de.kreisunna.ikz.membership.rest;

import static de.kreisunna.ikz.membership.TestApi.as;
import static de.kreisunna.ikz.membership.TestApi.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.membership.Published;
import de.kreisunna.ikz.membership.TestApi;
import de.kreisunna.ikz.membership.TestApi.Cooperation;
import de.kreisunna.ikz.membership.agreement.AgreementChanged;
import de.kreisunna.ikz.membership.municipality.MembershipChanged;
import de.kreisunna.ikz.platform.outbox.OutboxRelay;
import de.kreisunna.ikz.testing.EventSchemas;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgreementResourceTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    OutboxRelay relay;

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
    void aDraftIsCreatedWithAnETagAndPublishedAsAgreementChangedWithTheCostClauseAsExactDecimals() throws Exception {
        Cooperation c = TestApi.draft(1);

        asAdmin().get("/agreements/" + c.agreementId()).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("parties.role", contains("OPERATOR", "KOPFSTELLE", "MEMBER", "MEMBER"))
                .body("parties[0].name", equalTo("Testkreis"))
                .body("costClause.payGrades", contains("A 11 LBesG NRW", "EG 10 TVöD-VKA"));

        relay.relayPending();
        List<Published> events = Published.of(published, AgreementChanged.TYPE, c.agreementId());
        assertThat(events).hasSize(1);
        assertThat(events.get(0).key()).isEqualTo(c.agreementId());
        String payload = events.get(0).payload();
        assertThat(payload).containsPattern("\"fte\": ?0\\.25[,}]").containsPattern("\"overheadRate\": ?0\\.10[,}]")
                .containsPattern("\"materialCostShare\": ?0\\.25[,}]");
        JsonNode data = json.readTree(payload);
        assertThat(data.get("revision").asLong()).isZero();
        assertThat(data.get("noticeRule").get("effectiveAt").asText()).isEqualTo("END_OF_CALENDAR_YEAR");
        assertThat(EventSchemas.violations(EventSchemas.of("membership-service", "agreement-changed.v1.json"), payload)).isEmpty();
    }

    @Test
    void creatingAnAgreementTwiceIsAConflict() {
        Cooperation c = TestApi.draft(1);

        asAdmin().body(TestApi.agreement(c.agreementId(), null, c.operator(), c.kopfstelle(), c.members())).post("/agreements")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemNamingEachFieldAndReason() {
        String operator = TestApi.registerDistrict("Kreis X");
        String town = TestApi.registerTown("Stadt X");
        Map<String, Object> body = new HashMap<>(TestApi.agreement("Not An Id", null, operator, town, List.of()));
        body.put("costClause", Map.of("fte", 0, "payGrades", List.of(), "overheadRate", 1.5, "materialCostShare", 0.25,
                "allocation", "EQUAL"));
        body.remove("noticeRule");

        asAdmin().body(body).post("/agreements").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("id", "costClause.fte", "costClause.payGrades",
                        "costClause.overheadRate", "noticeRule"));
        Map<String, Object> unknownKey = new HashMap<>(TestApi.agreement(TestApi.newAgreementId(), null, operator, town, List.of()));
        unknownKey.put("costClause", Map.of("fte", 0.25, "payGrades", List.of("A 11"), "overheadRate", 0.1,
                "materialCostShare", 0.25, "allocation", "BY_HEADCOUNT"));
        asAdmin().body(unknownKey).post("/agreements").then().statusCode(400).body("violations[0].field", equalTo("costClause.allocation"));
    }

    @Test
    void anUnknownPartyPredecessorOrAgreementIs404() {
        String operator = TestApi.registerDistrict("Kreis Y");
        String town = TestApi.registerTown("Stadt Y");

        asAdmin().body(TestApi.agreement(TestApi.newAgreementId(), null, operator, town, List.of("09999999"))).post("/agreements")
                .then().statusCode(404).body("detail", containsString("municipality 09999999"));
        asAdmin().body(TestApi.agreement(TestApi.newAgreementId(), "no-such-agreement", operator, town, List.of())).post("/agreements")
                .then().statusCode(404).body("detail", containsString("agreement no-such-agreement"));
        asAdmin().get("/agreements/no-such-agreement").then().statusCode(404).contentType("application/problem+json");
        asAdmin().get("/agreements/no-such-agreement/members").then().statusCode(404);
    }

    @Test
    void aRevisionNeedsIfMatchAndAStaleOneIsRefusedWith412() {
        Cooperation c = TestApi.draft(1);
        Map<String, Object> terms = new HashMap<>(TestApi.agreement(c.agreementId(), null, c.operator(), c.kopfstelle(), c.members()));
        terms.remove("id");
        terms.put("title", "Revised title");

        asAdmin().body(terms).put("/agreements/" + c.agreementId()).then().statusCode(428)
                .contentType("application/problem+json").body("detail", containsString("If-Match"));
        asAdmin().header("If-Match", "\"0\"").body(terms).put("/agreements/" + c.agreementId()).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo("Revised title")).body("revision", equalTo(1));
        terms.put("title", "Overwriting title");
        asAdmin().header("If-Match", "\"0\"").body(terms).put("/agreements/" + c.agreementId()).then().statusCode(412)
                .contentType("application/problem+json");
        asAdmin().get("/agreements/" + c.agreementId()).then().body("title", equalTo("Revised title"));
    }

    @Test
    void concludingIsRefusedWith409NamingThePartiesWithoutAPositiveDecision() {
        Cooperation c = TestApi.draft(2);
        TestApi.decide(c.agreementId(), c.kopfstelle(), "2021-11-01");
        asAdmin().body(Map.of("ags", c.operator(), "body", "KREISAUSSCHUSS", "decidedOn", "2021-11-08", "paperNumber", "215/21",
                "kind", "RECOMMENDATION", "outcome", "APPROVED")).post("/agreements/" + c.agreementId() + "/resolutions")
                .then().statusCode(201);

        asAdmin().body(Map.of("concludedOn", "2021-11-30")).post("/agreements/" + c.agreementId() + "/conclusion")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(c.operator() + " Testkreis"))
                .body("violations.field", containsInAnyOrder("parties[" + c.operator() + "]", "parties[" + c.members().get(0) + "]",
                        "parties[" + c.members().get(1) + "]"));
        asAdmin().get("/agreements/" + c.agreementId()).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aConclusionWithEveryDecisionSucceedsOnceAndAStaleIfMatchIs412() {
        Cooperation c = TestApi.draft(1);
        c.parties().forEach(ags -> TestApi.decide(c.agreementId(), ags, "2021-11-09"));

        asAdmin().header("If-Match", "\"7\"").body(Map.of("concludedOn", "2021-12-01"))
                .post("/agreements/" + c.agreementId() + "/conclusion").then().statusCode(412);
        asAdmin().header("If-Match", "\"0\"").body(Map.of("concludedOn", "2021-12-01"))
                .post("/agreements/" + c.agreementId() + "/conclusion").then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("CONCLUDED")).body("concludedOn", equalTo("2021-12-01"));
        asAdmin().body(Map.of("concludedOn", "2021-12-01")).post("/agreements/" + c.agreementId() + "/conclusion")
                .then().statusCode(409).body("detail", containsString("only a draft can be concluded"));
        Map<String, Object> terms = new HashMap<>(TestApi.agreement(c.agreementId(), null, c.operator(), c.kopfstelle(), c.members()));
        asAdmin().header("If-Match", "\"1\"").body(terms).put("/agreements/" + c.agreementId()).then().statusCode(409);
    }

    @Test
    void aConclusionInTheFutureOrWithoutADateIsBadInput() {
        Cooperation c = TestApi.draft(1);

        asAdmin().body(Map.of("concludedOn", "2999-01-01")).post("/agreements/" + c.agreementId() + "/conclusion")
                .then().statusCode(400).body("violations[0].field", equalTo("concludedOn"));
        asAdmin().body(Map.of()).post("/agreements/" + c.agreementId() + "/conclusion")
                .then().statusCode(400).body("violations[0].field", equalTo("concludedOn"));
    }

    @Test
    void aSuccessorEnteringIntoForceSupersedesThePredecessorAndMovesItsMembersWithoutAGap() throws Exception {
        Cooperation old = TestApi.inForce(2, "2019-01-01");
        String leaver = old.members().get(1);
        asAdmin().body(Map.of("noticeGivenOn", "2019-06-30", "validUntil", "2020-12-31"))
                .post("/agreements/" + old.agreementId() + "/members/" + leaver + "/notice").then().statusCode(200);
        Cooperation successor = TestApi.draft(old.agreementId(), old.operator(), old.kopfstelle(), List.of(old.members().get(0)));
        TestApi.conclude(successor, "2021-12-01");
        relay.relayPending();
        published.clear();

        TestApi.enterIntoForce(successor.agreementId(), "2022-01-01");

        asAdmin().get("/agreements/" + old.agreementId()).then()
                .body("status", equalTo("SUPERSEDED")).body("endedOn", equalTo("2021-12-31"))
                .body("successorId", equalTo(successor.agreementId()));
        asAdmin().get("/agreements/" + old.agreementId() + "/members?at=2021-12-31").then()
                .body("ags", contains(old.kopfstelle(), old.members().get(0)));
        asAdmin().get("/agreements/" + old.agreementId() + "/members?at=2022-01-01").then().body("$", empty());
        asAdmin().get("/agreements/" + successor.agreementId() + "/members?at=2022-01-01").then()
                .body("ags", contains(old.kopfstelle(), old.members().get(0)))
                .body("validFrom", contains("2022-01-01", "2022-01-01"));

        relay.relayPending();
        var membershipSchema = EventSchemas.of("membership-service", "membership-changed.v1.json");
        List<Published> moved = Published.of(published, MembershipChanged.TYPE, old.kopfstelle());
        assertThat(moved).hasSize(1);
        assertThat(EventSchemas.violations(membershipSchema, moved.get(0).payload())).isEmpty();
        JsonNode periods = json.readTree(moved.get(0).payload()).get("periods");
        assertThat(periods).hasSize(2);
        assertThat(periods.get(0).get("validUntil").asText()).isEqualTo("2021-12-31");
        assertThat(periods.get(0).get("agreementId").asText()).isEqualTo(old.agreementId());
        assertThat(periods.get(1).get("validFrom").asText()).isEqualTo("2022-01-01");
        assertThat(periods.get(1).get("agreementId").asText()).isEqualTo(successor.agreementId());
        assertThat(Published.of(published, MembershipChanged.TYPE, leaver)).isEmpty();
        assertThat(Published.of(published, AgreementChanged.TYPE, old.agreementId())).singleElement()
                .satisfies(e -> assertThat(json.readTree(e.payload()).get("status").asText()).isEqualTo("SUPERSEDED"));
        assertThat(Published.of(published, AgreementChanged.TYPE, successor.agreementId())).hasSize(1);
    }

    @Test
    void aSuccessorThatWouldTakeOverATownNotItsPartyIsRefusedAndNothingChanges() {
        Cooperation old = TestApi.inForce(2, "2019-01-01");
        Cooperation successor = TestApi.draft(old.agreementId(), old.operator(), old.kopfstelle(), List.of(old.members().get(0)));
        TestApi.conclude(successor, "2021-12-01");

        asAdmin().body(Map.of("inForceFrom", "2022-01-01")).post("/agreements/" + successor.agreementId() + "/entry-into-force")
                .then().statusCode(409).body("detail", containsString(old.members().get(1)));

        asAdmin().get("/agreements/" + old.agreementId()).then().body("status", equalTo("IN_FORCE"));
        asAdmin().get("/agreements/" + successor.agreementId()).then().body("status", equalTo("CONCLUDED"));
    }

    @Test
    void terminationEndsEveryMembershipOnItsLastDay() {
        Cooperation c = TestApi.inForce(1, "2020-01-01");

        asAdmin().body(Map.of("endedOn", "2023-12-31")).post("/agreements/" + c.agreementId() + "/termination")
                .then().statusCode(200).body("status", equalTo("TERMINATED")).body("endedOn", equalTo("2023-12-31"));

        asAdmin().get("/agreements/" + c.agreementId() + "/members").then()
                .body("validUntil", contains("2023-12-31", "2023-12-31"));
        asAdmin().body(Map.of("endedOn", "2024-12-31")).post("/agreements/" + c.agreementId() + "/termination")
                .then().statusCode(409);
    }

    @Test
    void resolutionsAreRecordedWithBodyPaperAndOutcomeAndAWrongBodyIsBadInput() {
        Cooperation c = TestApi.draft(1);

        asAdmin().body(Map.of("ags", c.operator(), "body", "KREISTAG", "decidedOn", "2021-11-09", "paperNumber", "215/21",
                "kind", "DECISION", "outcome", "APPROVED")).post("/agreements/" + c.agreementId() + "/resolutions")
                .then().statusCode(201).body("paperNumber", equalTo("215/21")).body("id", org.hamcrest.Matchers.notNullValue());
        asAdmin().body(Map.of("ags", c.operator(), "body", "RAT", "decidedOn", "2021-11-09", "kind", "DECISION",
                "outcome", "APPROVED")).post("/agreements/" + c.agreementId() + "/resolutions")
                .then().statusCode(400).body("violations[0].field", equalTo("body"));
        asAdmin().body(Map.of("ags", c.kopfstelle(), "body", "RAT", "kind", "DECISION"))
                .post("/agreements/" + c.agreementId() + "/resolutions")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("decidedOn", "outcome"));
        asAdmin().body(Map.of("ags", "09999998", "body", "RAT", "decidedOn", "2021-11-09", "kind", "DECISION",
                "outcome", "APPROVED")).post("/agreements/" + c.agreementId() + "/resolutions").then().statusCode(404);

        as(TestTokens.finance()).get("/agreements/" + c.agreementId() + "/resolutions").then().statusCode(200)
                .body("body", contains("KREISTAG"));
    }

    @Test
    void aTownSeesTheAgreementsItIsAPartyOfAndOnlyItsOwnResolutions() {
        Cooperation mine = TestApi.draft(1);
        Cooperation other = TestApi.draft(1);
        String town = mine.members().get(0);
        TestApi.decide(mine.agreementId(), town, "2021-11-01");
        TestApi.decide(mine.agreementId(), mine.kopfstelle(), "2021-11-01");

        as(TestTokens.town(town)).get("/agreements").then().statusCode(200).body("agreementId", contains(mine.agreementId()));
        as(TestTokens.town(town)).get("/agreements/" + mine.agreementId()).then().statusCode(200);
        as(TestTokens.town(town)).get("/agreements/" + other.agreementId()).then().statusCode(404).body("agreementId", nullValue());
        as(TestTokens.town(town)).get("/agreements/" + other.agreementId() + "/members").then().statusCode(404);
        as(TestTokens.town(town)).get("/agreements/" + other.agreementId() + "/resolutions").then().statusCode(404);
        as(TestTokens.town(town)).get("/agreements/" + mine.agreementId() + "/resolutions").then().statusCode(200)
                .body("ags", contains(town));
        as(TestTokens.kopfstelle()).get("/agreements").then().statusCode(200)
                .body("agreementId", hasItem(other.agreementId()));
    }

    @Test
    void onlyTheOperatorAdminWritesAndEveryEndpointNeedsAToken() {
        Cooperation c = TestApi.draft(1);
        Map<String, Object> body = TestApi.agreement(TestApi.newAgreementId(), null, c.operator(), c.kopfstelle(), List.of());
        String path = "/agreements/" + c.agreementId();

        for (String token : List.of(TestTokens.kopfstelle(), TestTokens.finance(), TestTokens.town(c.kopfstelle()))) {
            as(token).body(body).post("/agreements").then().statusCode(403).contentType("application/problem+json");
            as(token).header("If-Match", "\"0\"").body(body).put(path).then().statusCode(403);
            as(token).body(Map.of("concludedOn", "2021-01-01")).post(path + "/conclusion").then().statusCode(403);
            as(token).body(Map.of("inForceFrom", "2021-01-01")).post(path + "/entry-into-force").then().statusCode(403);
            as(token).body(Map.of("endedOn", "2021-01-01")).post(path + "/termination").then().statusCode(403);
            as(token).body(Map.of("ags", c.kopfstelle(), "validFrom", "2021-01-01")).post(path + "/members").then().statusCode(403);
            as(token).body(Map.of()).post(path + "/resolutions").then().statusCode(403);
        }
        for (String get : List.of("/agreements", path, path + "/members", path + "/resolutions")) {
            given().get(get).then().statusCode(401);
            as(TestTokens.user("prosoz-helpdesk", "helpdesk")).get(get).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(body).post("/agreements").then().statusCode(401);
    }
}
