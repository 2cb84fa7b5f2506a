package de.kreisunna.ikz.membership;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import java.util.List;

/** An event as the relay sent it to the in-memory channel: CloudEvent type, subject, Kafka key and JSON data. */
public record Published(String type, String subject, Object key, String payload) {

    public static List<Published> from(InMemorySink<String> sink) {
        return sink.received().stream().map(m -> {
            OutgoingCloudEventMetadata<?> ce = m.getMetadata(OutgoingCloudEventMetadata.class).orElseThrow();
            Object key = m.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey();
            return new Published(ce.getType(), ce.getSubject().orElse(null), key, m.getPayload());
        }).toList();
    }

    public static List<Published> of(InMemorySink<String> sink, String type, String subject) {
        return from(sink).stream().filter(p -> p.type().equals(type) && subject.equals(p.subject())).toList();
    }
}
