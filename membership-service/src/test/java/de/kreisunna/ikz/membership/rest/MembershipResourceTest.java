package de.kreisunna.ikz.membership.rest;

import static de.kreisunna.ikz.membership.TestApi.as;
import static de.kreisunna.ikz.membership.TestApi.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;
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
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MembershipResourceTest {

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
    void aTownUsingTheProcedureBeforeItIsAPartySharesCostsOnlyByARecordedInterimDecision() throws Exception {
        Cooperation c = TestApi.inForce(1, "2019-01-01");
        String selm = TestApi.registerTown("Selm-Test");
        String path = "/municipalities/" + selm + "/interim-cost-sharing";
        Map<String, Object> decision = Map.of("agreementId", c.agreementId(), "validFrom", "2020-07-01", "validUntil", "2021-12-31",
                "decidedOn", "2020-06-15", "decidedBy", "Konferenz der Bürgermeister", "source", "Protokoll vom 15.06.2020",
                "assumption", true);

        asAdmin().body(decision).post(path).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("does not use the procedure on 2020-07-01 (no go-live recorded)"));
        asAdmin().body(Map.of("goLiveOn", "2020-07-01", "note", "instance moved in")).post("/municipalities/" + selm + "/go-live")
                .then().statusCode(200).body("goLiveOn", equalTo("2020-07-01")).body("memberships", empty());
        relay.relayPending();
        published.clear();

        asAdmin().body(decision).post(path).then().statusCode(200)
                .body("memberships", empty())
                .body("costSharing.basis", contains("INTERIM_DECISION"))
                .body("costSharing[0].decidedBy", equalTo("Konferenz der Bürgermeister"))
                .body("costSharing[0].assumption", equalTo(true));

        asAdmin().get("/agreements/" + c.agreementId() + "/members?at=2020-07-01").then().body("ags", not(hasItem(selm)));
        asAdmin().get("/agreements/" + c.agreementId()).then().body("parties.ags", not(hasItem(selm)));
        relay.relayPending();
        Published timeline = Published.of(published, MembershipChanged.TYPE, selm).get(0);
        JsonNode data = json.readTree(timeline.payload());
        assertThat(data.get("periods")).isEmpty();
        assertThat(data.get("goLiveOn").asText()).isEqualTo("2020-07-01");
        JsonNode share = data.get("costSharing").get(0);
        assertThat(share.get("validFrom").asText()).isEqualTo("2020-07-01");
        assertThat(share.get("validUntil").asText()).isEqualTo("2021-12-31");
        assertThat(share.get("agreementId").asText()).isEqualTo(c.agreementId());
        assertThat(share.get("source").asText()).isEqualTo("Protokoll vom 15.06.2020");
        assertThat(EventSchemas.violations(EventSchemas.of("membership-service", "membership-changed.v1.json"), timeline.payload())).isEmpty();
        asAdmin().body(decision).post(path).then().statusCode(409).body("detail", containsString("already shares costs from 2020-07-01"));
    }

    @Test
    void anInterimDecisionIsRefusedForAPartyForDaysWithoutAgreementInForceOrDatedInTheFuture() {
        Cooperation c = TestApi.inForce(1, "2019-01-01");
        String member = c.members().get(0);
        asAdmin().body(Map.of("goLiveOn", "2019-01-01")).post("/municipalities/" + member + "/go-live").then().statusCode(200);
        String town = TestApi.registerTown("Frühstadt");
        asAdmin().body(Map.of("goLiveOn", "2018-01-01")).post("/municipalities/" + town + "/go-live").then().statusCode(200);

        asAdmin().body(interim(c.agreementId(), "2020-01-01", "2020-12-31", "2019-12-01")).post("/municipalities/" + member + "/interim-cost-sharing")
                .then().statusCode(409).body("detail", containsString("is a party from 2019-01-01"));
        asAdmin().body(interim(c.agreementId(), "2018-06-01", "2018-12-31", "2018-05-01")).post("/municipalities/" + town + "/interim-cost-sharing")
                .then().statusCode(409).body("detail", containsString("has costs to share only from 2019-01-01"));
        asAdmin().body(interim(c.agreementId(), "2020-01-01", "2020-12-31", "2999-01-01")).post("/municipalities/" + town + "/interim-cost-sharing")
                .then().statusCode(400).body("violations[0].field", equalTo("decidedOn"));
        asAdmin().body(interim(c.agreementId(), "2020-12-31", "2020-01-01", "2019-12-01")).post("/municipalities/" + town + "/interim-cost-sharing")
                .then().statusCode(400).body("violations[0].field", equalTo("validUntil"));
        asAdmin().body(Map.of("agreementId", c.agreementId())).post("/municipalities/" + town + "/interim-cost-sharing")
                .then().statusCode(400).body("violations.field", hasItem("source"));
        asAdmin().get("/municipalities/" + town).then().body("costSharing", empty());
    }

    private static Map<String, Object> interim(String agreementId, String from, String until, String decidedOn) {
        return Map.of("agreementId", agreementId, "validFrom", from, "validUntil", until, "decidedOn", decidedOn,
                "decidedBy", "Rat", "source", "Beschluss", "assumption", false);
    }

    @Test
    void aMemberPartyCannotJoinAgainAndADraftCannotBeJoinedEither() {
        Cooperation draft = TestApi.draft(1);
        Cooperation inForce = TestApi.inForce(1, "2020-01-01");

        asAdmin().body(Map.of("ags", inForce.members().get(0), "validFrom", "2021-01-01")).post("/agreements/" + inForce.agreementId() + "/members")
                .then().statusCode(409).body("detail", containsString("is a MEMBER party of agreement " + inForce.agreementId()));
        asAdmin().body(Map.of("ags", draft.members().get(0), "validFrom", "2020-01-01")).post("/agreements/" + draft.agreementId() + "/members")
                .then().statusCode(409).body("detail", containsString("(it has not yet)"));
    }

    @Test
    void joiningNeedsAKnownTownAndAgreementAndValidDates() {
        Cooperation c = TestApi.inForce(0, "2020-01-01");

        asAdmin().body(Map.of("ags", "09999997", "validFrom", "2020-01-01")).post("/agreements/" + c.agreementId() + "/members")
                .then().statusCode(404).body("detail", containsString("municipality 09999997"));
        asAdmin().body(Map.of("ags", c.kopfstelle(), "validFrom", "2020-01-01")).post("/agreements/no-such-one/members")
                .then().statusCode(404);
        asAdmin().body(Map.of("ags", "123", "validFrom", "2020-02-30")).post("/agreements/" + c.agreementId() + "/members")
                .then().statusCode(400).body("violations[0].field", equalTo("validFrom"));
        asAdmin().body(Map.of("ags", "123")).post("/agreements/" + c.agreementId() + "/members")
                .then().statusCode(400).body("violations[0].field", equalTo("ags"));
        asAdmin().get("/agreements/" + c.agreementId() + "/members?at=30.06.2021").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("at"));
    }

    @Test
    void noticeEndsTheMembershipAtTheEarliestAllowedDayAndIsPublished() throws Exception {
        Cooperation c = TestApi.inForce(1, "2019-01-01");
        String town = c.members().get(0);
        relay.relayPending();
        published.clear();

        asAdmin().body(Map.of("noticeGivenOn", "2023-03-15")).post("/agreements/" + c.agreementId() + "/members/" + town + "/notice")
                .then().statusCode(200)
                .body("noticeGivenOn", equalTo("2023-03-15")).body("validUntil", equalTo("2024-12-31"));

        asAdmin().get("/agreements/" + c.agreementId() + "/members?at=2025-01-01").then().body("ags", contains(c.kopfstelle()));
        relay.relayPending();
        JsonNode period = json.readTree(Published.of(published, MembershipChanged.TYPE, town).get(0).payload()).get("periods").get(0);
        assertThat(period.get("validUntil").asText()).isEqualTo("2024-12-31");
        assertThat(period.get("noticeGivenOn").asText()).isEqualTo("2023-03-15");
    }

    @Test
    void aRequestedEndEarlierThanTheNoticeRuleAllowsIsRefusedNamingTheEarliestDay() {
        Cooperation c = TestApi.inForce(1, "2019-01-01");
        String town = c.members().get(0);

        asAdmin().body(Map.of("noticeGivenOn", "2023-03-15", "validUntil", "2023-12-31"))
                .post("/agreements/" + c.agreementId() + "/members/" + town + "/notice")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("2024-12-31"));
        asAdmin().body(Map.of("noticeGivenOn", "2023-03-15", "validUntil", "2025-12-31"))
                .post("/agreements/" + c.agreementId() + "/members/" + town + "/notice")
                .then().statusCode(200).body("validUntil", equalTo("2025-12-31"));
        asAdmin().body(Map.of("noticeGivenOn", "2023-04-01")).post("/agreements/" + c.agreementId() + "/members/" + town + "/notice")
                .then().statusCode(409).body("detail", containsString("no open membership"));
    }

    @Test
    void theGoLiveIsAFactOfTheTownShownInEachOfItsPeriods() {
        Cooperation c = TestApi.inForce(1, "2022-01-01");
        String town = c.members().get(0);

        asAdmin().body(Map.of("goLiveOn", "2022-02-14")).post("/municipalities/" + town + "/go-live")
                .then().statusCode(200).body("goLiveOn", equalTo("2022-02-14")).body("memberships[0].goLiveOn", equalTo("2022-02-14"));
        asAdmin().get("/agreements/" + c.agreementId() + "/members").then().body("find { it.ags == '" + town + "' }.goLiveOn", equalTo("2022-02-14"));
        asAdmin().body(Map.of("goLiveOn", "2022-02-14")).post("/municipalities/09999996/go-live").then().statusCode(404);
        asAdmin().body(Map.of()).post("/municipalities/" + town + "/go-live")
                .then().statusCode(400).body("violations[0].field", equalTo("goLiveOn"));
        as(TestTokens.town(town)).body(Map.of("goLiveOn", "2022-02-14")).post("/municipalities/" + town + "/go-live").then().statusCode(403);
    }

    @Test
    void aTownReadsItsOwnTimelineAndAnotherTownsIs404() {
        Cooperation c = TestApi.inForce(2, "2019-01-01");
        String town = c.members().get(0);

        as(TestTokens.town(town)).get("/municipalities/" + town + "/timeline").then().statusCode(200)
                .body("periods.agreementId", contains(c.agreementId()))
                .body("periods.agreementTitle", contains("Vereinbarung " + c.agreementId()))
                .body("events.kind", hasItem("ACCESSION"))
                .body("events.kind", hasItem("ENTRY_INTO_FORCE"));
        as(TestTokens.town(town)).get("/municipalities/" + c.members().get(1) + "/timeline").then().statusCode(404);
        as(TestTokens.town(town)).get("/agreements/" + c.agreementId() + "/members?at=2020-01-01").then().statusCode(200)
                .body("ags", contains(c.kopfstelle(), town, c.members().get(1)));
        as(TestTokens.town(town)).body(Map.of("noticeGivenOn", "2023-03-15"))
                .post("/agreements/" + c.agreementId() + "/members/" + town + "/notice").then().statusCode(403);
        as(TestTokens.finance()).get("/municipalities/" + town + "/timeline").then().statusCode(200);
        asAdmin().get("/municipalities/09999995/timeline").then().statusCode(404);
    }

    @Test
    void theMunicipalityViewShowsTheAgreementOfEachPeriod() {
        Cooperation c = TestApi.inForce(1, "2019-01-01");

        as(TestTokens.kopfstelle()).get("/municipalities/" + c.members().get(0)).then().statusCode(200)
                .body("memberships.agreementId", contains(c.agreementId()))
                .body("memberships.validFrom", contains("2019-01-01"));
    }
}
