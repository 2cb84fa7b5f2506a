package de.kreisunna.ikz.support.training;

import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A training session of the Kopfstelle. Its capacity is also materialised as seat rows ({@code training_seat}),
 * which confirmed registrations reference, so the database itself refuses an overbooking.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    public enum Status {
        SCHEDULED,
        CANCELLED
    }

    @Id
    UUID id;

    String topic;

    @Column(name = "starts_at")
    Instant startsAt;

    @Column(name = "ends_at")
    Instant endsAt;

    @Enumerated(EnumType.STRING)
    Format format;

    /** Room and address, or for online sessions optionally how to join. */
    String place;

    int capacity;

    @Enumerated(EnumType.STRING)
    Status status;

    @Column(name = "cancelled_at")
    Instant cancelledAt;

    @Column(name = "cancellation_reason")
    String cancellationReason;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "created_by")
    String createdBy;

    protected TrainingSession() {
    }

    public TrainingSession(UUID id, String topic, Instant startsAt, Instant endsAt, Format format, String place,
            int capacity, String createdBy, Instant now) {
        requireConsistent(startsAt, endsAt, format, place);
        if (capacity < 1) {
            throw new InvalidInput("capacity", "must be at least 1");
        }
        this.id = id;
        this.topic = topic;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.format = format;
        this.place = place;
        this.capacity = capacity;
        this.status = Status.SCHEDULED;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    /** Registrations (and their cancellation) close when the session starts or is cancelled. */
    public void requireOpenForRegistration(Instant now) {
        if (status == Status.CANCELLED) {
            throw new Conflict("training session " + id + " is cancelled");
        }
        if (!now.isBefore(startsAt)) {
            throw new Conflict("training session " + id + " started at " + startsAt + "; registrations are closed");
        }
    }

    public void cancel(String reason, Instant now) {
        if (status == Status.CANCELLED) {
            throw new Conflict("training session " + id + " is already cancelled");
        }
        if (!now.isBefore(endsAt)) {
            throw new Conflict("training session " + id + " has already taken place");
        }
        status = Status.CANCELLED;
        cancelledAt = now;
        cancellationReason = reason;
    }

    /**
     * Changes what the session is and when and where it takes place (its seats stay as they are), as long as it is
     * scheduled and has not begun.
     */
    public void reschedule(String topic, Instant startsAt, Instant endsAt, Format format, String place, Instant now) {
        if (status == Status.CANCELLED) {
            throw new Conflict("training session " + id + " is cancelled");
        }
        if (!now.isBefore(this.startsAt)) {
            throw new Conflict("training session " + id + " started at " + this.startsAt + "; it can no longer be changed");
        }
        requireConsistent(startsAt, endsAt, format, place);
        this.topic = topic;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.format = format;
        this.place = place;
    }

    private static void requireConsistent(Instant startsAt, Instant endsAt, Format format, String place) {
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInput("endsAt", "must be after startsAt (" + startsAt + ")");
        }
        if (format == Format.ON_SITE && (place == null || place.isBlank())) {
            throw new InvalidInput("place", "an ON_SITE session needs a place");
        }
    }

    /** Attendance is recorded once the session has begun, never for a cancelled one. */
    public void requireAttendanceRecordable(Instant now) {
        if (status == Status.CANCELLED) {
            throw new Conflict("training session " + id + " was cancelled");
        }
        if (now.isBefore(startsAt)) {
            throw new Conflict("training session " + id + " has not started yet");
        }
    }

    public UUID id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Format format() {
        return format;
    }

    public String place() {
        return place;
    }

    public int capacity() {
        return capacity;
    }

    public Status status() {
        return status;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancellationReason() {
        return cancellationReason;
    }
}
