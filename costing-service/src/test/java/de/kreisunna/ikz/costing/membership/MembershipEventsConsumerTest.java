package de.kreisunna.ikz.costing.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.kreisunna.ikz.membership.projection.MembershipChangedV1;
import de.kreisunna.ikz.membership.projection.MembershipEventsConsumer;
import de.kreisunna.ikz.testing.TestEvents;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MembershipEventsConsumerTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager em;

    private InMemorySource<Message<String>> topic;

    @BeforeEach
    void connect() {
        topic = connector.source(MembershipEventsConsumer.CHANNEL);
    }

    @Test
    void aTimelineEventBecomesVisibleInThisServicesProjection() {
        deliver(UUID.randomUUID().toString(), timeline("05978801", 1, "{\"validFrom\":\"2090-01-01\",\"validUntil\":null}"));

        given().auth().oauth2(TestTokens.finance()).get("/members/05978801")
                .then().statusCode(200)
                .body("revision", equalTo(1))
                .body("memberships.validFrom", contains("2090-01-01"));
        given().auth().oauth2(TestTokens.finance()).get("/members?at=2090-01-01")
                .then().body("ags", hasItem("05978801"));
        given().auth().oauth2(TestTokens.finance()).get("/members?at=2089-12-31")
                .then().body("ags", not(hasItem("05978801")));
    }

    @Test
    void theSameEventDeliveredTwiceIsProcessedOnce() {
        String id = UUID.randomUUID().toString();
        String data = timeline("05978802", 1, "{\"validFrom\":\"2090-01-01\"}");

        assertThat(deliver(id, data)).isEmpty();
        assertThat(deliver(id, data)).isEmpty();

        assertThat(processedCount(id)).isEqualTo(1);
        given().auth().oauth2(TestTokens.finance()).get("/members/05978802")
                .then().body("memberships", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void anOlderOrEqualRevisionChangesNothing() {
        deliver(UUID.randomUUID().toString(), timeline("05978803", 2,
                "{\"validFrom\":\"2090-01-01\",\"validUntil\":\"2091-12-31\"},{\"validFrom\":\"2092-01-01\"}"));

        deliver(UUID.randomUUID().toString(), timeline("05978803", 1, "{\"validFrom\":\"2090-01-01\"}"));
        deliver(UUID.randomUUID().toString(), timeline("05978803", 2, "{\"validFrom\":\"2095-01-01\"}"));

        given().auth().oauth2(TestTokens.finance()).get("/members/05978803")
                .then().body("revision", equalTo(2))
                .body("memberships.validFrom", contains("2090-01-01", "2092-01-01"));
    }

    @Test
    void unknownFieldsAreToleratedAndUnknownEventTypesSkippedWithoutTouchingTheDatabase() {
        String data = "{\"ags\":\"05978804\",\"name\":\"Teststadt\",\"revision\":1,\"agreement\":\"x\","
                + "\"periods\":[{\"validFrom\":\"2090-01-01\",\"role\":\"MEMBER\"}]}";
        assertThat(deliver(UUID.randomUUID().toString(), data)).isEmpty();

        String otherId = UUID.randomUUID().toString();
        var other = TestEvents.tracked(TestEvents.cloudEvent(otherId, "ikz.membership.ResolutionRecorded.v1", "05978", "{}"));
        topic.send(other.message());

        assertThat(other.awaitOutcome()).isEmpty();
        assertThat(processedCount(otherId)).as("a skipped type opens no transaction, so it leaves no processed_event row")
                .isZero();
        given().auth().oauth2(TestTokens.finance()).get("/members/05978804").then().statusCode(200);
    }

    @Test
    void malformedEventsAreRejectedForTheDeadLetterTopicAndLeaveNoTrace() {
        String id = UUID.randomUUID().toString();

        Optional<Throwable> notJson = deliver(id, "{not json");
        Optional<Throwable> noAgs = deliver(UUID.randomUUID().toString(), "{\"name\":\"x\",\"revision\":1,\"periods\":[]}");
        var notACloudEvent = TestEvents.tracked(Message.of("{}"));
        topic.send(notACloudEvent.message());

        assertThat(notJson).isPresent();
        assertThat(noAgs).get().extracting(Throwable::getMessage).asString().contains("ags");
        assertThat(notACloudEvent.awaitOutcome()).isPresent();
        assertThat(processedCount(id)).isZero();
    }

    @Test
    void theProjectionIsReadOnlyForTownsOwnDataAndNeedsAToken() {
        deliver(UUID.randomUUID().toString(), timeline("05978805", 1, "{\"validFrom\":\"2090-01-01\"}"));

        given().get("/members/05978805").then().statusCode(401);
        given().auth().oauth2(TestTokens.town("05978805")).get("/members/05978805").then().statusCode(200);
        given().auth().oauth2(TestTokens.town("05978004")).get("/members/05978805").then().statusCode(404);
        given().auth().oauth2(TestTokens.town("05978805")).get("/members")
                .then().body("ags", contains("05978805"));
        given().auth().oauth2(TestTokens.user("prosoz-helpdesk", "helpdesk")).get("/members").then().statusCode(403);
        given().auth().oauth2(TestTokens.finance()).get("/members?at=yesterday").then().statusCode(400)
                .body("violations[0].field", equalTo("at"));
    }

    private Optional<Throwable> deliver(String id, String data) {
        var delivery = TestEvents.tracked(TestEvents.cloudEvent(id, MembershipChangedV1.TYPE, "subject", data));
        topic.send(delivery.message());
        return delivery.awaitOutcome();
    }

    private long processedCount(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }

    private static String timeline(String ags, long revision, String periods) {
        return "{\"ags\":\"" + ags + "\",\"name\":\"Teststadt " + ags + "\",\"revision\":" + revision
                + ",\"periods\":[" + periods + "]}";
    }
}
