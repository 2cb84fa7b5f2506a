package de.kreisunna.ikz.membership.rest;

import static de.kreisunna.ikz.membership.TestApi.as;
import static de.kreisunna.ikz.membership.TestApi.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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
    void aTownJoiningBecomesAMemberPartyAndItsTimelineCarriesAgreementAndGoLive() throws Exception {
        Cooperation c = TestApi.inForce(1, "2019-01-01");
        String selm = TestApi.registerTown("Selm-Test");
        relay.relayPending();
        published.clear();

        asAdmin().body(Map.of("ags", selm, "validFrom", "2020-07-01", "goLiveOn", "2020-07-01"))
                .post("/agreements/" + c.agreementId() + "/members")
                .then().statusCode(201)
                .header("Location", containsString("/municipalities/" + selm + "/timeline"))
                .body("agreementId", equalTo(c.agreementId())).body("validUntil", nullValue());

        asAdmin().get("/agreements/" + c.agreementId() + "/members?at=2020-06-30").then().body("ags", contains(c.kopfstelle(), c.members().get(0)));
        asAdmin().get("/agreements/" + c.agreementId() + "/members?at=2020-07-01").then()
                .body("ags", contains(c.kopfstelle(), c.members().get(0), selm));
        asAdmin().get("/agreements/" + c.agreementId()).then().body("parties.ags", hasItem(selm));

        relay.relayPending();
        Published timeline = Published.of(published, MembershipChanged.TYPE, selm).get(0);
        JsonNode period = json.readTree(timeline.payload()).get("periods").get(0);
        assertThat(period.get("agreementId").asText()).isEqualTo(c.agreementId());
        assertThat(period.get("goLiveOn").asText()).isEqualTo("2020-07-01");
        assertThat(period.get("noticeGivenOn").isNull()).isTrue();
        assertThat(EventSchemas.violations(EventSchemas.of("membership-service", "membership-changed.v1.json"), timeline.payload())).isEmpty();
        assertThat(Published.of(published, AgreementChanged.TYPE, c.agreementId())).hasSize(1);
    }

    @Test
    void anOverlappingMembershipIsRefusedWith409EvenInAnotherAgreement() {
        Cooperation first = TestApi.inForce(1, "2019-01-01");
        Cooperation second = TestApi.inForce(1, "2019-01-01");
        String town = first.members().get(0);

        asAdmin().body(Map.of("ags", town, "validFrom", "2020-01-01")).post("/agreements/" + first.agreementId() + "/members")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already a member from 2019-01-01 without end"));
        asAdmin().body(Map.of("ags", town, "validFrom", "2021-01-01")).post("/agreements/" + second.agreementId() + "/members")
                .then().statusCode(409);
    }

    @Test
    void joiningADraftOrBeforeTheAgreementIsInForceIsAConflict() {
        Cooperation draft = TestApi.draft(1);
        Cooperation inForce = TestApi.inForce(0, "2020-01-01");
        String town = TestApi.registerTown("Spätstadt");

        asAdmin().body(Map.of("ags", town, "validFrom", "2020-01-01")).post("/agreements/" + draft.agreementId() + "/members")
                .then().statusCode(409).body("detail", containsString("only an agreement in force can be joined"));
        asAdmin().body(Map.of("ags", town, "validFrom", "2019-12-31")).post("/agreements/" + inForce.agreementId() + "/members")
                .then().statusCode(409).body("detail", containsString("in force from 2020-01-01"));
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
        asAdmin().body(Map.of("ags", "123", "validFrom", "2020-02-01")).post("/agreements/" + c.agreementId() + "/members")
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
    void theGoLiveIsRecordedOnTheMembership() {
        Cooperation c = TestApi.inForce(1, "2022-01-01");
        String town = c.members().get(0);

        asAdmin().body(Map.of("goLiveOn", "2022-02-14")).post("/agreements/" + c.agreementId() + "/members/" + town + "/go-live")
                .then().statusCode(200).body("goLiveOn", equalTo("2022-02-14"));
        asAdmin().body(Map.of("goLiveOn", "2022-02-14")).post("/agreements/" + c.agreementId() + "/members/09999996/go-live")
                .then().statusCode(404);
        asAdmin().body(Map.of()).post("/agreements/" + c.agreementId() + "/members/" + town + "/go-live")
                .then().statusCode(400).body("violations[0].field", equalTo("goLiveOn"));
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
