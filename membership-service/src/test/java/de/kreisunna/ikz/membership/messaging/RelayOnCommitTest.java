package de.kreisunna.ikz.membership.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.platform.outbox.OutboxRelay;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
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
}
