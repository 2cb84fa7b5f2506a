package de.kreisunna.ikz.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The outbox as an operator sees it: how many events wait to be published and how old the oldest one is
 * (alert "outbox stuck"). Read from the database on a schedule ({@code ikz.outbox.metrics-interval}, default 10s),
 * never on the scrape thread; {@link #refresh()} reads at once.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    private final EntityManager em;
    private final Clock clock;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicReference<Instant> oldest = new AtomicReference<>();

    OutboxBacklog(EntityManager em, Clock clock, MeterRegistry registry) {
        this.em = em;
        this.clock = clock;
        Gauge.builder("ikz.outbox.backlog", pending, AtomicLong::get)
                .description("Events written to the outbox and not yet published to Kafka")
                .baseUnit("events")
                .register(registry);
        Gauge.builder("ikz.outbox.oldest.unpublished.age", this, OutboxBacklog::oldestAgeSeconds)
                .description("Age of the oldest event not yet published to Kafka (0 when the outbox is empty)")
                .baseUnit("seconds")
                .register(registry);
    }

    @Scheduled(every = "${ikz.outbox.metrics-interval:10s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warnf("reading the outbox backlog failed, the gauges keep their last values: %s", e.getMessage());
        }
    }

    /** Reads the backlog from the database now. */
    public void refresh() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT count(*), min(occurred_at) FROM outbox_event WHERE published_at IS NULL").getSingleResult());
        pending.set(((Number) row[0]).longValue());
        oldest.set(toInstant(row[1]));
    }

    double oldestAgeSeconds() {
        Instant first = oldest.get();
        return first == null ? 0 : Math.max(0, Duration.between(first, clock.instant()).toMillis() / 1000.0);
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected type of occurred_at: " + value.getClass());
    }
}
