package de.kreisunna.ikz.console.trainings;

import java.time.Instant;
import java.util.UUID;

/** A registration; {@code waitlistPosition} counts from 1 and is null unless waitlisted. */
public record Registration(UUID id, UUID sessionId, String ags, String participantName, String participantEmail,
        String status, Integer waitlistPosition, Instant registeredAt, Instant cancelledAt, boolean attended) {

    public String statusLabel() {
        return switch (status == null ? "" : status) {
            case "CONFIRMED" -> "bestätigt";
            case "WAITLISTED" -> "Warteliste, Platz " + waitlistPosition;
            case "CANCELLED" -> "storniert";
            default -> status;
        };
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    public boolean confirmed() {
        return "CONFIRMED".equals(status);
    }
}
