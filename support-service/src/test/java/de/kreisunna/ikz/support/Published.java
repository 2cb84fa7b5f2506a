package de.kreisunna.ikz.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.platform.outbox.OutboxRelay;
import de.kreisunna.ikz.testing.EventSchemas;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * What support-service published: relays the outbox into the in-memory sink of {@code outbox-events} and reads
 * it back. Every event read is checked against this service's JSON Schema for its type.
 */
public final class Published {

    /** The event types of this service and their schema files. */
    public static final Map<String, String> SCHEMAS = Map.of(
            "ikz.support.LicenceChanged.v1", "licence-changed.v1.json",
            "ikz.support.SlaBreached.v1", "sla-breached.v1.json",
            "ikz.support.TrainingSessionCancelled.v1", "training-session-cancelled.v1.json",
            "ikz.support.TrainingRegistrationPromoted.v1", "training-registration-promoted.v1.json",
            "ikz.support.OnboardingCaseOpened.v1", "onboarding-case-opened.v1.json",
            "ikz.support.SupportRequestSubmitted.v1", "support-request-submitted.v1.json");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One published event: CloudEvents type and subject, Kafka key, JSON data. */
    public record Event(String type, String subject, String key, String source, JsonNode data) {
    }

    private final OutboxRelay relay;
    private final InMemorySink<String> sink;

    public Published(OutboxRelay relay, InMemoryConnector connector) {
        this.relay = relay;
        this.sink = connector.sink(OutboxRelay.CHANNEL);
    }

    /** Publishes and forgets what earlier tests left in the outbox. */
    public void drain() {
        relay.relayPending();
        sink.clear();
    }

    /** Relays what is pending and returns everything published since the last drain, each checked against its schema. */
    public List<Event> events() {
        relay.relayPending();
        return sink.received().stream().map(Published::read).toList();
    }

    public List<Event> events(String type) {
        return events().stream().filter(e -> e.type().equals(type)).toList();
    }

    private static Event read(Message<String> message) {
        OutgoingCloudEventMetadata<?> ce = message.getMetadata(OutgoingCloudEventMetadata.class).orElseThrow();
        String schema = SCHEMAS.get(ce.getType());
        assertThat(schema).as("schema of published type " + ce.getType()).isNotNull();
        assertThat(EventSchemas.violations(EventSchemas.of("support-service", schema), message.getPayload()))
                .as(ce.getType() + " " + message.getPayload()).isEmpty();
        Object key = message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey();
        try {
            return new Event(ce.getType(), ce.getSubject().orElse(null), (String) key, ce.getSource().toString(),
                    JSON.readTree(message.getPayload()));
        } catch (Exception e) {
            throw new AssertionError("published payload is not JSON: " + message.getPayload(), e);
        }
    }
}
