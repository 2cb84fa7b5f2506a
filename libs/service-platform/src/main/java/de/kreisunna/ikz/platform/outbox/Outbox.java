package de.kreisunna.ikz.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.platform.observability.Traceparent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes events into the outbox table. It joins the caller's transaction and refuses to run without
 * one: the event is stored together with the state change or not at all.
 *
 * <p>Events are kept with the transaction and written as it completes (a JTA synchronization's
 * {@code beforeCompletion}, after the caller's work and right before its commit). There each row is inserted by
 * a statement that first takes a transaction-level advisory lock on the row's subject (rows in subject order, so
 * two transactions never wait for each other in a circle): transactions writing events about the same
 * subject (the Kafka key) get their outbox positions in commit order, so the relay, which sends in position
 * order, keeps the order per key. The lock is held only from there to the commit: same-subject transactions do
 * not queue for the whole of each other's work, and transactions about different subjects not at all.
 */
@ApplicationScoped
public class Outbox {

    /**
     * Fired for every event added; the relay observes it after a successful commit, and so do the business log
     * and the services' domain metrics.
     */
    public record Written(DomainEvent event, UUID eventId) {
    }

    /** An event added in this transaction, waiting to be written as the transaction completes. */
    private record Row(UUID eventId, String type, String subject, String payload, Instant occurredAt,
            String traceparent) {
    }

    /** Seeds the hash of the subject lock, so it does not share keys with other advisory locks. */
    private static final long SUBJECT_LOCK_SEED = 7_417_002L;
    /** The transaction's events not yet written, as a resource of the transaction. */
    private static final Object PENDING = new Object();

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;
    private final Event<Written> written;
    private final TransactionManager transactions;
    private final TransactionSynchronizationRegistry registry;

    Outbox(DataSource dataSource, ObjectMapper json, Clock clock, Event<Written> written,
            TransactionManager transactions, TransactionSynchronizationRegistry registry) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
        this.written = written;
        this.transactions = transactions;
        this.registry = registry;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(DomainEvent event) {
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.type() + " cannot be written as JSON", e);
        }
        Row row = new Row(UUID.randomUUID(), event.type(), event.subject(), payload, clock.instant(),
                Traceparent.current());
        pending().add(row);
        written.fire(new Written(event, row.eventId()));
    }

    /** This transaction's events to write; the first call registers their writing before the commit. */
    @SuppressWarnings("unchecked")
    private List<Row> pending() {
        List<Row> rows = (List<Row>) registry.getResource(PENDING);
        if (rows == null) {
            List<Row> created = new ArrayList<>();
            registry.putResource(PENDING, created);
            try {
                // a plain (not interposed) synchronization: it runs as the transaction completes, before the commit
                transactions.getTransaction().registerSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        write(created);
                    }

                    @Override
                    public void afterCompletion(int status) {
                    }
                });
            } catch (RollbackException | SystemException e) {
                throw new IllegalStateException("the transaction cannot take the outbox's events: " + e.getMessage(), e);
            }
            rows = created;
        }
        return rows;
    }

    /**
     * Writes the rows, grouped by subject (so two transactions never wait for each other in a circle; a subject's
     * events keep the order they were added in), each in one statement that first takes the subject's lock: the
     * lock is then held for that statement, the rest of the completion and the commit. The statements run on the
     * transaction's own connection (the pool hands out the one enlisted in it) through a handle that is closed
     * here, not through the entity manager: its session may already have given its handle back at completion.
     */
    private void write(List<Row> rows) {
        if (registry.getRollbackOnly()) {
            return;
        }
        List<Row> bySubject = new ArrayList<>(rows);
        bySubject.sort(Comparator.comparing(Row::subject));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        WITH subject_lock AS (SELECT pg_advisory_xact_lock(hashtextextended(CAST(? AS text), ?)))
                        INSERT INTO outbox_event (event_id, event_type, subject, payload, occurred_at, traceparent)
                        SELECT ?, ?, CAST(? AS text), CAST(? AS jsonb), ?, ? FROM subject_lock""")) {
            for (Row row : bySubject) {
                insert.setString(1, row.subject());
                insert.setLong(2, SUBJECT_LOCK_SEED);
                insert.setObject(3, row.eventId());
                insert.setString(4, row.type());
                insert.setString(5, row.subject());
                insert.setString(6, row.payload());
                insert.setObject(7, OffsetDateTime.ofInstant(row.occurredAt(), ZoneOffset.UTC));
                insert.setString(8, row.traceparent());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox's events could not be written: " + e.getMessage(), e);
        }
    }
}
