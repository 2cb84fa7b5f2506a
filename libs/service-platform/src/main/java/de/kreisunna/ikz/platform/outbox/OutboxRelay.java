package de.kreisunna.ikz.platform.outbox;

import de.kreisunna.ikz.platform.observability.EventMetrics;
import de.kreisunna.ikz.platform.observability.Traceparent;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Relays outbox rows to the service's topic (channel {@value #CHANNEL}) as CloudEvents in binary mode, keyed by
 * subject, by the rules of {@link RelayEngine}: each row is sent once and marked published after the broker's
 * acknowledgement; nothing waits for the broker inside a transaction. A commit that wrote events starts a
 * pass at once; the schedule ({@code ikz.outbox.interval}) is the safety net. Both only ask for a pass:
 * passes run one at a time on a worker thread, and a row in flight is never sent again. A process that dies
 * between the broker's acknowledgement and the marking sends that row again after its restart, with the same
 * CloudEvent id (consumers deduplicate by it).
 *
 * <p>The relay starts after the application (so the channel exists) and sends only once the channel has a
 * downstream (the Kafka connector connected).
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "outbox-events";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** The channel, looked up only once the application has started (the emitter does not exist before). */
    @ApplicationScoped
    static class OutboxChannel {

        private final Emitter<String> emitter;

        OutboxChannel(@Channel(CHANNEL) Emitter<String> emitter) {
            this.emitter = emitter;
        }

        /** Through a method: the relay holds a client proxy, whose own fields are empty. */
        Emitter<String> emitter() {
            return emitter;
        }
    }

    private final OutboxConfig config;
    private final OutboxChannel channel;
    /** One thread of its own: passes run one at a time, and no request or transaction context is carried over. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final JdbcOutboxStore store;
    private final RelayEngine engine;
    private final Timer ackLatency;
    private final EventMetrics events;
    private final AtomicBoolean passRequested = new AtomicBoolean();
    private volatile boolean started;

    OutboxRelay(AgroalDataSource dataSource, OutboxChannel channel, OutboxConfig config, Clock clock,
            MeterRegistry metrics, EventMetrics events) {
        this.config = config;
        this.events = events;
        this.channel = channel;
        this.store = new JdbcOutboxStore(dataSource);
        this.engine = new RelayEngine(store, this::send, clock, config.batchSize(), config.maxInFlight(),
                this::requestPass);
        // ikz.outbox.published (by type) is counted by EventMetrics as the broker acknowledges each event
        Gauge.builder("ikz.outbox.in.flight", engine, RelayEngine::inFlight)
                .description("Events handed to the producer and not yet acknowledged by the broker")
                .register(metrics);
        this.ackLatency = Timer.builder("ikz.outbox.ack.latency")
                .description("from handing an event to the producer to the broker's acknowledgement")
                .publishPercentiles(0.5, 0.99).register(metrics);
    }

    /** From here on the channel exists; the first scheduled pass relays what an earlier run left behind. */
    void start(@Observes StartupEvent start) {
        started = true;
    }

    /**
     * Sends nothing more, waits briefly for the acknowledgements of what is in flight and marks them, so a
     * graceful stop does not leave acknowledged rows to be sent again by the next start.
     */
    void stop(@Observes ShutdownEvent stop) {
        started = false;
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
            engine.awaitSettled(Duration.ofSeconds(5));
            engine.markOnly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay: acknowledged events not marked at shutdown, they will be sent again: %s",
                    e.getMessage());
        }
        store.close();
    }

    /** Asks for a pass right after a commit that wrote events (the request does not wait for the broker). */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        if (config.relayOnCommit()) {
            requestPass();
        }
    }

    @Scheduled(every = "${ikz.outbox.interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void safetyNet() {
        requestPass();
    }

    /**
     * Relays everything pending and waits (at most {@code ikz.outbox.ack-timeout} per round) for the broker's
     * acknowledgements; returns how many events were marked published. For tests and tools; the service itself
     * relays through the triggers. Does nothing while the channel has no downstream yet.
     */
    public int relayPending() {
        if (!channelReady()) {
            return 0;
        }
        long before = engine.markedTotal();
        try {
            int sent;
            do {
                sent = engine.pass();
                engine.awaitSettled(config.ackTimeout());
            } while (sent > 0);
            engine.pass();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return (int) (engine.markedTotal() - before);
    }

    private void requestPass() {
        if (started && passRequested.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    passRequested.set(false);
                    passLoggingFailures();
                });
            } catch (RejectedExecutionException e) {
                passRequested.set(false);   // shutting down
            }
        }
    }

    private void passLoggingFailures() {
        try {
            if (started && channelReady()) {
                engine.pass();
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay failed, will retry: %s", e.getMessage());
        }
    }

    private boolean channelReady() {
        return channel.emitter().hasRequests();
    }

    private CompletionStage<Void> send(RelayEngine.PendingEvent event) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        events.handedOver(event.occurredAt());
        long handedOver = System.nanoTime();
        Metadata metadata = Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(event.subject()).build(),
                OutgoingCloudEventMetadata.builder()
                        .withId(event.eventId())
                        .withType(event.type())
                        .withSource(URI.create(config.source()))
                        .withSubject(event.subject())
                        .withTimestamp(event.occurredAt().atZone(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .build(),
                // the Kafka connector's send span continues the trace of the transaction that wrote the event
                // and writes its traceparent into the record's "traceparent" header
                TracingMetadata.withCurrent(Traceparent.toContext(event.traceparent())));
        Message<String> message = Message.of(event.payload(), metadata,
                () -> {
                    ackLatency.record(System.nanoTime() - handedOver, TimeUnit.NANOSECONDS);
                    events.published(event.type());
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        channel.emitter().send(message);
        return ack;
    }
}
