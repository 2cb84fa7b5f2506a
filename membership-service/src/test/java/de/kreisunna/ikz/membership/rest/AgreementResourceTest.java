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
import static org.hamcrest.Matchers.not;
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
    void aTownSeesTheAgreementsItIsAPartyOfAndNoOther() {
        Cooperation theirs = TestApi.inForce(2, "2019-01-01");
        String outsider = TestApi.registerTown("Stadt ohne Vereinbarung");
        String party = theirs.members().get(0);
        String id = theirs.agreementId();

        as(TestTokens.town(party)).get("/agreements/" + id).then().statusCode(200)
                .body("parties.ags", hasItem(theirs.members().get(1)));
        as(TestTokens.town(outsider)).get("/agreements").then().statusCode(200).body("agreementId", not(hasItem(id)));
        for (String path : List.of("", "/members", "/resolutions")) {
            as(TestTokens.town(outsider)).get("/agreements/" + id + path).then().statusCode(404)
                    .contentType("application/problem+json").body(not(containsString(party)));
        }
    }

    @Test
    void aWithdrawnDraftStaysReadableIsPublishedAndCannotBeConcluded() {
        Cooperation c = TestApi.draft(1);
        c.parties().forEach(ags -> TestApi.decide(c.agreementId(), ags, "2021-11-01"));

        as(TestTokens.kopfstelle()).delete("/agreements/" + c.agreementId()).then().statusCode(403);
        asAdmin().header("If-Match", "\"5\"").delete("/agreements/" + c.agreementId()).then().statusCode(412)
                .contentType("application/problem+json");
        asAdmin().delete("/agreements/" + c.agreementId()).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("revision", equalTo(1));

        asAdmin().get("/agreements/" + c.agreementId()).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        asAdmin().get("/agreements/" + c.agreementId() + "/resolutions").then().statusCode(200)
                .body("ags", containsInAnyOrder(c.parties().toArray()));
        asAdmin().body(Map.of("concludedOn", "2021-11-02")).post("/agreements/" + c.agreementId() + "/conclusion")
                .then().statusCode(409).body("detail", containsString("only a draft can be concluded"));
        asAdmin().delete("/agreements/" + c.agreementId()).then().statusCode(409);
        asAdmin().get("/audit?entityType=agreement&entityId=" + c.agreementId()).then().statusCode(200)
                .body("action", hasItem("AGREEMENT_WITHDRAWN"));
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
                "subject", "AGREEMENT", "kind", "RECOMMENDATION", "outcome", "APPROVED")).post("/agreements/" + c.agreementId() + "/resolutions")
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

        asAdmin().body(TestApi.entryIntoForce("2021-12-31", null)).post("/agreements/" + successor.agreementId() + "/entry-into-force")
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
                "subject", "AGREEMENT", "kind", "DECISION", "outcome", "APPROVED")).post("/agreements/" + c.agreementId() + "/resolutions")
                .then().statusCode(201).body("paperNumber", equalTo("215/21")).body("subject", equalTo("AGREEMENT"))
                .body("id", org.hamcrest.Matchers.notNullValue());
        asAdmin().body(Map.of("ags", c.operator(), "body", "RAT", "decidedOn", "2021-11-09", "subject", "AGREEMENT", "kind", "DECISION",
                "outcome", "APPROVED")).post("/agreements/" + c.agreementId() + "/resolutions")
                .then().statusCode(400).body("violations[0].field", equalTo("body"));
        asAdmin().body(Map.of("ags", c.kopfstelle(), "body", "RAT", "kind", "DECISION"))
                .post("/agreements/" + c.agreementId() + "/resolutions")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("decidedOn", "subject", "outcome"));
        asAdmin().body(Map.of("ags", "09999998", "body", "RAT", "decidedOn", "2021-11-09", "subject", "AGREEMENT", "kind", "DECISION",
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

    @Test
    void aResolutionDatedInTheFutureIsBadInputAndNothingIsRecorded() {
        Cooperation c = TestApi.draft(1);

        // in the range every date field accepts (2000-01-01 to 2199-12-31), but after today
        asAdmin().body(TestApi.decision(c.kopfstelle(), "2150-01-01", "AGREEMENT", null)).post("/agreements/" + c.agreementId() + "/resolutions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("decidedOn")).body("violations[0].reason", containsString("future"));
        asAdmin().get("/agreements/" + c.agreementId() + "/resolutions").then().body("$", empty());
    }

    @Test
    void anAccessionResolutionMustNameTheJoiningTownAndOnlyItDoes() {
        Cooperation c = TestApi.draft(1);

        asAdmin().body(TestApi.decision(c.kopfstelle(), "2021-11-01", "ACCESSION", null)).post("/agreements/" + c.agreementId() + "/resolutions")
                .then().statusCode(400).body("violations[0].field", equalTo("accedingAgs"));
        asAdmin().body(TestApi.decision(c.kopfstelle(), "2021-11-01", "TERMINATION", c.members().get(0)))
                .post("/agreements/" + c.agreementId() + "/resolutions").then().statusCode(400).body("violations[0].field", equalTo("accedingAgs"));
        asAdmin().body(TestApi.decision(c.kopfstelle(), "2021-11-01", "ACCESSION", "09999994"))
                .post("/agreements/" + c.agreementId() + "/resolutions").then().statusCode(404);
    }

    @Test
    void aDecisionOnAnotherSubjectOrAfterTheConclusionDayDoesNotCountForTheConclusion() {
        Cooperation c = TestApi.draft(1);
        TestApi.decide(c.agreementId(), c.operator(), "2021-11-01");
        TestApi.decide(c.agreementId(), c.kopfstelle(), "2021-11-01");
        asAdmin().body(TestApi.decision(c.members().get(0), "2021-11-01", "TERMINATION", null))
                .post("/agreements/" + c.agreementId() + "/resolutions").then().statusCode(201);
        TestApi.decide(c.agreementId(), c.members().get(0), "2021-12-05");

        asAdmin().body(Map.of("concludedOn", "2021-12-01")).post("/agreements/" + c.agreementId() + "/conclusion")
                .then().statusCode(409)
                .body("violations.field", contains("parties[" + c.members().get(0) + "]"))
                .body("violations[0].reason", containsString("subject AGREEMENT"))
                .body("violations[0].reason", containsString("it approved only the termination"))
                .body("violations[0].reason", containsString("dated after 2021-12-01 does not count"));
        asAdmin().body(Map.of("concludedOn", "2021-12-05")).post("/agreements/" + c.agreementId() + "/conclusion")
                .then().statusCode(200);
    }

    @Test
    void addingATownToAnAgreementInForceIsRefusedWith409SayingWhatIsMissingAndNothingChanges() {
        Cooperation c = TestApi.inForce(1, "2019-01-01");
        String newcomer = TestApi.registerTown("Beitrittsstadt");
        relay.relayPending();
        published.clear();

        asAdmin().body(Map.of("ags", newcomer, "validFrom", "2020-07-01")).post("/agreements/" + c.agreementId() + "/members")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("no party of agreement " + c.agreementId()))
                .body("detail", containsString("successor agreement (predecessorId " + c.agreementId() + ") naming " + newcomer))
                .body("detail", containsString("approving decision of every party's body"))
                .body("detail", containsString("publication"));
        asAdmin().body(Map.of("ags", c.members().get(0))).post("/agreements/" + c.agreementId() + "/members")
                .then().statusCode(409).body("detail", containsString("became a member when it took effect on 2019-01-01"));

        asAdmin().get("/agreements/" + c.agreementId()).then().body("parties.ags", not(hasItem(newcomer)));
        asAdmin().get("/municipalities/" + newcomer).then().body("memberships", empty()).body("costSharing", empty());
        relay.relayPending();
        assertThat(published.received()).isEmpty();
    }

    @Test
    void aTownJoinsBySuccessorApprovedByEveryPartyForItsAccessionAndTheSuccessorTakesOverTheMembers() throws Exception {
        Cooperation old = TestApi.inForce(1, "2019-01-01");
        String newcomer = TestApi.registerTown("Beitrittsgemeinde");
        List<String> members = List.of(old.members().get(0), newcomer);
        Cooperation successor = TestApi.draft(old.agreementId(), old.operator(), old.kopfstelle(), members);
        for (String party : List.of(old.operator(), old.kopfstelle(), old.members().get(0))) {
            asAdmin().body(TestApi.decision(party, "2021-11-09", "ACCESSION", newcomer))
                    .post("/agreements/" + successor.agreementId() + "/resolutions").then().statusCode(201);
        }

        asAdmin().body(Map.of("concludedOn", "2021-12-01")).post("/agreements/" + successor.agreementId() + "/conclusion")
                .then().statusCode(409).body("violations.field", contains("parties[" + newcomer + "]"))
                .body("violations[0].reason", containsString("accession of each of " + newcomer));
        asAdmin().body(TestApi.decision(newcomer, "2021-11-10", "ACCESSION", newcomer))
                .post("/agreements/" + successor.agreementId() + "/resolutions").then().statusCode(201);
        asAdmin().body(Map.of("concludedOn", "2021-12-01")).post("/agreements/" + successor.agreementId() + "/conclusion")
                .then().statusCode(200);
        relay.relayPending();
        published.clear();
        TestApi.enterIntoForce(successor.agreementId(), "2022-01-01");

        asAdmin().get("/agreements/" + successor.agreementId() + "/members?at=2022-01-01").then()
                .body("ags", contains(old.kopfstelle(), old.members().get(0), newcomer));
        asAdmin().get("/agreements/" + old.agreementId() + "/members?at=2021-12-31").then()
                .body("ags", contains(old.kopfstelle(), old.members().get(0)));
        relay.relayPending();
        JsonNode timeline = json.readTree(Published.of(published, MembershipChanged.TYPE, newcomer).get(0).payload());
        assertThat(timeline.get("periods")).hasSize(1);
        assertThat(timeline.get("periods").get(0).get("validFrom").asText()).isEqualTo("2022-01-01");
        assertThat(timeline.get("costSharing").get(0).get("basis").asText()).isEqualTo("PARTY");
    }

    @Test
    void entryIntoForceRecordsApprovalAndPublicationAndTakesEffectTheDayAfterOrOnTheLaterDayNamed() throws Exception {
        Cooperation c = TestApi.draft(1);
        TestApi.conclude(c, "2021-12-01");
        String path = "/agreements/" + c.agreementId() + "/entry-into-force";

        asAdmin().body(TestApi.entryIntoForce("2021-12-15", "2021-12-15")).post(path).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("cannot take effect on 2021-12-15: it was published on 2021-12-15"))
                .body("detail", containsString("2021-12-16 at the earliest"));
        Map<String, Object> approvedBeforeConclusion = TestApi.entryIntoForce("2021-12-15", null);
        approvedBeforeConclusion.put("supervisoryApproval", Map.of("approvedOn", "2021-11-30", "authority", "Bezirksregierung Arnsberg"));
        asAdmin().body(approvedBeforeConclusion).post(path).then().statusCode(409).body("detail", containsString("concluded on 2021-12-01"));
        Map<String, Object> publishedBeforeApproval = TestApi.entryIntoForce("2021-12-10", null);
        publishedBeforeApproval.put("supervisoryApproval", Map.of("approvedOn", "2021-12-12", "authority", "Bezirksregierung Arnsberg"));
        asAdmin().body(publishedBeforeApproval).post(path).then().statusCode(409).body("detail", containsString("approved on 2021-12-12"));
        Map<String, Object> publishedInTheFuture = TestApi.entryIntoForce("2150-01-01", null);
        publishedInTheFuture.put("supervisoryApproval", Map.of("approvedOn", "2021-12-10", "authority", "Bezirksregierung Arnsberg"));
        asAdmin().body(publishedInTheFuture).post(path).then().statusCode(400)
                .body("violations[0].field", equalTo("publication.publishedOn"));
        asAdmin().body(Map.of("inForceFrom", "2022-01-01")).post(path).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("supervisoryApproval", "publication"));
        asAdmin().get("/agreements/" + c.agreementId()).then().body("status", equalTo("CONCLUDED"));

        asAdmin().body(TestApi.entryIntoForce("2021-12-15", "2022-01-01")).post(path).then().statusCode(200)
                .body("inForceFrom", equalTo("2022-01-01"))
                .body("supervisoryApproval.authority", equalTo("Bezirksregierung Arnsberg"))
                .body("publication.publishedOn", equalTo("2021-12-15"));
        Cooperation other = TestApi.draft(1);
        TestApi.conclude(other, "2021-12-01");
        asAdmin().body(TestApi.entryIntoForce("2021-12-15", null)).post("/agreements/" + other.agreementId() + "/entry-into-force")
                .then().statusCode(200).body("inForceFrom", equalTo("2021-12-16"));
        relay.relayPending();
        String payload = Published.of(published, AgreementChanged.TYPE, c.agreementId()).get(2).payload();
        assertThat(EventSchemas.violations(EventSchemas.of("membership-service", "agreement-changed.v1.json"), payload)).isEmpty();
        assertThat(json.readTree(payload).get("publication").get("publishedIn").asText()).isEqualTo("Amtsblatt für den Regierungsbezirk Arnsberg");
    }

    @Test
    void aCostSharingClauseSharesCostsFromAnEarlierDayWithoutMakingAnyoneAPartyEarlier() throws Exception {
        String operator = TestApi.registerDistrict("Kreis Klausel");
        String kopfstelle = TestApi.registerTown("Klauselstadt");
        String id = TestApi.newAgreementId();
        Map<String, Object> body = new HashMap<>(TestApi.agreement(id, null, operator, kopfstelle, List.of()));
        body.put("costSharingFrom", Map.of("from", "2019-01-01", "note", "§ 5: costs are shared since the go-live"));
        asAdmin().body(body).post("/agreements").then().statusCode(201).body("costSharingFrom.from", equalTo("2019-01-01"));
        TestApi.conclude(new Cooperation(id, operator, kopfstelle, List.of()), "2019-10-30");
        relay.relayPending();
        published.clear();

        asAdmin().body(TestApi.entryIntoForce("2019-11-30", null)).post("/agreements/" + id + "/entry-into-force").then().statusCode(200)
                .body("inForceFrom", equalTo("2019-12-01"));

        asAdmin().get("/municipalities/" + kopfstelle).then()
                .body("memberships.validFrom", contains("2019-12-01"))
                .body("costSharing.basis", contains("AGREEMENT_CLAUSE", "PARTY"))
                .body("costSharing.validFrom", contains("2019-01-01", "2019-12-01"))
                .body("costSharing[0].validUntil", equalTo("2019-11-30"))
                .body("costSharing[0].source", equalTo("§ 5: costs are shared since the go-live"));
        asAdmin().get("/agreements/" + id + "/members?at=2019-06-30").then().body("$", empty());
        relay.relayPending();
        String payload = Published.of(published, MembershipChanged.TYPE, kopfstelle).get(0).payload();
        assertThat(EventSchemas.violations(EventSchemas.of("membership-service", "membership-changed.v1.json"), payload)).isEmpty();
    }
}
