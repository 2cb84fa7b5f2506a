package de.kreisunna.ikz.support.training;

import de.kreisunna.ikz.platform.domain.Conflict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One participant of a town registered for a session: on a seat, on the waitlist, or cancelled. */
@Entity
@Table(name = "training_registration")
public class TrainingRegistration {

    @Id
    UUID id;

    @Column(name = "session_id")
    UUID sessionId;

    String ags;

    @Column(name = "participant_name")
    String participantName;

    @Column(name = "participant_email")
    String participantEmail;

    @Enumerated(EnumType.STRING)
    RegistrationStatus status;

    /** The seat held while confirmed (references {@code training_seat}); null otherwise. */
    @Column(name = "seat_no")
    Integer seatNo;

    /** Order of arrival, assigned by the database; the waitlist is promoted in this order. */
    @Column(name = "arrival", insertable = false, updatable = false)
    Long arrival;

    @Column(name = "registered_at")
    Instant registeredAt;

    @Column(name = "registered_by")
    String registeredBy;

    @Column(name = "cancelled_at")
    Instant cancelledAt;

    boolean attended;

    protected TrainingRegistration() {
    }

    /** A registration on the given seat, or on the waitlist if {@code seat} is null. */
    public TrainingRegistration(UUID id, UUID sessionId, String ags, String participantName, String participantEmail,
            Integer seat, String registeredBy, Instant now) {
        this.id = id;
        this.sessionId = sessionId;
        this.ags = ags;
        this.participantName = participantName;
        this.participantEmail = participantEmail;
        this.status = seat == null ? RegistrationStatus.WAITLISTED : RegistrationStatus.CONFIRMED;
        this.seatNo = seat;
        this.registeredBy = registeredBy;
        this.registeredAt = now;
    }

    /** Cancels; returns the seat it frees, or null if it held none. */
    public Integer cancel(Instant now) {
        if (status == RegistrationStatus.CANCELLED) {
            throw new Conflict("registration " + id + " is already cancelled");
        }
        Integer freed = seatNo;
        status = RegistrationStatus.CANCELLED;
        seatNo = null;
        cancelledAt = now;
        return freed;
    }

    /** Moves a waitlisted registration onto a freed seat. */
    public void promoteTo(int seat) {
        if (status != RegistrationStatus.WAITLISTED) {
            throw new IllegalStateException("only a waitlisted registration is promoted, " + id + " is " + status);
        }
        status = RegistrationStatus.CONFIRMED;
        seatNo = seat;
    }

    public void recordAttendance(boolean present) {
        if (status != RegistrationStatus.CONFIRMED) {
            throw new Conflict("registration " + id + " is " + status + "; only confirmed participants attend");
        }
        attended = present;
    }

    public UUID id() {
        return id;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public String ags() {
        return ags;
    }

    public String participantName() {
        return participantName;
    }

    public String participantEmail() {
        return participantEmail;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Integer seatNo() {
        return seatNo;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public boolean attended() {
        return attended;
    }
}
