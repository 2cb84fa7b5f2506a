package de.kreisunna.ikz.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
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
 * <p>Call it from an {@code @Incoming @Blocking} method that returns its result.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final int ATTEMPTS = 3;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private final EntityManager em;
    private final Clock clock;
    private final MeterRegistry metrics;

    IdempotentConsumer(EntityManager em, Clock clock, MeterRegistry metrics) {
        this.em = em;
        this.clock = clock;
        this.metrics = metrics;
    }

    public CompletionStage<Void> consume(Message<String> message, Consumer<IncomingEvent> handler) {
        try {
            IncomingEvent event = IncomingEvent.of(message);
            String outcome = withRetries(() -> QuarkusTransaction.requiringNew().call(() -> {
                if (!recordFirstDelivery(event)) {
                    return "duplicate";
                }
                handler.accept(event);
                return "processed";
            }));
            count(event.type(), outcome);
            return message.ack();
        } catch (RuntimeException e) {
            LOG.errorf("event could not be processed, sending it to the dead-letter topic: %s", e.getMessage());
            count("unknown", "dead-lettered");
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
        metrics.counter("ikz.events.consumed", "type", type, "outcome", outcome).increment();
    }
}
