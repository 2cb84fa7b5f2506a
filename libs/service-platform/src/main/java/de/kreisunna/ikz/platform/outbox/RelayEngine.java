package de.kreisunna.ikz.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * The outbox relay's rules, free of Quarkus, Kafka and JDBC so they can be tested alone:
 * <ul>
 * <li>a row is handed to the producer once and then stays <em>in flight</em> until its acknowledgement is
 * marked in the table (or its send failed): no trigger, schedule or second pass sends it again meanwhile;</li>
 * <li>rows are handed over in outbox order; the producer (idempotent, at most five requests in flight)
 * keeps that order per partition through its own retries;</li>
 * <li>a row is marked published only after the broker acknowledged it; everything acknowledged since the
 * last pass is marked in one statement;</li>
 * <li>after a failed send nothing new is sent until every outstanding send has settled; the next pass
 * then starts again at the oldest unpublished row, so order per key holds;</li>
 * <li>at most {@code maxInFlight} rows are outstanding, so an unreachable broker costs bounded memory;</li>
 * <li>only the holder of the store's lock sends (one relaying replica per service).</li>
 * </ul>
 * Passes are serialised; acknowledgements may arrive on any thread.
 */
public final class RelayEngine {

    private static final Logger LOG = Logger.getLogger(RelayEngine.class);

    /** One outbox row as the relay sends it; {@code traceparent} is that of the transaction that wrote it (or null). */
    public record PendingEvent(long position, String eventId, String type, String subject, String payload,
            Instant occurredAt, String traceparent) {
    }

    /** The outbox table. */
    public interface Store {

        /** Whether this relay may send (it holds the relay lock, taking it if free). */
        boolean tryLock();

        /** Up to {@code limit} unpublished rows in outbox order, leaving out the given positions. */
        List<PendingEvent> pending(Set<Long> excluded, int limit);

        /** Marks the rows published, in one statement. */
        void markPublished(List<Long> positions, Instant at);
    }

    /** The producer: completes when the broker acknowledged the event, exceptionally when it gave up. */
    public interface Sender {

        CompletionStage<Void> send(PendingEvent event);
    }

    private final Store store;
    private final Sender sender;
    private final Clock clock;
    private final int batchSize;
    private final int maxInFlight;
    private final Runnable wake;

    /** Handed to the producer and not yet marked (only touched inside {@link #pass()}). */
    private final TreeSet<Long> inFlight = new TreeSet<>();

    /** Settled sends waiting for the next pass; guarded by {@code settled}. */
    private final Object settled = new Object();
    private final List<Long> acknowledged = new ArrayList<>();
    private final List<Long> failed = new ArrayList<>();
    private int outstanding;
    private boolean failureSettling;
    private long markedTotal;

    /**
     * @param wake asks for another pass soon (called after every acknowledgement or failure; callers coalesce)
     */
    public RelayEngine(Store store, Sender sender, Clock clock, int batchSize, int maxInFlight, Runnable wake) {
        if (batchSize < 1 || maxInFlight < batchSize) {
            throw new IllegalArgumentException("need 1 <= batchSize <= maxInFlight");
        }
        this.store = store;
        this.sender = sender;
        this.clock = clock;
        this.batchSize = batchSize;
        this.maxInFlight = maxInFlight;
        this.wake = wake;
    }

    /**
     * Marks what was acknowledged since the last pass, then sends pending rows that are not in flight
     * (in batches, while there are more and room is left). Returns how many rows it handed to the producer.
     */
    public synchronized int pass() {
        markAcknowledged();
        if (!settledAfterFailure()) {
            return 0;
        }
        if (!store.tryLock()) {
            return 0;
        }
        int sent = 0;
        while (inFlight.size() < maxInFlight) {
            int limit = Math.min(batchSize, maxInFlight - inFlight.size());
            List<PendingEvent> batch = store.pending(Set.copyOf(inFlight), limit);
            for (PendingEvent event : batch) {
                if (!sendOne(event)) {
                    return sent;
                }
                sent++;
            }
            if (batch.size() < limit) {
                break;
            }
        }
        return sent;
    }

    /** Marks what was acknowledged since the last pass and sends nothing (the last act of a stopping relay). */
    public synchronized void markOnly() {
        markAcknowledged();
    }

    /** Waits until every send handed to the producer has been acknowledged or has failed, at most {@code timeout}. */
    public boolean awaitSettled(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (settled) {
            while (outstanding > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                settled.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** Rows handed to the producer and not yet marked published. */
    public synchronized int inFlight() {
        return inFlight.size();
    }

    /** How many rows this relay has marked published since it started. */
    public synchronized long markedTotal() {
        return markedTotal;
    }

    private boolean sendOne(PendingEvent event) {
        inFlight.add(event.position());
        synchronized (settled) {
            outstanding++;
        }
        CompletionStage<Void> ack;
        try {
            ack = sender.send(event);
        } catch (RuntimeException e) {
            LOG.warnf("event %s could not be handed to the producer (%s); it stays in the outbox", event.eventId(),
                    e.getMessage());
            settle(event.position(), e);
            return false;
        }
        ack.whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.warnf("event %s was not acknowledged by the broker (%s); it stays in the outbox", event.eventId(),
                        failure.getMessage());
            }
            settle(event.position(), failure);
            wake.run();
        });
        return true;
    }

    private void settle(long position, Throwable failure) {
        synchronized (settled) {
            outstanding--;
            if (failure == null) {
                acknowledged.add(position);
            } else {
                failed.add(position);
                failureSettling = true;
            }
            settled.notifyAll();
        }
    }

    private void markAcknowledged() {
        List<Long> positions;
        List<Long> failures;
        synchronized (settled) {
            positions = new ArrayList<>(acknowledged);
            acknowledged.clear();
            failures = new ArrayList<>(failed);
            failed.clear();
        }
        failures.forEach(inFlight::remove);
        if (positions.isEmpty()) {
            return;
        }
        try {
            store.markPublished(positions, clock.instant());
        } catch (RuntimeException e) {
            synchronized (settled) {
                acknowledged.addAll(0, positions);
            }
            throw e;
        }
        positions.forEach(inFlight::remove);
        markedTotal += positions.size();
    }

    /** After a failed send: true once nothing is outstanding any more (the next read starts at the oldest row). */
    private boolean settledAfterFailure() {
        synchronized (settled) {
            if (!failureSettling) {
                return true;
            }
            if (outstanding > 0 || !acknowledged.isEmpty()) {
                return false;
            }
            failureSettling = false;
            return true;
        }
    }
}
