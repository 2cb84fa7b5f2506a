package de.kreisunna.ikz.support.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import de.kreisunna.ikz.platform.outbox.OutboxRelay;
import de.kreisunna.ikz.support.Concurrently;
import de.kreisunna.ikz.support.Members;
import de.kreisunna.ikz.support.Published;
import de.kreisunna.ikz.support.request.SupportRequestSubmitted;
import de.kreisunna.ikz.support.TestClock;
import de.kreisunna.ikz.support.licence.LicenceChanged;
import de.kreisunna.ikz.support.request.SlaBreached;
import de.kreisunna.ikz.support.request.RequestService;
import de.kreisunna.ikz.support.request.SlaMonitor;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SupportRequestResourceTest {

    static final String HELPDESK = TestTokens.user("service-account-prosoz-helpdesk", "helpdesk");

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    OutboxRelay relay;

    @Inject
    TestClock clock;

    @Inject
    SlaMonitor monitor;

    @Inject
    RequestService requests;

    @TestHTTPResource("/support-requests")
    URL endpoint;

    private Published published;

    @BeforeEach
    void mondayMorning() {
        clock.set("2026-03-02T09:00");
        published = new Published(relay, connector);
        published.drain();
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String question(String ags, String subject) {
        return """
                {"ags": %s, "category": "APPLICATION_QUESTION", "subject": "%s",
                 "description": "How do I book a one-off payment?", "requesterName": "Ms Example"}"""
                .formatted(ags == null ? "null" : "\"" + ags + "\"", subject);
    }

    static String request(String ags, String category, String priority) {
        return """
                {"ags": "%s", "category": "%s", "priority": "%s", "subject": "Test", "description": "Details"}"""
                .formatted(ags, category, priority);
    }

    static String submitted(String token, String body) {
        return as(token).body(body).post("/support-requests").then().statusCode(201).extract().path("id");
    }

    private List<String> idsOf(String ags) {
        return as(TestTokens.kopfstelle()).queryParam("ags", ags).get("/support-requests").then().statusCode(200)
                .extract().path("id");
    }

    // --- submitting ---------------------------------------------------------------------------------------

    @Test
    void theHelpdeskSubmitsForAMemberTownAndTheRequestGoesToTheKopfstelleWithItsDueTimes() {
        String town = Members.member(connector);

        as(HELPDESK).body(question(town, "One-off payment")).post("/support-requests")
                .then().statusCode(201)
                .header("Location", containsString("/support-requests/"))
                .body("ags", equalTo(town))
                .body("status", equalTo("NEW"))
                .body("team", equalTo("KOPFSTELLE"))
                .body("channel", equalTo("HELPDESK"))
                .body("submittedBy", equalTo("service-account-prosoz-helpdesk"))
                .body("priority", equalTo("NORMAL"))
                // NORMAL: 8 business hours; Mon 09:00–16:00 = 7 h, then Tue 08:00–09:00 (Berlin)
                .body("sla.firstResponse.dueAt", equalTo("2026-03-03T08:00:00Z"))
                .body("sla.firstResponse.state", equalTo("RUNNING"))
                .body("sla.resolution.allowedHours", equalTo(40.0f));
    }

    @Test
    void aTownThatIsNotAMemberOnTheDayCannotBeSubmittedForAndNothingIsWritten() {
        String future = Members.newTown();
        Members.timeline(connector, future, 1, "{\"validFrom\":\"2026-07-01\"}");
        String former = Members.newTown();
        Members.timeline(connector, former, 1, "{\"validFrom\":\"2019-01-01\",\"validUntil\":\"2026-03-01\"}");

        for (String town : List.of(future, former, Members.newTown())) {
            as(HELPDESK).body(question(town, "x")).post("/support-requests")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("ags"))
                    .body("violations[0].reason", containsString("not a member of the cooperation on 2026-03-02"));
            assertThat(idsOf(town)).isEmpty();
        }
        as(HELPDESK).body(question(null, "x")).post("/support-requests")
                .then().statusCode(400).body("violations[0].field", equalTo("ags"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheOriginalRequestInsteadOfASecondOne() {
        String town = Members.member(connector);
        String key = UUID.randomUUID().toString();

        String first = as(TestTokens.town(town)).header("Idempotency-Key", key).body(question(null, "Payment"))
                .post("/support-requests").then().statusCode(201).extract().path("id");
        as(TestTokens.town(town)).header("Idempotency-Key", key).body(question(null, "Payment"))
                .post("/support-requests")
                .then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));

        assertThat(idsOf(town)).containsExactly(first);
        assertThat(published.events(SupportRequestSubmitted.TYPE))
                .filteredOn(e -> e.data().get("requestId").asText().equals(first)).hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyWithADifferentBodyIsRefusedAndWritesNothing() {
        String town = Members.member(connector);
        String key = UUID.randomUUID().toString();
        submittedWithKey(town, key, "Payment");

        as(TestTokens.town(town)).header("Idempotency-Key", key).body(question(null, "Another question"))
                .post("/support-requests")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("already used for a different request"))
                .body("violations[0].field", equalTo("Idempotency-Key"));

        assertThat(idsOf(town)).hasSize(1);
    }

    private String submittedWithKey(String town, String key, String subject) {
        return as(TestTokens.town(town)).header("Idempotency-Key", key).body(question(null, subject))
                .post("/support-requests").then().statusCode(201).extract().path("id");
    }

    @Test
    void theHelpdesksExternalReferenceIsItsIdempotencyKey() {
        String town = Members.member(connector);
        String reference = "PROSOZ-" + UUID.randomUUID();
        String body = """
                {"ags": "%s", "category": "TECHNICAL_INCIDENT", "subject": "Login fails", "description": "Since 8:00",
                 "externalReference": "%s"}""".formatted(town, reference);

        String first = submitted(HELPDESK, body);
        as(HELPDESK).body(body).post("/support-requests").then().statusCode(200).body("id", equalTo(first));
        as(HELPDESK).header("Idempotency-Key", "retry-1").body(body).post("/support-requests")
                .then().statusCode(200).body("id", equalTo(first));
        as(HELPDESK).body(body.replace("Login fails", "Printing fails")).post("/support-requests")
                .then().statusCode(422).body("violations[0].field", equalTo("externalReference"));

        assertThat(idsOf(town)).containsExactly(first);
    }

    @Test
    void concurrentRetriesWithOneKeyCreateExactlyOneRequest() throws Exception {
        String town = Members.member(connector);
        String body = question(null, "Concurrent");
        HttpRequest post = HttpRequest.newBuilder(endpoint.toURI())
                .header("Authorization", "Bearer " + TestTokens.town(town))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        List<Integer> statuses = Concurrently.send(Collections.nCopies(6, post)).stream()
                .map(HttpResponse::statusCode).toList();

        assertThat(statuses).containsOnly(201, 200).containsOnlyOnce(201);
        assertThat(idsOf(town)).hasSize(1);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndTheReason() {
        String town = Members.member(connector);

        as(TestTokens.town(town)).body("{\"subject\": \"\", \"description\": \"d\"}").post("/support-requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("category", "subject"));
        as(TestTokens.town(town)).body(request(town, "COMPLAINT", "NORMAL")).post("/support-requests")
                .then().statusCode(400).body("violations[0].field", equalTo("category"));
        as(TestTokens.town(town)).body(request(town, "LICENCE_REQUEST", "NORMAL")).post("/support-requests")
                .then().statusCode(400).body("violations[0].field", equalTo("licence"));
        as(TestTokens.town(town)).body("""
                {"category": "LICENCE_REQUEST", "subject": "s", "description": "d",
                 "licence": {"product": "OPEN/PROSOZ", "quantity": 0, "effectiveFrom": "2026-04-01"}}""")
                .post("/support-requests")
                .then().statusCode(400).body("violations[0].field", equalTo("licence.quantity"));
        as(TestTokens.town(town)).header("Idempotency-Key", "k".repeat(201)).body(question(null, "x")).post("/support-requests")
                .then().statusCode(400).body("violations[0].field", equalTo("Idempotency-Key"));
        as(TestTokens.kopfstelle()).queryParam("status", "OPEN").get("/support-requests")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));

        assertThat(idsOf(town)).isEmpty();
    }

    // --- access -------------------------------------------------------------------------------------------

    @Test
    void aTownSubmitsForItselfOnlyAndAnotherTownsRequestDoesNotExistForIt() {
        String own = Members.member(connector);
        String other = Members.member(connector);
        String id = submitted(TestTokens.town(own), question(null, "Own question"));

        as(TestTokens.town(own)).body(question(other, "for the neighbour")).post("/support-requests")
                .then().statusCode(400).body("violations[0].field", equalTo("ags"));
        as(TestTokens.town(own)).get("/support-requests/" + id).then().statusCode(200).body("ags", equalTo(own));
        as(TestTokens.town(other)).get("/support-requests/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("subject", nullValue());
        as(TestTokens.town(other)).get("/support-requests/" + id + "/history").then().statusCode(404);
        as(TestTokens.town(other)).body("{\"text\": \"hello\"}").post("/support-requests/" + id + "/comments")
                .then().statusCode(404);
        as(TestTokens.town(other)).get("/support-requests").then().statusCode(200).body("id", not(hasItem(id)));
        as(TestTokens.town(other)).queryParam("ags", own).get("/support-requests").then().body("id", empty());
    }

    @Test
    void theHelpdeskSeesOnlyWhatItSubmitted() {
        String town = Members.member(connector);
        String byTown = submitted(TestTokens.town(town), question(null, "from the town"));
        String byHelpdesk = submitted(HELPDESK, question(town, "from the helpdesk"));
        String otherClient = TestTokens.user("service-account-other-helpdesk", "helpdesk");

        as(HELPDESK).get("/support-requests/" + byTown).then().statusCode(404);
        as(HELPDESK).get("/support-requests/" + byHelpdesk).then().statusCode(200);
        as(otherClient).get("/support-requests/" + byHelpdesk).then().statusCode(404);
        as(HELPDESK).get("/support-requests").then().body("id", hasItem(byHelpdesk)).body("id", not(hasItem(byTown)));
        as(TestTokens.town(town)).get("/support-requests").then().body("id", hasItem(byHelpdesk)).body("id", hasItem(byTown));
    }

    @Test
    void operatorItSeesItsTechnicalIncidentsAndLicenceRequestsOnlyFromTheOperatorStep() {
        String town = Members.member(connector);
        String question = submitted(TestTokens.town(town), question(null, "question"));
        String incident = submitted(TestTokens.town(town), request(town, "TECHNICAL_INCIDENT", "HIGH"));
        String licence = submitted(TestTokens.town(town), licenceRequest(2));

        as(TestTokens.admin()).get("/support-requests/" + question).then().statusCode(404);
        as(TestTokens.admin()).get("/support-requests/" + incident).then().statusCode(200).body("team", equalTo("OPERATOR_IT"));
        as(TestTokens.admin()).get("/support-requests/" + licence).then().statusCode(404);
        as(TestTokens.admin()).get("/support-requests").then().body("id", hasItem(incident))
                .body("id", not(hasItem(question))).body("id", not(hasItem(licence)));
        as(TestTokens.admin()).post("/support-requests/" + incident + "/start").then().statusCode(200);

        as(TestTokens.kopfstelle()).body("{\"note\": \"approved\"}").post("/support-requests/" + licence + "/forward")
                .then().statusCode(200).body("team", equalTo("OPERATOR_IT"));
        as(TestTokens.admin()).get("/support-requests/" + licence).then().statusCode(200);
        as(TestTokens.finance()).get("/support-requests").then().statusCode(403);
        given().get("/support-requests").then().statusCode(401);
    }

    // --- workflow -------------------------------------------------------------------------------------------

    @Test
    void theWorkflowRunsThroughRestAndAnInvalidTransitionIs409() {
        String town = Members.member(connector);
        String id = submitted(TestTokens.town(town), question(null, "Workflow"));
        String path = "/support-requests/" + id;

        as(TestTokens.town(town)).post(path + "/start").then().statusCode(403);
        as(TestTokens.kopfstelle()).body("{\"assignee\": \"m.mueller\"}").put(path + "/assignee")
                .then().statusCode(200).body("assignee", equalTo("m.mueller"));
        as(TestTokens.kopfstelle()).post(path + "/start").then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        as(TestTokens.kopfstelle()).body("{\"text\": \"probably a config issue\", \"internal\": true}")
                .post(path + "/comments").then().statusCode(200);
        as(TestTokens.kopfstelle()).body("{\"question\": \"Which case number?\"}").post(path + "/wait-for-requester")
                .then().statusCode(200).body("status", equalTo("WAITING_FOR_REQUESTER")).body("sla.paused", equalTo(true));
        as(TestTokens.town(town)).body("{\"text\": \"Case 4711\"}").post(path + "/comments")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("comments.text", contains("Which case number?", "Case 4711"));
        as(TestTokens.kopfstelle()).body("{\"resolution\": \"Fixed the booking rule.\"}").post(path + "/resolve")
                .then().statusCode(200).body("status", equalTo("RESOLVED")).body("reopenableUntil", notNullValue());
        as(TestTokens.town(town)).post(path + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));

        as(TestTokens.kopfstelle()).post(path + "/start")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("CLOSED and cannot become IN_PROGRESS"));
        as(TestTokens.kopfstelle()).body("{\"reason\": \"again\"}").post(path + "/reopen").then().statusCode(409);
        as(TestTokens.kopfstelle()).get(path + "/history").then().statusCode(200)
                .body("change", contains("SUBMITTED", "ASSIGNED", "STARTED", "INTERNAL_NOTE", "WAITING_FOR_REQUESTER",
                        "PUBLIC_REPLY", "RESUMED", "REQUESTER_COMMENT", "RESOLVED", "PUBLIC_REPLY", "CLOSED"))
                .body("actor", hasItem("kopfstelle"));
        as(TestTokens.town(town)).get(path + "/history").then().statusCode(200)
                .body("change", not(hasItem("INTERNAL_NOTE"))).body("change", not(hasItem("ASSIGNED")));
        as(TestTokens.town(town)).get(path).then().body("comments.internal", not(hasItem(true)));
    }

    @Test
    void aResolvedRequestCanBeReopenedWithinThePeriodAndIsClosedAfterIt() {
        String town = Members.member(connector);
        String id = submitted(TestTokens.town(town), question(null, "Reopen"));
        String path = "/support-requests/" + id;
        as(TestTokens.kopfstelle()).body("{\"resolution\": \"Done.\"}").post(path + "/resolve").then().statusCode(200);

        clock.advance(Duration.ofDays(13));
        as(TestTokens.town(town)).body("{\"reason\": \"Still wrong\"}").post(path + "/reopen")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS")).body("resolvedAt", nullValue());
        as(TestTokens.kopfstelle()).body("{\"resolution\": \"Now really.\"}").post(path + "/resolve").then().statusCode(200);
        clock.advance(Duration.ofDays(15));
        as(TestTokens.town(town)).body("{\"reason\": \"Late\"}").post(path + "/reopen")
                .then().statusCode(409).body("detail", containsString("could be reopened until"));

        monitor.closeExpiredResolutions();

        as(TestTokens.town(town)).get(path).then().body("status", equalTo("CLOSED"));
    }

    // --- SLA ----------------------------------------------------------------------------------------------

    @Test
    void waitingForTheRequesterPausesTheClockAndMovesTheDueTime() {
        String town = Members.member(connector);
        String id = submitted(TestTokens.town(town), request(town, "APPLICATION_QUESTION", "CRITICAL"));
        String path = "/support-requests/" + id;
        as(TestTokens.kopfstelle()).get(path).then().body("sla.resolution.dueAt", equalTo("2026-03-03T08:00:00Z"));

        clock.set("2026-03-02T10:00");
        as(TestTokens.kopfstelle()).body("{\"question\": \"Screenshot please\"}").post(path + "/wait-for-requester")
                .then().statusCode(200)
                .body("sla.resolution.state", equalTo("PAUSED"))
                .body("sla.resolution.dueAt", nullValue())
                .body("sla.firstResponse.state", equalTo("MET"));
        clock.set("2026-03-03T10:00");
        as(TestTokens.town(town)).body("{\"text\": \"attached\"}").post(path + "/comments").then().statusCode(200);

        // CRITICAL resolution: 8 business hours; 1 h before the pause, then Tue 10:00–16:00, then Wed 08:00–09:00
        as(TestTokens.kopfstelle()).get(path).then()
                .body("sla.resolution.state", equalTo("RUNNING"))
                .body("sla.resolution.elapsedHours", equalTo(1.0f))
                .body("sla.resolution.dueAt", equalTo("2026-03-04T08:00:00Z"));
    }

    @Test
    void aBreachedTargetIsShownAndPublishedOnceAsSlaBreached() {
        String town = Members.member(connector);
        String id = submitted(HELPDESK, request(town, "TECHNICAL_INCIDENT", "CRITICAL"));

        clock.set("2026-03-02T10:30");   // CRITICAL: first response within 1 business hour
        monitor.checkBreaches();
        monitor.checkBreaches();

        List<Published.Event> breaches = published.events(SlaBreached.TYPE).stream()
                .filter(e -> e.data().get("requestId").asText().equals(id)).toList();
        assertThat(breaches).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo(town);
            assertThat(e.data().get("target").asText()).isEqualTo("FIRST_RESPONSE");
            assertThat(e.data().get("dueAt").asText()).isEqualTo("2026-03-02T09:00:00Z");
            assertThat(e.data().get("team").asText()).isEqualTo("OPERATOR_IT");
        });
        as(TestTokens.admin()).get("/support-requests/" + id).then()
                .body("sla.firstResponse.state", equalTo("BREACHED"))
                .body("sla.firstResponse.breachedAt", equalTo("2026-03-02T09:30:00Z"))
                .body("sla.resolution.state", equalTo("RUNNING"));

        as(TestTokens.admin()).body("{\"text\": \"Looking into it\"}").post("/support-requests/" + id + "/comments")
                .then().statusCode(200).body("sla.firstResponse.state", equalTo("BREACHED"));
        assertThat(published.events(SlaBreached.TYPE)).filteredOn(e -> e.data().get("requestId").asText().equals(id))
                .hasSize(1);
    }

    @Test
    void theScheduledCheckSelectsOnlyRequestsWhoseTargetIsDue() {
        String town = Members.member(connector);
        UUID id = UUID.fromString(submitted(TestTokens.town(town), request(town, "APPLICATION_QUESTION", "CRITICAL")));

        assertThat(requests.breachCandidates()).doesNotContain(id);   // CRITICAL first response is due at 10:00

        clock.set("2026-03-02T10:30");
        assertThat(requests.breachCandidates()).contains(id);

        monitor.checkBreaches();   // reported, and the next check planned at the resolution target
        assertThat(requests.breachCandidates()).doesNotContain(id);
    }

    @Test
    void aLateAnswerBeforeTheScheduledCheckStillPublishesTheBreach() {
        String town = Members.member(connector);
        String id = submitted(TestTokens.town(town), request(town, "APPLICATION_QUESTION", "CRITICAL"));

        clock.set("2026-03-02T11:00");
        as(TestTokens.kopfstelle()).body("{\"text\": \"Here you go\"}").post("/support-requests/" + id + "/comments")
                .then().statusCode(200);

        assertThat(published.events(SlaBreached.TYPE)).filteredOn(e -> e.data().get("requestId").asText().equals(id))
                .extracting(e -> e.data().get("target").asText()).containsExactly("FIRST_RESPONSE");
    }

    // --- licences -------------------------------------------------------------------------------------------

    static String licenceRequest(int quantity) {
        return """
                {"category": "LICENCE_REQUEST", "subject": "Two more users", "description": "New colleagues",
                 "licence": {"product": "OPEN/PROSOZ named user", "quantity": %d, "effectiveFrom": "2026-04-01"}}"""
                .formatted(quantity);
    }

    @Test
    void aGrantedLicenceRequestPublishesLicenceChangedForCosting() {
        String town = Members.member(connector);
        String id = submitted(TestTokens.town(town), licenceRequest(2));
        String path = "/support-requests/" + id;

        as(TestTokens.kopfstelle()).body("{\"resolution\": \"granted\"}").post(path + "/resolve")
                .then().statusCode(409).body("detail", containsString("forward it first"));
        as(TestTokens.kopfstelle()).post(path + "/forward").then().statusCode(200);
        as(TestTokens.admin()).body("{\"resolution\": \"One licence granted\", \"grantedQuantity\": 1}")
                .post(path + "/resolve")
                .then().statusCode(200).body("status", equalTo("RESOLVED"))
                .body("licence.grantedQuantity", equalTo(1)).body("licence.grantedFrom", equalTo("2026-04-01"));

        List<Published.Event> changes = published.events(LicenceChanged.TYPE);
        assertThat(changes).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo(town);
            assertThat(e.subject()).isEqualTo(town);
            assertThat(e.source()).isEqualTo("/ikz/support-service");
            assertThat(e.data().get("requestId").asText()).isEqualTo(id);
            assertThat(e.data().get("ags").asText()).isEqualTo(town);
            assertThat(e.data().get("product").asText()).isEqualTo("OPEN/PROSOZ named user");
            assertThat(e.data().get("quantity").asInt()).isEqualTo(1);
            assertThat(e.data().get("effectiveFrom").asText()).isEqualTo("2026-04-01");
        });
        as(TestTokens.town(town)).body("{\"reason\": \"we wanted 2\"}").post(path + "/reopen").then().statusCode(409);
    }

    @Test
    void aRejectedLicenceRequestPublishesNothing() {
        String town = Members.member(connector);
        String id = submitted(TestTokens.town(town), licenceRequest(5));

        as(TestTokens.kopfstelle()).body("{\"reason\": \"not needed\"}").post("/support-requests/" + id + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));

        assertThat(published.events(LicenceChanged.TYPE)).isEmpty();
    }
}
