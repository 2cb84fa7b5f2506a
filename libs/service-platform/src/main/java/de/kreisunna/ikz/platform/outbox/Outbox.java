package de.kreisunna.ikz.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.platform.observability.Traceparent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * Writes events into the outbox table. It joins the caller's transaction and refuses to run without
 * one: the event is stored together with the state change or not at all.
 *
 * <p>Before the row is written, the transaction takes a transaction-level advisory lock on the event's
 * subject: transactions writing events about the same subject (the Kafka key) get their outbox positions in
 * commit order, so the relay, which sends in position order, keeps the order per key. Transactions about
 * different subjects do not wait for each other.
 */
@ApplicationScoped
public class Outbox {

    /**
     * Fired for every event written; the relay observes it after a successful commit, and so do the business log
     * and the services' domain metrics.
     */
    public record Written(DomainEvent event, UUID eventId) {
    }

    /** Seeds the hash of the subject lock, so it does not share keys with other advisory locks. */
    private static final long SUBJECT_LOCK_SEED = 7_417_002L;

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final Event<Written> written;

    Outbox(EntityManager em, ObjectMapper json, Clock clock, Event<Written> written) {
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.written = written;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(DomainEvent event) {
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.type() + " cannot be written as JSON", e);
        }
        // a query space of its own: taking the lock must not flush the caller's pending changes early
        em.createNativeQuery("SELECT count(*) FROM pg_advisory_xact_lock(hashtextextended(?1, ?2))")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("outbox_subject_lock")
                .setParameter(1, event.subject()).setParameter(2, SUBJECT_LOCK_SEED).getSingleResult();
        OutboxEvent row = new OutboxEvent(event.type(), event.subject(), payload, clock.instant(), Traceparent.current());
        em.persist(row);
        written.fire(new Written(event, row.eventId));
    }
}
