package de.kreisunna.ikz.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Relays outbox rows to the service's topic (channel {@value #CHANNEL}) as CloudEvents in binary mode,
 * keyed by subject. A row is marked published only after the broker acknowledged it; rows are sent
 * in commit order and the relay stops at the first unacknowledged one, so a broker outage delays
 * events but never loses or reorders them. Delivery is at least once: consumers deduplicate by event id.
 * A PostgreSQL advisory lock keeps replicas of one service from relaying at the same time.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "outbox-events";
    /** Any fixed number: each service has its own database, so it only has to be unique there. */
    private static final long RELAY_LOCK = 7_417_001L;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager em;
    private final Emitter<String> emitter;
    private final OutboxConfig config;
    private final Clock clock;
    private final Counter published;
    private final ManagedExecutor executor;
    private final AtomicBoolean relayRequested = new AtomicBoolean();

    OutboxRelay(EntityManager em, @Channel(CHANNEL) Emitter<String> emitter, OutboxConfig config, Clock clock,
            MeterRegistry metrics, ManagedExecutor executor) {
        this.em = em;
        this.emitter = emitter;
        this.config = config;
        this.clock = clock;
        this.published = metrics.counter("ikz.outbox.published");
        this.executor = executor;
    }

    /**
     * Relays right after a commit that wrote events, on a worker thread, so the request does not wait for the
     * broker. Commits arriving while a relay is pending are coalesced into it.
     */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        if (config.relayOnCommit() && relayRequested.compareAndSet(false, true)) {
            executor.execute(() -> {
                relayRequested.set(false);
                relayLoggingFailures();
            });
        }
    }

    @Scheduled(every = "${ikz.outbox.interval:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayLoggingFailures() {
        try {
            relayPending();
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay failed, will retry: %s", e.getMessage());
        }
    }

    /**
     * Relays everything pending; returns how many events were acknowledged by the broker. Does nothing
     * while the channel has no downstream yet (the connector is still connecting at start-up).
     */
    public int relayPending() {
        if (!emitter.hasRequests()) {
            return 0;
        }
        int total = 0;
        int relayed;
        do {
            relayed = QuarkusTransaction.requiringNew().call(this::relayBatch);
            total += relayed;
        } while (relayed == config.batchSize());
        return total;
    }

    private int relayBatch() {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK).getSingleResult();
        if (!locked) {
            return 0;
        }
        List<OutboxEvent> batch = em.createQuery(
                "FROM OutboxEvent e WHERE e.publishedAt IS NULL ORDER BY e.position", OutboxEvent.class)
                .setMaxResults(config.batchSize()).getResultList();
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            acks.add(send(event));
        }
        long deadline = System.nanoTime() + config.ackTimeout().toNanos();
        int acknowledged = 0;
        for (int i = 0; i < batch.size(); i++) {
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                LOG.warnf("event %s not acknowledged by the broker yet (%s); it stays in the outbox",
                        batch.get(i).eventId, e.getMessage());
                break;
            }
            batch.get(i).publishedAt = clock.instant();
            acknowledged++;
        }
        published.increment(acknowledged);
        return acknowledged;
    }

    private CompletableFuture<Void> send(OutboxEvent event) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        Metadata metadata = Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(event.subject).build(),
                OutgoingCloudEventMetadata.builder()
                        .withId(event.eventId.toString())
                        .withType(event.type)
                        .withSource(URI.create(config.source()))
                        .withSubject(event.subject)
                        .withTimestamp(event.occurredAt.atZone(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .build());
        Message<String> message = Message.of(event.payload, metadata,
                () -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }
}
