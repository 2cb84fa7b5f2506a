package de.kreisunna.ikz.support.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.kreisunna.ikz.support.Members;
import de.kreisunna.ikz.support.TestClock;
import de.kreisunna.ikz.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks as the helpdesk's receiver sees them: signed per Standard Webhooks (checked by the test's own
 * implementation of the receiver side), in order per request, retried with backoff, paused after a run of
 * failures and resumed, signed twice during a secret rotation, and never carrying another client's changes,
 * internal notes or free text.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final List<String> ALL_TYPES = List.of("support-request.submitted", "support-request.status-changed",
            "support-request.resolved", "support-request.public-reply", "support-request.comment-added",
            "support-request.sla-breached", "support-request.updated");

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    TestClock clock;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    MeterRegistry metrics;

    private final List<Receiver> receivers = new ArrayList<>();
    private final List<String> subscriptions = new ArrayList<>();

    @BeforeEach
    void mondayMorning() {
        clock.set("2026-03-02T09:00");
    }

    @AfterEach
    void endSubscriptions() {
        subscriptions.forEach(id -> as(TestTokens.admin()).delete("/webhook-subscriptions/" + id));
        receivers.forEach(Receiver::close);
    }

    // --- signing and order ---------------------------------------------------------------------------------

    @Test
    void everyPublicChangeOfARequestWorkedToClosedArrivesSignedInOrderWithoutFreeTextOrInternalNotes() throws Exception {
        String town = Members.member(connector);
        String helpdesk = newHelpdeskClient();
        String secret = newSecret();
        Receiver receiver = newReceiver();
        subscribe(helpdesk, receiver, secret, ALL_TYPES);

        String id = submit(helpdesk, town);
        as(TestTokens.kopfstelle()).post(path(id, "start")).then().statusCode(200);
        as(TestTokens.kopfstelle()).body("{\"text\": \"Caller sounded stressed\", \"internal\": true}")
                .post(path(id, "comments")).then().statusCode(200);
        as(TestTokens.kopfstelle()).body("{\"assignee\": \"m.muster\"}").put(path(id, "assignee")).then().statusCode(200);
        as(TestTokens.kopfstelle()).body("{\"question\": \"Which case number?\"}")
                .post(path(id, "wait-for-requester")).then().statusCode(200);
        as(token(helpdesk)).body("{\"text\": \"Case 4711\"}").post(path(id, "comments")).then().statusCode(200);
        as(TestTokens.kopfstelle()).body("{\"resolution\": \"Booked as one-off payment\"}")
                .post(path(id, "resolve")).then().statusCode(200);
        as(token(helpdesk)).post(path(id, "close")).then().statusCode(200);

        dispatcher.dispatchDue();

        List<Receiver.Received> got = receiver.accepted();
        assertThat(got).extracting(r -> JsonPath.from(r.body()).getString("data.change")).containsExactly(
                "SUBMITTED", "STARTED", "WAITING_FOR_REQUESTER", "PUBLIC_REPLY", "RESUMED", "REQUESTER_COMMENT",
                "RESOLVED", "PUBLIC_REPLY", "CLOSED");
        assertThat(got).extracting(r -> JsonPath.from(r.body()).getString("type")).containsExactly(
                "support-request.submitted", "support-request.status-changed", "support-request.status-changed",
                "support-request.public-reply", "support-request.status-changed", "support-request.comment-added",
                "support-request.resolved", "support-request.public-reply", "support-request.status-changed");
        assertThat(got).extracting(r -> JsonPath.from(r.body()).getString("data.status")).containsExactly(
                "NEW", "IN_PROGRESS", "WAITING_FOR_REQUESTER", "WAITING_FOR_REQUESTER", "IN_PROGRESS", "IN_PROGRESS",
                "RESOLVED", "RESOLVED", "CLOSED");
        for (Receiver.Received message : got) {
            assertThat(StandardWebhooksCheck.verifies(secret, message, clock.instant())).as(message.body()).isTrue();
            assertThat(StandardWebhooksCheck.verifies(newSecret(), message, clock.instant())).isFalse();
            assertThat(message.header("content-type")).startsWith("application/json");
            assertThat(JsonPath.from(message.body()).getString("data.requestId")).isEqualTo(id);
            assertThat(message.body()).doesNotContain("stressed", "m.muster", "Which case number", "4711",
                    "one-off payment", "How do I book");
        }
        assertThat(got).extracting(r -> r.header("webhook-id")).doesNotHaveDuplicates();

        // a message altered on the way no longer verifies
        Receiver.Received first = got.get(0);
        var tampered = new Receiver.Received(first.headers(), first.body().replace("SUBMITTED", "CLOSED"), 200);
        assertThat(StandardWebhooksCheck.verifies(secret, tampered, clock.instant())).isFalse();
        // nor does one replayed much later
        assertThat(StandardWebhooksCheck.verifies(secret, first, clock.instant().plus(Duration.ofMinutes(10)))).isFalse();

        // the feed from the start gives the helpdesk exactly what its receiver got
        assertThat(feedFromStart(token(helpdesk))).isEqualTo(got.stream().map(Receiver.Received::body)
                .map(b -> JsonPath.from(b).getString("data.changeId")).toList());
    }

    @Test
    void deliveriesGoOnlyToTheSubmittingClientsSubscriptionsForTheTypesItChose() throws Exception {
        String town = Members.member(connector);
        String helpdesk = newHelpdeskClient();
        String other = newHelpdeskClient();
        Receiver own = newReceiver();
        Receiver foreign = newReceiver();
        subscribe(helpdesk, own, newSecret(), List.of("support-request.public-reply"));
        subscribe(other, foreign, newSecret(), ALL_TYPES);

        String id = submit(helpdesk, town);
        as(TestTokens.kopfstelle()).body("{\"text\": \"Looking into it\"}").post(path(id, "comments")).then().statusCode(200);
        as(TestTokens.kopfstelle()).body("{\"text\": \"internal remark\", \"internal\": true}")
                .post(path(id, "comments")).then().statusCode(200);
        as(TestTokens.town(town)).body(question(town)).post("/support-requests").then().statusCode(201);

        dispatcher.dispatchDue();

        assertThat(own.accepted()).extracting(r -> JsonPath.from(r.body()).getString("type"))
                .containsExactly("support-request.public-reply");
        assertThat(foreign.all()).isEmpty();
    }

    @Test
    void theScheduledLookFindsADeliveryOnlyWhileOneIsDueSoIdleTicksEndWithoutDispatching() throws Exception {
        String town = Members.member(connector);
        String helpdesk = newHelpdeskClient();
        Receiver receiver = newReceiver();
        receiver.answer(body -> 500);
        subscribe(helpdesk, receiver, newSecret(), ALL_TYPES);
        assertThat(dispatcher.anythingDue()).as("nothing submitted yet").isFalse();

        submit(helpdesk, town);
        assertThat(dispatcher.anythingDue()).as("the submission's delivery").isTrue();

        dispatcher.dispatchDue();
        assertThat(receiver.all()).hasSize(1);
        assertThat(dispatcher.anythingDue()).as("the retry waits 5 to 10 s").isFalse();
        clock.advance(Duration.ofSeconds(11));
        assertThat(dispatcher.anythingDue()).as("the retry is due").isTrue();
    }

    // --- retries, order under failure, pause and resume ------------------------------------------------------

    @Test
    void aFailedDeliveryIsRetriedWithGrowingDelaysUnderTheSameIdAndTheLogShowsEveryAttempt() throws Exception {
        double rejectedBefore = deliveries("rejected");
        double deliveredBefore = deliveries("delivered");
        String town = Members.member(connector);
        String helpdesk = newHelpdeskClient();
        String secret = newSecret();
        Receiver receiver = newReceiver();
        receiver.answer(body -> 500);
        String subscription = subscribe(helpdesk, receiver, secret, ALL_TYPES);
        submit(helpdesk, town);

        dispatcher.dispatchDue();
        assertThat(receiver.all()).hasSize(1);
        dispatcher.dispatchDue();
        assertThat(receiver.all()).as("not due before the backoff has passed").hasSize(1);

        clock.advance(Duration.ofSeconds(4));     // the first retry waits 5 to 10 s (base 10 s, jitter)
        dispatcher.dispatchDue();
        assertThat(receiver.all()).hasSize(1);
        clock.advance(Duration.ofSeconds(7));
        dispatcher.dispatchDue();
        assertThat(receiver.all()).hasSize(2);

        receiver.answer(body -> 204);
        clock.advance(Duration.ofSeconds(9));     // the second retry waits 10 to 20 s
        dispatcher.dispatchDue();
        assertThat(receiver.all()).hasSize(2);
        clock.advance(Duration.ofSeconds(12));
        dispatcher.dispatchDue();
        assertThat(receiver.all()).hasSize(3);

        assertThat(receiver.all()).extracting(r -> r.header("webhook-id")).containsOnly(receiver.all().get(0).header("webhook-id"));
        assertThat(receiver.all()).extracting(Receiver.Received::body).containsOnly(receiver.all().get(0).body());
        assertThat(receiver.all()).allMatch(r -> StandardWebhooksCheck.verifies(secret, r, clock.instant()));
        JsonPath log = as(TestTokens.admin()).get("/webhook-subscriptions/" + subscription + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
        assertThat(log.getList("")).hasSize(1);
        assertThat(log.getString("[0].state")).isEqualTo("DELIVERED");
        assertThat(log.getInt("[0].attempts")).isEqualTo(3);
        assertThat(log.getList("[0].log.statusCode", Integer.class)).containsExactly(500, 500, 204);
        assertThat(log.getList("[0].log.latencyMs", Long.class)).allMatch(ms -> ms >= 0);
        assertThat(log.getString("[0].log[0].error")).isEqualTo("answered 500");
        assertThat(deliveries("rejected") - rejectedBefore).as("ikz_webhook_deliveries_total{outcome=rejected}").isEqualTo(2);
        assertThat(deliveries("delivered") - deliveredBefore).as("ikz_webhook_deliveries_total{outcome=delivered}").isEqualTo(1);
    }

    private double deliveries(String outcome) {
        var counter = metrics.find("ikz.webhook.deliveries").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aLaterChangeWaitsForTheEarlierOneOfItsRequestWhileOtherRequestsAreDelivered() throws Exception {
        String town = Members.member(connector);
        String helpdesk = newHelpdeskClient();
        Receiver receiver = newReceiver();
        String subscription = subscribe(helpdesk, receiver, newSecret(), ALL_TYPES);
        String stuck = submit(helpdesk, town);
        as(TestTokens.kopfstelle()).post(path(stuck, "start")).then().statusCode(200);
        String fine = submit(helpdesk, town);
        receiver.answer(body -> body.contains(stuck) ? 503 : 200);

        dispatcher.dispatchDue();

        assertThat(receiver.all()).extracting(r -> JsonPath.from(r.body()).getString("data.requestId"))
                .containsExactly(stuck, fine);
        receiver.answer(body -> 200);
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertThat(receiver.accepted()).extracting(r -> JsonPath.from(r.body()).getString("data.requestId") + " "
                + JsonPath.from(r.body()).getString("data.change"))
                .containsExactly(fine + " SUBMITTED", stuck + " SUBMITTED", stuck + " STARTED");
        as(TestTokens.admin()).get("/webhook-subscriptions/" + subscription + "/deliveries").then().statusCode(200)
                .body("findAll { it.requestId == '" + stuck + "' }.attempts", equalTo(List.of(1, 2)));
    }

    @Test
    void aSubscriptionPausesAfterARunOfFailuresAndAfterResumingReceivesEverythingInOrder() throws Exception {
        String town = Members.member(connector);
        String helpdesk = newHelpdeskClient();
        Receiver receiver = newReceiver();
        receiver.answer(body -> 503);
        String subscription = subscribe(helpdesk, receiver, newSecret(), ALL_TYPES);
        String id = submit(helpdesk, town);
        as(TestTokens.kopfstelle()).post(path(id, "start")).then().statusCode(200);

        for (int attempt = 1; attempt <= 3; attempt++) {   // pause-after-failures is 3 in tests
            dispatcher.dispatchDue();
            clock.advance(Duration.ofMinutes(2));
        }
        as(TestTokens.admin()).get("/webhook-subscriptions/" + subscription).then().statusCode(200)
                .body("paused", equalTo(true)).body("pauseReason", equalTo("3 failed attempts in a row"));
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatchDue();
        assertThat(receiver.all()).as("a paused subscription is not attempted").hasSize(3);

        receiver.answer(body -> 200);
        as(TestTokens.admin()).post("/webhook-subscriptions/" + subscription + "/resume").then().statusCode(200)
                .body("paused", equalTo(false)).body("consecutiveFailures", equalTo(0));
        dispatcher.dispatchDue();

        assertThat(receiver.accepted()).extracting(r -> JsonPath.from(r.body()).getString("data.change"))
                .containsExactly("SUBMITTED", "STARTED");
    }

    @Test
    void anAdministratorPausesASubscriptionAndNothingIsSentUntilItIsResumed() throws Exception {
        String town = Members.member(connector);
        String helpdesk = newHelpdeskClient();
        Receiver receiver = newReceiver();
        String subscription = subscribe(helpdesk, receiver, newSecret(), ALL_TYPES);
        as(TestTokens.admin()).body("{\"reason\": \"receiver maintenance\"}")
                .post("/webhook-subscriptions/" + subscription + "/pause").then().statusCode(200)
                .body("paused", equalTo(true)).body("pauseReason", equalTo("receiver maintenance"));
        submit(helpdesk, town);
        dispatcher.dispatchDue();
        assertThat(receiver.all()).isEmpty();

        as(TestTokens.admin()).post("/webhook-subscriptions/" + subscription + "/resume").then().statusCode(200);
        dispatcher.dispatchDue();
        assertThat(receiver.accepted()).hasSize(1);
    }

    // --- secret rotation -----------------------------------------------------------------------------------

    @Test
    void duringARotationsOverlapBothSecretsSignAndAfterItOnlyTheNewOne() throws Exception {
        String town = Members.member(connector);
        String helpdesk = newHelpdeskClient();
        String oldSecret = newSecret();
        String newSecret = newSecret();
        Receiver receiver = newReceiver();
        String subscription = subscribe(helpdesk, receiver, oldSecret, ALL_TYPES);
        as(TestTokens.admin()).body("{\"secret\": \"" + newSecret + "\", \"overlap\": \"PT1H\"}")
                .post("/webhook-subscriptions/" + subscription + "/secret-rotation").then().statusCode(200)
                .body("secret", equalTo(newSecret))
                .body("previousSecretValidUntil", equalTo(clock.instant().plus(Duration.ofHours(1)).toString()));
        as(TestTokens.admin()).get("/webhook-subscriptions/" + subscription).then().statusCode(200)
                .body("secret", equalTo(null));

        String id = submit(helpdesk, town);
        dispatcher.dispatchDue();
        Receiver.Received during = receiver.accepted().get(0);
        assertThat(during.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(StandardWebhooksCheck.verifies(oldSecret, during, clock.instant())).isTrue();
        assertThat(StandardWebhooksCheck.verifies(newSecret, during, clock.instant())).isTrue();

        clock.advance(Duration.ofMinutes(61));
        as(TestTokens.kopfstelle()).post(path(id, "start")).then().statusCode(200);
        dispatcher.dispatchDue();
        Receiver.Received after = receiver.accepted().get(1);
        assertThat(after.header("webhook-signature").split(" ")).hasSize(1);
        assertThat(StandardWebhooksCheck.verifies(newSecret, after, clock.instant())).isTrue();
        assertThat(StandardWebhooksCheck.verifies(oldSecret, after, clock.instant())).isFalse();
    }

    // --- administration ------------------------------------------------------------------------------------

    @Test
    void onlyOperatorItRegistersAndBadSubscriptionsAreRefusedNamingTheField() {
        String body = "{\"client\": \"x\", \"url\": \"https://helpdesk.example/hook\", \"eventTypes\": [\"support-request.submitted\"]}";
        as(TestTokens.kopfstelle()).body(body).post("/webhook-subscriptions").then().statusCode(403);
        as(token("service-account-prosoz-helpdesk")).body(body).post("/webhook-subscriptions").then().statusCode(403);

        refused("{\"client\": \"x\", \"url\": \"http://helpdesk.example/hook\", \"eventTypes\": [\"support-request.submitted\"]}", "url");
        refused("{\"client\": \"x\", \"url\": \"https://user:pw@helpdesk.example/hook\", \"eventTypes\": [\"support-request.submitted\"]}", "url");
        refused("{\"client\": \"x\", \"url\": \"https://helpdesk.example/hook\", \"eventTypes\": [\"support-request.internal\"]}", "eventTypes");
        refused("{\"client\": \"x\", \"url\": \"https://helpdesk.example/hook\", \"eventTypes\": [\"support-request.submitted\"], \"secret\": \"plain\"}", "secret");
        refused("{\"client\": \"x\", \"url\": \"https://helpdesk.example/hook\", \"eventTypes\": [\"support-request.submitted\"], \"secret\": \"whsec_c2hvcnQ=\"}", "secret");

        String generated = as(TestTokens.admin()).body(body).post("/webhook-subscriptions").then().statusCode(201)
                .extract().path("secret");
        subscriptions.add(as(TestTokens.admin()).get("/webhook-subscriptions").then().statusCode(200).extract()
                .jsonPath().getString("find { it.client == 'x' }.id"));
        assertThat(generated).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(generated.substring(6))).hasSize(32);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private void refused(String body, String field) {
        as(TestTokens.admin()).body(body).post("/webhook-subscriptions").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo(field));
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String token(String client) {
        return TestTokens.user(client, "helpdesk");
    }

    static String path(String id, String action) {
        return "/support-requests/" + id + "/" + action;
    }

    static String question(String town) {
        return """
                {"ags": "%s", "category": "APPLICATION_QUESTION", "subject": "One-off payment",
                 "description": "How do I book a one-off payment?"}""".formatted(town);
    }

    static String submit(String helpdesk, String town) {
        return as(token(helpdesk)).body(question(town)).post("/support-requests").then().statusCode(201)
                .extract().path("id");
    }

    /** A helpdesk client of its own, so the test sees only its requests. */
    static String newHelpdeskClient() {
        return "service-account-helpdesk-" + CLIENTS.incrementAndGet() + "-" + System.nanoTime();
    }

    static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    private Receiver newReceiver() throws Exception {
        Receiver receiver = new Receiver();
        receivers.add(receiver);
        return receiver;
    }

    private String subscribe(String client, Receiver receiver, String secret, List<String> types) {
        String id = as(TestTokens.admin()).body(new SubscriptionBody(client, receiver.url(), types, secret))
                .post("/webhook-subscriptions").then().statusCode(201).extract().path("id");
        subscriptions.add(id);
        return id;
    }

    record SubscriptionBody(String client, String url, List<String> eventTypes, String secret) {
    }

    /** The change ids of the caller's whole feed, read page by page from the start. */
    static List<String> feedFromStart(String token) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        while (true) {
            RequestSpecification request = as(token).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/support-requests/changes").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("changes.data.changeId", String.class));
            cursor = page.getString("cursor");
            if (!page.getBoolean("more")) {
                return ids;
            }
        }
    }
}
