package de.kreisunna.ikz.support.request;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.kreisunna.ikz.platform.outbox.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A new support request was accepted (a replayed idempotent retry publishes nothing). Carries no free text:
 * subjects and descriptions may hold personal data and stay in this service. Schema:
 * {@code schemas/support-request-submitted.v1.json}.
 */
public record SupportRequestSubmitted(UUID requestId, String ags, Category category, Priority priority, Team team,
        Channel channel, Instant submittedAt) implements DomainEvent {

    public static final String TYPE = "ikz.support.SupportRequestSubmitted.v1";

    static SupportRequestSubmitted of(SupportRequest request) {
        return new SupportRequestSubmitted(request.id(), request.ags(), request.category(), request.priority(),
                request.team(), request.channel(), request.createdAt());
    }

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
