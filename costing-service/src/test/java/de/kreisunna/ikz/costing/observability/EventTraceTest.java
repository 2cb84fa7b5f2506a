package de.kreisunna.ikz.costing.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import de.kreisunna.ikz.membership.projection.MembershipChangedV1;
import de.kreisunna.ikz.membership.projection.MembershipEventsConsumer;
import de.kreisunna.ikz.testing.InMemorySpans;
import de.kreisunna.ikz.testing.TestEvents;
import de.kreisunna.ikz.testing.TestTokens;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/**
 * The consumer half of a trace across Kafka: a membership event whose record carries the producer's
 * {@code traceparent} header is processed in a span of that trace, and the projection update's database calls are
 * part of it. (The producer half is membership-service's {@code EventTraceTest}.)
 */
@QuarkusTest
class EventTraceTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theProjectionUpdateContinuesTheTraceOfTheRecordsTraceparentHeader() {
        String traceId = InMemorySpans.randomTraceId();
        String producerSpanId = InMemorySpans.randomSpanId();
        String ags = "0597%04d".formatted(ThreadLocalRandom.current().nextInt(9000, 9999));
        String data = "{\"ags\":\"" + ags + "\",\"name\":\"Teststadt Trace\",\"revision\":1,"
                + "\"periods\":[{\"validFrom\":\"2090-01-01\",\"validUntil\":null}]}";
        ConsumerRecord<String, String> record = new ConsumerRecord<>("ikz.membership.v1", 0, 0L, ags, data);
        record.headers().add("traceparent",
                ("00-" + traceId + "-" + producerSpanId + "-01").getBytes(StandardCharsets.UTF_8));
        Message<String> message = TestEvents.cloudEvent(MembershipChangedV1.TYPE, ags, data)
                .addMetadata(new IncomingKafkaRecordMetadata<>(record, MembershipEventsConsumer.CHANNEL));

        var delivery = TestEvents.tracked(message);
        connector.<Message<String>>source(MembershipEventsConsumer.CHANNEL).send(delivery.message());
        assertThat(delivery.awaitOutcome()).isEmpty();

        given().auth().oauth2(TestTokens.finance()).get("/members/" + ags).then().statusCode(200)
                .body("revision", equalTo(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<SpanData> trace = InMemorySpans.ofTrace(spans, traceId);
            SpanData process = trace.stream().filter(s -> s.getKind() == SpanKind.CONSUMER).findFirst().orElseThrow();
            assertThat(process.getName()).isEqualTo("process " + MembershipChangedV1.TYPE);
            assertThat(process.getParentSpanId()).as("child of the producer's span").isEqualTo(producerSpanId);
            assertThat(trace).as("database calls of the projection update, inside the processing span")
                    .anySatisfy(s -> {
                        assertThat(s.getKind()).isEqualTo(SpanKind.CLIENT);
                        assertThat(s.getParentSpanId()).isEqualTo(process.getSpanId());
                        assertThat(s.getAttributes().asMap().toString()).contains("member_town");
                    });
        });
    }
}
