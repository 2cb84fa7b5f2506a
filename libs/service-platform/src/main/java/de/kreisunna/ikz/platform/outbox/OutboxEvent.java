package de.kreisunna.ikz.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One event waiting in (or already relayed from) the transactional outbox. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    /** Commit order of the outbox; the relay publishes in this order. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "position")
    public Long position;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String type;

    /** The aggregate the event is about (the AGS for town events); also the Kafka record key. */
    @Column(name = "subject", nullable = false)
    public String subject;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "payload", nullable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** W3C traceparent of the transaction that wrote the event (null if it ran without a trace). */
    @Column(name = "traceparent")
    public String traceparent;

    protected OutboxEvent() {
    }

    OutboxEvent(String type, String subject, String payload, Instant occurredAt, String traceparent) {
        this.eventId = UUID.randomUUID();
        this.type = type;
        this.subject = subject;
        this.payload = payload;
        this.occurredAt = occurredAt;
        this.traceparent = traceparent;
    }
}
