package de.kreisunna.ikz.membership.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change: who made it (from the token), when (the injected clock), what (action, entity, a JSON summary). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(nullable = false)
    String actor;

    @Column(nullable = false)
    String action;

    @Column(name = "entity_type", nullable = false)
    String entityType;

    @Column(name = "entity_id", nullable = false)
    String entityId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String summary;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, AuditedEntity entityType, String entityId, String summary) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType.key();
        this.entityId = entityId;
        this.summary = summary;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String summary() {
        return summary;
    }
}
