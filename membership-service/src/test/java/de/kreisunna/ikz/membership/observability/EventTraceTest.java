package de.kreisunna.ikz.membership.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.kreisunna.ikz.membership.TestApi;
import de.kreisunna.ikz.platform.observability.Traceparent;
import de.kreisunna.ikz.platform.outbox.OutboxRelay;
import de.kreisunna.ikz.testing.InMemorySpans;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/**
 * The producer half of a trace across Kafka: the outbox row of a membership change holds the traceparent of the
 * request that wrote it, and the relay hands that context to the Kafka connector (which writes it into the
 * record's {@code traceparent} header). The consumer half is costing's and support's {@code EventTraceTest}; the
 * whole trace over a real broker is shown by system-tests' {@code TracingIT}.
 */
@QuarkusTest
class EventTraceTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theOutboxRowAndTheRelayedEventCarryTheTraceOfTheRequestThatWroteThem() {
        String traceId = InMemorySpans.randomTraceId();
        String callerSpanId = InMemorySpans.randomSpanId();
        String ags = "09%06d".formatted(ThreadLocalRandom.current().nextInt(900_000, 999_999));
        InMemorySink<String> sink = connector.sink(OutboxRelay.CHANNEL);
        sink.clear();

        TestApi.asAdmin().header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .body(Map.of("ags", ags, "name", "Teststadt Trace", "kind", "STADT"))
                .post("/municipalities").then().statusCode(201);

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT traceparent FROM outbox_event WHERE subject = ?1").setParameter(1, ags).getSingleResult());
        assertThat(Traceparent.traceId(stored)).as("trace id in the outbox row").isEqualTo(traceId);
        assertThat(stored).as("the row's parent is a span of this service, not the caller's").doesNotContain(callerSpanId);

        relay.relayPending();
        Message<String> sent = sink.received().stream()
                .filter(m -> m.getMetadata(OutgoingCloudEventMetadata.class).flatMap(ce -> ce.getSubject())
                        .filter(ags::equals).isPresent())
                .findFirst().orElseThrow();
        // the connector's send span takes the message's current context as its parent (a previous context it ignores)
        var handedToKafka = TracingMetadata.fromMessage(sent).orElseThrow().getCurrentContext();
        assertThat(Span.fromContext(handedToKafka).getSpanContext().getTraceId()).isEqualTo(traceId);
        assertThat(Traceparent.of(handedToKafka)).isEqualTo(stored);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(InMemorySpans.ofTrace(spans, traceId))
                .extracting(SpanData::getKind)
                .as("the request's server span and its database spans")
                .contains(SpanKind.SERVER, SpanKind.CLIENT));
    }
}
