package de.kreisunna.ikz.platform.inbox;

import de.kreisunna.ikz.platform.observability.ConsumerTracing;
import de.kreisunna.ikz.platform.observability.EventMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The one way services consume events. The event id is recorded in {@code processed_event} in the same
 * transaction as the handler's effect, so a redelivered event changes nothing and a failed handler
 * leaves no trace. Poison events are nacked at once (the channel's dead-letter strategy parks them);
 * other failures are retried a few times before they are nacked, so a short database hiccup does not
 * send a good event to the dead-letter topic.
 *
 * <p>Events of types the consumer does not handle are acknowledged at once, without a transaction (tolerant
 * reader: a topic carries more types than each consumer needs). Every acknowledged event is reported to
 * {@link ConsumerProgress} (how far the consumer is behind).
 *
 * <p>Call it from an {@code @Incoming @Blocking} method that returns its result.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final int ATTEMPTS = 3;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private final EntityManager em;
    private final Clock clock;
    private final EventMetrics metrics;
    private final ConsumerTracing tracing;
    private final ConsumerProgress progress;

    IdempotentConsumer(EntityManager em, Clock clock, EventMetrics metrics, ConsumerTracing tracing,
            ConsumerProgress progress) {
        this.em = em;
        this.clock = clock;
        this.metrics = metrics;
        this.tracing = tracing;
        this.progress = progress;
    }

    /**
     * Handles the event if its type is one of {@code types} (in a transaction, once per event id, in the trace of
     * the transaction that wrote it); acknowledges other types without touching the database.
     */
    public CompletionStage<Void> consume(Message<String> message, Set<String> types, Consumer<IncomingEvent> handler) {
        return tracing.handle(message, () -> consumeTraced(message, types, handler));
    }

    private CompletionStage<Void> consumeTraced(Message<String> message, Set<String> types,
            Consumer<IncomingEvent> handler) {
        long started = System.nanoTime();
        Optional<IncomingKafkaRecordMetadata> kafkaRecord = message.getMetadata(IncomingKafkaRecordMetadata.class);
        kafkaRecord.ifPresent(r -> metrics.received(r.getChannel(), r.getTimestamp()));
        try {
            IncomingEvent event = IncomingEvent.of(message);
            if (!types.contains(event.type())) {
                count(event.type(), "ignored");
                progress.applied(message, event);
                return message.ack();
            }
            String outcome = withRetries(() -> QuarkusTransaction.requiringNew().call(() -> {
                if (!recordFirstDelivery(event)) {
                    return "duplicate";
                }
                handler.accept(event);
                return "processed";
            }));
            count(event.type(), outcome);
            kafkaRecord.ifPresent(r -> metrics.handled(r.getChannel(), Duration.ofNanos(System.nanoTime() - started)));
            progress.applied(message, event);
            return message.ack();
        } catch (RuntimeException e) {
            LOG.errorf("event dead-lettered: it could not be processed and goes to the dead-letter topic: %s",
                    e.getMessage());
            count(message.getMetadata(IncomingCloudEventMetadata.class).map(ce -> ce.getType()).orElse("unknown"),
                    EventMetrics.DEAD_LETTERED);
            return message.nack(e);
        }
    }

    private boolean recordFirstDelivery(IncomingEvent event) {
        return em.createNativeQuery("""
                INSERT INTO processed_event (event_id, event_type, subject, processed_at)
                VALUES (:id, :type, :subject, :at) ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("subject", event.subject())
                .setParameter("at", clock.instant())
                .executeUpdate() == 1;
    }

    private static String withRetries(java.util.concurrent.Callable<String> attempt) {
        Duration backoff = FIRST_BACKOFF;
        for (int i = 1; ; i++) {
            try {
                return attempt.call();
            } catch (PoisonEventException e) {
                throw e;
            } catch (Exception e) {
                if (i == ATTEMPTS) {
                    throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
                LOG.warnf("event processing failed (attempt %d of %d), retrying: %s", i, ATTEMPTS, e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(4);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
    }

    private void count(String type, String outcome) {
        metrics.consumed(type, outcome);
    }
}
