package de.kreisunna.ikz.support.request;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.kreisunna.ikz.platform.outbox.DomainEvent;
import de.kreisunna.ikz.support.sla.SlaTarget;
import java.time.Instant;
import java.util.UUID;

/**
 * A request ran past one of its SLA targets; published once per request and target. Schema:
 * {@code schemas/sla-breached.v1.json}.
 */
public record SlaBreached(UUID requestId, String ags, Category category, Priority priority, SlaTarget target,
        Team team, Instant dueAt, Instant detectedAt) implements DomainEvent {

    public static final String TYPE = "ikz.support.SlaBreached.v1";

    @Override
    @JsonIgnore
    public String type() {
        return TYPE;
    }

    @Override
    @JsonIgnore
    public String subject() {
        return ags;
    }
}
