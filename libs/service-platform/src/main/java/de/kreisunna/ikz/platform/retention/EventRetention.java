package de.kreisunna.ikz.platform.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Deletes what the event tables no longer need: outbox rows published longer ago than
 * {@code ikz.retention.published-outbox}, and consumed-event ids older than {@code ikz.retention.processed-events}
 * (by then the record has left the topic and cannot be delivered again). Unpublished outbox rows stay whatever
 * their age. Rows go in batches of {@code ikz.retention.batch-size}, each in a short transaction of its own that
 * skips rows another replica is deleting at the same time, so several replicas on the same schedule neither wait
 * for each other nor keep long locks. Settings that would delete what is still needed stop the service at start.
 */
@Startup
@ApplicationScoped
public class EventRetention {

    private static final Logger LOG = Logger.getLogger(EventRetention.class);
    /** How long the topics keep records (the brokers' default retention, which the topics do not override). */
    static final int TOPIC_RETENTION_DAYS = 7;

    /** How many rows a run deleted from each table. */
    public record Purged(long outboxRows, long processedEvents) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final RetentionConfig config;
    private final Counter outboxDeleted;
    private final Counter processedDeleted;

    EventRetention(EntityManager em, Clock clock, RetentionConfig config, MeterRegistry registry) {
        check(config.publishedOutbox(), config.processedEvents(), config.batchSize());
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.outboxDeleted = deletedCounter(registry, "outbox_event");
        this.processedDeleted = deletedCounter(registry, "processed_event");
    }

    @Scheduled(every = "${ikz.retention.interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        try {
            Purged purged = purge();
            if (purged.outboxRows() + purged.processedEvents() > 0) {
                LOG.infof("retention: deleted %d published outbox rows and %d processed-event ids",
                        purged.outboxRows(), purged.processedEvents());
            }
        } catch (RuntimeException e) {
            LOG.warnf("retention: deleting old event rows failed, the next run tries again: %s", e.getMessage());
        }
    }

    /** Deletes every row past its retention now. */
    public Purged purge() {
        Instant now = clock.instant();
        long outbox = deleteInBatches("""
                DELETE FROM outbox_event WHERE position IN (
                    SELECT position FROM outbox_event WHERE published_at < :cutoff
                    LIMIT :limit FOR UPDATE SKIP LOCKED)""", now.minus(config.publishedOutbox()));
        outboxDeleted.increment(outbox);
        long processed = deleteInBatches("""
                DELETE FROM processed_event WHERE event_id IN (
                    SELECT event_id FROM processed_event WHERE processed_at < :cutoff
                    LIMIT :limit FOR UPDATE SKIP LOCKED)""", now.minus(config.processedEvents()));
        processedDeleted.increment(processed);
        return new Purged(outbox, processed);
    }

    private long deleteInBatches(String statement, Instant cutoff) {
        OffsetDateTime before = cutoff.atOffset(ZoneOffset.UTC);
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(statement)
                    .setParameter("cutoff", before)
                    .setParameter("limit", config.batchSize())
                    .executeUpdate());
            total += deleted;
        } while (deleted == config.batchSize());
        return total;
    }

    private static Counter deletedCounter(MeterRegistry registry, String table) {
        return Counter.builder("ikz.retention.deleted")
                .description("Rows deleted because their retention ended")
                .tag("table", table)
                .baseUnit("rows")
                .register(registry);
    }

    /**
     * Refuses settings that would delete what is still needed: a consumed event's id must be kept longer than the
     * topics keep their records ({@value #TOPIC_RETENTION_DAYS} days), else a record delivered again would be
     * applied twice.
     */
    static void check(Duration publishedOutbox, Duration processedEvents, int batchSize) {
        if (publishedOutbox.isNegative() || publishedOutbox.isZero()) {
            throw new IllegalArgumentException("ikz.retention.published-outbox must be a positive duration, is "
                    + publishedOutbox);
        }
        if (processedEvents.compareTo(Duration.ofDays(TOPIC_RETENTION_DAYS)) <= 0) {
            throw new IllegalArgumentException("ikz.retention.processed-events must be longer than the topics' "
                    + "retention (" + TOPIC_RETENTION_DAYS + " days), is " + processedEvents);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("ikz.retention.batch-size must be at least 1, is " + batchSize);
        }
    }
}
