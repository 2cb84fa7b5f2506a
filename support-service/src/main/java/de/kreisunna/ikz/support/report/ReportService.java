package de.kreisunna.ikz.support.report;

import de.kreisunna.ikz.membership.projection.MemberTown;
import de.kreisunna.ikz.membership.projection.MembershipProjection;
import de.kreisunna.ikz.support.report.ActivityReport.ParticipantFacts;
import de.kreisunna.ikz.support.report.ActivityReport.RequestFacts;
import de.kreisunna.ikz.support.report.ActivityReport.SessionFacts;
import de.kreisunna.ikz.support.report.ActivityReport.SlaOutcome;
import de.kreisunna.ikz.support.request.SlaPolicy;
import de.kreisunna.ikz.support.request.Status;
import de.kreisunna.ikz.support.request.SupportRequest;
import de.kreisunna.ikz.support.sla.BusinessCalendar;
import de.kreisunna.ikz.support.sla.SlaClock;
import de.kreisunna.ikz.support.sla.SlaTarget;
import de.kreisunna.ikz.support.training.RegistrationStatus;
import de.kreisunna.ikz.support.training.TrainingRegistration;
import de.kreisunna.ikz.support.training.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Gathers a year's requests (by submission day) and training sessions (by start day) for the activity report. */
@ApplicationScoped
public class ReportService {

    private final EntityManager em;
    private final Clock clock;
    private final SlaPolicy policy;
    private final MembershipProjection members;

    ReportService(EntityManager em, Clock clock, SlaPolicy policy, MembershipProjection members) {
        this.em = em;
        this.clock = clock;
        this.policy = policy;
        this.members = members;
    }

    @Transactional
    public ActivityReport activity(int year) {
        Instant now = clock.instant();
        BusinessCalendar calendar = policy.calendar();
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(calendar.zone()).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(calendar.zone()).toInstant();

        List<RequestFacts> requests = em.createQuery(
                        "FROM SupportRequest r WHERE r.createdAt >= :from AND r.createdAt < :to", SupportRequest.class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(r -> facts(r, now)).toList();

        List<TrainingSession> sessions = em.createQuery(
                        "FROM TrainingSession s WHERE s.startsAt >= :from AND s.startsAt < :to", TrainingSession.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<UUID, List<TrainingRegistration>> confirmed = sessions.isEmpty() ? Map.of() : em.createQuery(
                        "FROM TrainingRegistration r WHERE r.sessionId IN :sessions AND r.status = :confirmed",
                        TrainingRegistration.class)
                .setParameter("sessions", sessions.stream().map(TrainingSession::id).toList())
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getResultList().stream().collect(Collectors.groupingBy(TrainingRegistration::sessionId));
        List<SessionFacts> sessionFacts = sessions.stream().map(s -> {
            boolean cancelled = s.status() == TrainingSession.Status.CANCELLED;
            return new SessionFacts(!cancelled && !s.endsAt().isAfter(now), cancelled,
                    confirmed.getOrDefault(s.id(), List.of()).stream()
                            .map(r -> new ParticipantFacts(r.ags(), r.attended())).toList());
        }).toList();

        return ActivityReport.compile(year, now, requests, sessionFacts,
                ags -> members.find(ags).map(MemberTown::name).orElse(null));
    }

    private RequestFacts facts(SupportRequest r, Instant now) {
        SlaClock clockOfRequest = r.slaClock();
        BusinessCalendar calendar = policy.calendar();
        Duration firstResponse = r.firstRespondedAt() == null ? null : clockOfRequest.elapsed(calendar, r.firstRespondedAt());
        boolean resolved = (r.status() == Status.RESOLVED || r.status() == Status.CLOSED) && r.resolvedAt() != null;
        Duration resolution = resolved ? clockOfRequest.elapsed(calendar, r.resolvedAt()) : null;
        boolean breached = Arrays.stream(SlaTarget.values()).anyMatch(t -> policy.evaluate(r, t, now).breached());
        SlaOutcome outcome = breached ? SlaOutcome.BREACHED : r.status().isFinished() ? SlaOutcome.KEPT : SlaOutcome.UNDECIDED;
        return new RequestFacts(r.ags(), r.category(), firstResponse, resolution, outcome);
    }
}
