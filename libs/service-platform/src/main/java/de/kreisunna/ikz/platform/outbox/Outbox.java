package de.kreisunna.ikz.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Writes events into the outbox table. It joins the caller's transaction and refuses to run without
 * one: the event is stored together with the state change or not at all.
 */
@ApplicationScoped
public class Outbox {

    /** Fired for every event written; the relay observes it after a successful commit. */
    public record Written(String type) {
    }

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
        em.persist(new OutboxEvent(event.type(), event.subject(), payload, clock.instant()));
        written.fire(new Written(event.type()));
    }
}
