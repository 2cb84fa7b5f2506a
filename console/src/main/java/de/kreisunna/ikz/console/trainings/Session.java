package de.kreisunna.ikz.console.trainings;

import java.time.Instant;
import java.util.UUID;

/** A training session of the Kopfstelle with its seat counts. */
public record Session(UUID id, String topic, Instant startsAt, Instant endsAt, String format, String place,
        int capacity, String status, long confirmed, long waitlisted, long freeSeats, Instant cancelledAt,
        String cancellationReason) {

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    public String formatLabel() {
        return "ONLINE".equals(format) ? "online" : "vor Ort";
    }

    public String statusLabel() {
        return cancelled() ? "abgesagt" : "geplant";
    }
}
