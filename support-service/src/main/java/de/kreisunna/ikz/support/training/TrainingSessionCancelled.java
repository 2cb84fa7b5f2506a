package de.kreisunna.ikz.support.training;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.kreisunna.ikz.platform.outbox.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session was cancelled; lists who was registered so their towns can be told. Keyed by the session id.
 * Schema: {@code schemas/training-session-cancelled.v1.json}.
 */
public record TrainingSessionCancelled(UUID sessionId, String topic, Instant startsAt, Instant endsAt, String reason,
        Instant cancelledAt, List<Affected> registrations) implements DomainEvent {

    public static final String TYPE = "ikz.support.TrainingSessionCancelled.v1";

    /** A registration the cancellation ended, with its status before. */
    public record Affected(UUID registrationId, String ags, String participantName, RegistrationStatus previousStatus) {
    }

    @Override
    @JsonIgnore
    public String type() {
        return TYPE;
    }

    @Override
    @JsonIgnore
    public String subject() {
        return sessionId.toString();
    }
}
