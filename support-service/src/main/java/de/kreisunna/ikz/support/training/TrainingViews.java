package de.kreisunna.ikz.support.training;

import java.time.Instant;
import java.util.UUID;

/** Read models of trainings. */
public final class TrainingViews {

    private TrainingViews() {
    }

    /** A session with its occupancy; participants are not listed here (towns see only their own). */
    public record SessionView(UUID id, String topic, Instant startsAt, Instant endsAt, Format format, String place,
            int capacity, TrainingSession.Status status, long confirmed, long waitlisted, long freeSeats,
            Instant cancelledAt, String cancellationReason) {

        static SessionView of(TrainingSession s, long confirmed, long waitlisted) {
            return new SessionView(s.id(), s.topic(), s.startsAt(), s.endsAt(), s.format(), s.place(), s.capacity(),
                    s.status(), confirmed, waitlisted, Math.max(0, s.capacity() - confirmed), s.cancelledAt(),
                    s.cancellationReason());
        }
    }

    /** A registration; {@code waitlistPosition} counts from 1 and is null unless waitlisted. */
    public record RegistrationView(UUID id, UUID sessionId, String ags, String participantName, String participantEmail,
            RegistrationStatus status, Integer waitlistPosition, Instant registeredAt, Instant cancelledAt,
            boolean attended) {

        static RegistrationView of(TrainingRegistration r, Integer waitlistPosition) {
            return new RegistrationView(r.id(), r.sessionId(), r.ags(), r.participantName(), r.participantEmail(),
                    r.status(), waitlistPosition, r.registeredAt(), r.cancelledAt(), r.attended());
        }
    }
}
