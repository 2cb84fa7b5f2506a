package de.kreisunna.ikz.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.MDC;

/**
 * Runs the handling of one consumed event inside a span that continues the producer's trace, with the event's
 * ids in the log context (MDC keys {@code traceId}, {@code spanId}, {@code eventId}, {@code eventType} and
 * {@code caller} = the producing service), so every log line and every database call of the handling carries
 * them. The parent is the Kafka connector's receive span when there is one, else the record's
 * {@code traceparent} header.
 */
@ApplicationScoped
public class ConsumerTracing {

    private final Tracer tracer;

    ConsumerTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    public CompletionStage<Void> handle(Message<?> message, Supplier<CompletionStage<Void>> handling) {
        io.vertx.core.Context current = Vertx.currentContext();
        if (current == null || VertxContext.isDuplicatedContext(current)) {
            return traced(message, handling);
        }
        // On a root Vert.x context, Quarkus keeps the current span (and the MDC) on a duplicated context: give the
        // handling one of its own, so its database calls and log lines see the span made current here.
        ContextInternal duplicate = (ContextInternal) VertxContext.createNewDuplicatedContext(current);
        VertxContextSafetyToggle.setContextSafe(duplicate, true);
        AtomicReference<CompletionStage<Void>> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        duplicate.dispatch(ignored -> {
            try {
                result.set(traced(message, handling));
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private CompletionStage<Void> traced(Message<?> message, Supplier<CompletionStage<Void>> handling) {
        Optional<IncomingCloudEventMetadata<?>> ce = cloudEvent(message);
        String type = ce.map(IncomingCloudEventMetadata::getType).orElse("unknown");
        Span span = tracer.spanBuilder("process " + type)
                .setParent(parentOf(message))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.message.id", ce.map(IncomingCloudEventMetadata::getId).orElse(""))
                .setAttribute("cloudevents.event_type", type)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            MDC.put("traceId", span.getSpanContext().getTraceId());
            MDC.put("spanId", span.getSpanContext().getSpanId());
            MDC.put("eventType", type);
            ce.ifPresent(e -> {
                MDC.put("eventId", e.getId());
                MDC.put("caller", String.valueOf(e.getSource()));
            });
            return handling.get();
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getMessage());
            throw e;
        } finally {
            span.end();
            for (String key : new String[] {"traceId", "spanId", "eventType", "eventId", "caller"}) {
                MDC.remove(key);
            }
        }
    }

    /** The context the consumer span continues: the connector's receive span, else the record's traceparent. */
    static Context parentOf(Message<?> message) {
        Optional<Context> received = TracingMetadata.fromMessage(message)
                .map(TracingMetadata::getCurrentContext)
                .filter(c -> Span.fromContext(c).getSpanContext().isValid());
        if (received.isPresent()) {
            return received.get();
        }
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(kafka -> kafka.getHeaders().lastHeader(Traceparent.HEADER))
                .map(Header::value)
                .map(value -> Traceparent.toContext(new String(value, StandardCharsets.UTF_8)))
                .orElseGet(Context::current);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<IncomingCloudEventMetadata<?>> cloudEvent(Message<?> message) {
        return (Optional) message.getMetadata(IncomingCloudEventMetadata.class);
    }
}
