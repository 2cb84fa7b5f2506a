package de.kreisunna.ikz.membership.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.platform.outbox.OutboxRelay;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With relay-on-commit (the production setting), a change reaches the channel without waiting for the schedule. */
@QuarkusTest
@TestProfile(RelayOnCommitTest.RelayOnCommit.class)
class RelayOnCommitTest {

    public static class RelayOnCommit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ikz.outbox.relay-on-commit", "true");
        }
    }

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager em;

    @Test
    void aCommittedChangeIsRelayedAtOnceWithoutTheScheduledRelay() throws InterruptedException {
        InMemorySink<String> sink = connector.sink(OutboxRelay.CHANNEL);
        sink.clear();

        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"ags\":\"05978871\",\"name\":\"Teststadt Relay\"}")
                .post("/municipalities").then().statusCode(201);

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (sink.received().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(sink.received()).extracting(m -> m.getPayload()).anySatisfy(p -> assertThat(p).contains("05978871"));
    }

    @Test
    void theRelayHoldsItsLockInASessionWithoutAnOpenTransactionAndMarksWhatWasAcknowledged() throws InterruptedException {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"ags\":\"05978872\",\"name\":\"Teststadt Lock\"}")
                .post("/municipalities").then().statusCode(201);

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (unpublished() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(unpublished()).isZero();
        List<String> holders = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT a.state FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.objid = 7417001 AND l.granted""").getResultList())
                .stream().map(String::valueOf).toList();
        assertThat(holders).as("one session holds the relay lock and is idle, not idle in transaction")
                .containsExactly("idle");
    }

    private long unpublished() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL").getSingleResult())
                .longValue());
    }
}
