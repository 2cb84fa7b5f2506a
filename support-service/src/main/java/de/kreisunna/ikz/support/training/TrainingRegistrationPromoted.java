package de.kreisunna.ikz.support.training;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.kreisunna.ikz.platform.outbox.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A waitlisted participant got a seat because another registration was cancelled; the town learns it has a
 * confirmed place. Keyed by AGS. Schema: {@code schemas/training-registration-promoted.v1.json}.
 */
public record TrainingRegistrationPromoted(UUID sessionId, UUID registrationId, String ags, String participantName,
        String topic, Instant startsAt) implements DomainEvent {

    public static final String TYPE = "ikz.support.TrainingRegistrationPromoted.v1";

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
