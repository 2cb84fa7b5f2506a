package de.kreisunna.ikz.support.training;

import de.kreisunna.ikz.membership.projection.MembershipProjection;
import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.NotFound;
import de.kreisunna.ikz.platform.outbox.Outbox;
import de.kreisunna.ikz.support.access.Actor;
import de.kreisunna.ikz.support.training.TrainingViews.RegistrationView;
import de.kreisunna.ikz.support.training.TrainingViews.SessionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sessions and registrations. Every change of a session's registrations first locks the session row, so
 * registrations and cancellations of one session happen one after the other; the seat rows and their
 * constraints make an overbooking impossible even for code that forgot the lock.
 */
@ApplicationScoped
public class TrainingService {

    /** What the Kopfstelle schedules. */
    public record NewSession(String topic, Instant startsAt, Instant endsAt, Format format, String place,
            int capacity) {
    }

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final MembershipProjection members;

    TrainingService(EntityManager em, Outbox outbox, Clock clock, MembershipProjection members) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.members = members;
    }

    @Transactional
    public SessionView schedule(NewSession s, Actor by) {
        TrainingSession session = new TrainingSession(UUID.randomUUID(), s.topic(), s.startsAt(), s.endsAt(),
                s.format(), s.place(), s.capacity(), by.name(), clock.instant());
        em.persist(session);
        em.flush();
        em.createNativeQuery("INSERT INTO training_seat (session_id, seat_no) SELECT :id, generate_series(1, :capacity)")
                .setParameter("id", session.id()).setParameter("capacity", session.capacity()).executeUpdate();
        return SessionView.of(session, 0, 0);
    }

    @Transactional
    public List<SessionView> sessions() {
        List<TrainingSession> sessions = em.createQuery("FROM TrainingSession s ORDER BY s.startsAt, s.id",
                TrainingSession.class).getResultList();
        Map<UUID, Map<RegistrationStatus, Long>> counts = new HashMap<>();
        em.createQuery("""
                SELECT r.sessionId, r.status, count(r) FROM TrainingRegistration r
                WHERE r.status <> :cancelled GROUP BY r.sessionId, r.status""", Object[].class)
                .setParameter("cancelled", RegistrationStatus.CANCELLED)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((UUID) row[0], k -> new HashMap<>())
                        .put((RegistrationStatus) row[1], (Long) row[2]));
        return sessions.stream().map(s -> {
            Map<RegistrationStatus, Long> c = counts.getOrDefault(s.id(), Map.of());
            return SessionView.of(s, c.getOrDefault(RegistrationStatus.CONFIRMED, 0L),
                    c.getOrDefault(RegistrationStatus.WAITLISTED, 0L));
        }).toList();
    }

    @Transactional
    public SessionView session(UUID id) {
        return view(find(id, LockModeType.NONE));
    }

    /**
     * Registers a participant of a town (a town's user for its own town, the Kopfstelle for the town named): on the lowest free seat, or on the waitlist when the session is full.
     * The town must be known to this service (a member, or one that is about to join and needs its basic
     * training); each participant registers once per session.
     */
    @Transactional
    public RegistrationView register(UUID sessionId, String requestedTown, String participantName,
            String participantEmail, Actor by) {
        Instant now = clock.instant();
        String town = by.townFor(requestedTown);
        TrainingSession session = find(sessionId, LockModeType.PESSIMISTIC_WRITE);
        session.requireOpenForRegistration(now);
        if (members.find(town).isEmpty()) {
            throw new InvalidInput("ags", town + " is not a town known to the cooperation");
        }
        long same = em.createQuery("""
                SELECT count(r) FROM TrainingRegistration r WHERE r.sessionId = :session AND r.ags = :ags
                AND lower(r.participantName) = lower(:name) AND r.status <> :cancelled""", Long.class)
                .setParameter("session", sessionId).setParameter("ags", town).setParameter("name", participantName)
                .setParameter("cancelled", RegistrationStatus.CANCELLED).getSingleResult();
        if (same > 0) {
            throw new Conflict(participantName + " of " + town + " is already registered for session " + sessionId);
        }
        TrainingRegistration registration = new TrainingRegistration(UUID.randomUUID(), sessionId, town,
                participantName, participantEmail, freeSeat(sessionId), by.name(), now);
        em.persist(registration);
        em.flush();
        return registrationView(registration);
    }

    /** The session's registrations the actor may see (a town only its own), in order of arrival. */
    @Transactional
    public List<RegistrationView> registrations(UUID sessionId, Actor by) {
        find(sessionId, LockModeType.NONE);
        return viewsOf(sessionId).stream().filter(r -> visible(r.ags(), by)).toList();
    }

    /**
     * Cancels a registration before the session starts; a seat it frees goes, in the same transaction, to the
     * first participant on the waitlist, whose town is told by a {@link TrainingRegistrationPromoted} event.
     */
    @Transactional
    public RegistrationView cancelRegistration(UUID sessionId, UUID registrationId, Actor by) {
        Instant now = clock.instant();
        TrainingSession session = find(sessionId, LockModeType.PESSIMISTIC_WRITE);
        TrainingRegistration registration = registration(sessionId, registrationId, by);
        session.requireOpenForRegistration(now);
        Integer freed = registration.cancel(now);
        em.flush();
        if (freed != null) {
            em.createQuery("""
                    FROM TrainingRegistration r WHERE r.sessionId = :session AND r.status = :waitlisted
                    ORDER BY r.arrival""", TrainingRegistration.class)
                    .setParameter("session", sessionId).setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                    .setMaxResults(1).getResultStream().findFirst()
                    .ifPresent(next -> {
                        next.promoteTo(freed);
                        outbox.add(new TrainingRegistrationPromoted(sessionId, next.id(), next.ags(),
                                next.participantName(), session.topic(), session.startsAt()));
                    });
            em.flush();
        }
        return registrationView(registration);
    }

    /** Changes topic, time, format and place of a session that has not begun; its seats and registrations stay. */
    @Transactional
    public SessionView reschedule(UUID sessionId, String topic, Instant startsAt, Instant endsAt, Format format,
            String place) {
        TrainingSession session = find(sessionId, LockModeType.PESSIMISTIC_WRITE);
        session.reschedule(topic, startsAt, endsAt, format, place, clock.instant());
        return view(session);
    }

    /** Cancels the session and all its registrations; a {@link TrainingSessionCancelled} event names them. */
    @Transactional
    public SessionView cancelSession(UUID sessionId, String reason, Actor by) {
        Instant now = clock.instant();
        TrainingSession session = find(sessionId, LockModeType.PESSIMISTIC_WRITE);
        session.cancel(reason, now);
        List<TrainingRegistration> active = em.createQuery("""
                FROM TrainingRegistration r WHERE r.sessionId = :session AND r.status <> :cancelled
                ORDER BY r.arrival""", TrainingRegistration.class)
                .setParameter("session", sessionId).setParameter("cancelled", RegistrationStatus.CANCELLED)
                .getResultList();
        List<TrainingSessionCancelled.Affected> affected = active.stream()
                .map(r -> new TrainingSessionCancelled.Affected(r.id(), r.ags(), r.participantName(), r.status()))
                .toList();
        active.forEach(r -> r.cancel(now));
        outbox.add(new TrainingSessionCancelled(sessionId, session.topic(), session.startsAt(), session.endsAt(),
                reason, now, affected));
        return view(session);
    }

    @Transactional
    public RegistrationView recordAttendance(UUID sessionId, UUID registrationId, boolean attended, Actor by) {
        TrainingSession session = find(sessionId, LockModeType.NONE);
        session.requireAttendanceRecordable(clock.instant());
        TrainingRegistration registration = registration(sessionId, registrationId, by);
        registration.recordAttendance(attended);
        return registrationView(registration);
    }

    private TrainingSession find(UUID id, LockModeType lock) {
        TrainingSession session = em.find(TrainingSession.class, id, lock);
        if (session == null) {
            throw new NotFound("training session " + id);
        }
        return session;
    }

    private TrainingRegistration registration(UUID sessionId, UUID registrationId, Actor by) {
        TrainingRegistration registration = em.find(TrainingRegistration.class, registrationId);
        if (registration == null || !registration.sessionId().equals(sessionId) || !visible(registration.ags(), by)) {
            throw new NotFound("registration " + registrationId);
        }
        return registration;
    }

    private static boolean visible(String ags, Actor by) {
        return by.kind() != Actor.Kind.TOWN || ags.equals(by.ags());
    }

    /** The lowest seat of the session that no registration holds; null when the session is full. */
    private Integer freeSeat(UUID sessionId) {
        Object seat = em.createNativeQuery("""
                SELECT min(s.seat_no) FROM training_seat s WHERE s.session_id = :session
                AND NOT EXISTS (SELECT 1 FROM training_registration r
                                WHERE r.session_id = s.session_id AND r.seat_no = s.seat_no)""")
                .setParameter("session", sessionId).getSingleResult();
        return seat == null ? null : ((Number) seat).intValue();
    }

    private SessionView view(TrainingSession session) {
        List<RegistrationView> registrations = viewsOf(session.id());
        return SessionView.of(session,
                registrations.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count(),
                registrations.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).count());
    }

    private RegistrationView registrationView(TrainingRegistration registration) {
        return viewsOf(registration.sessionId()).stream().filter(r -> r.id().equals(registration.id()))
                .findFirst().orElseThrow();
    }

    /** All registrations of a session in order of arrival, with waitlist positions. */
    private List<RegistrationView> viewsOf(UUID sessionId) {
        List<TrainingRegistration> all = em.createQuery(
                "FROM TrainingRegistration r WHERE r.sessionId = :session ORDER BY r.arrival", TrainingRegistration.class)
                .setParameter("session", sessionId).getResultList();
        int[] position = {0};
        return all.stream().map(r -> RegistrationView.of(r,
                r.status() == RegistrationStatus.WAITLISTED ? ++position[0] : null)).toList();
    }
}
