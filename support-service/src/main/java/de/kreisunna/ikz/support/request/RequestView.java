package de.kreisunna.ikz.support.request;

import de.kreisunna.ikz.support.access.Actor;
import de.kreisunna.ikz.support.sla.SlaEvaluation;
import de.kreisunna.ikz.support.sla.SlaState;
import de.kreisunna.ikz.support.sla.SlaTarget;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A request as one actor may see it, with its SLA evaluated at the moment of reading. Requesters never see
 * internal notes; {@code comments} is empty in lists.
 */
public record RequestView(UUID id, String ags, Category category, Priority priority, Status status, Team team,
        List<Team> route, Channel channel, String submittedBy, String externalReference, String subject,
        String description, String requesterName, String requesterContact, String assignee, Instant createdAt,
        Instant firstRespondedAt, Instant resolvedAt, Instant closedAt, Instant reopenableUntil, LicenceView licence,
        SlaView sla, List<CommentView> comments) {

    /** The requested licences and, once granted, what was granted. */
    public record LicenceView(String product, Integer quantity, LocalDate effectiveFrom, Integer grantedQuantity,
            LocalDate grantedFrom, Instant grantedAt) {
    }

    public record SlaView(boolean paused, TargetView firstResponse, TargetView resolution) {
    }

    /** One target: allowed and used business hours, the due instant (null while paused), state and breach. */
    public record TargetView(SlaState state, BigDecimal allowedHours, BigDecimal elapsedHours, Instant dueAt,
            Instant achievedAt, Instant breachedAt) {

        static TargetView of(SlaEvaluation e, Instant breachedAt) {
            return new TargetView(e.state(), Hours.of(e.allowed()), Hours.of(e.elapsed()), e.dueAt(), e.achievedAt(),
                    breachedAt);
        }
    }

    public record CommentView(UUID id, Instant at, String author, boolean byStaff, boolean internal, String text,
            OnBehalfOf onBehalfOf) {
    }

    public record HistoryView(Instant at, String actor, Change change, Status fromStatus, Status toStatus,
            String detail) {
    }

    public static RequestView of(SupportRequest r, Actor viewer, SlaPolicy policy, Duration reopenPeriod, Instant now,
            boolean withComments) {
        LicenceView licence = r.licence() == null ? null : new LicenceView(r.licence().product(),
                r.licence().quantity(), r.licence().effectiveFrom(), r.grantedQuantity(), r.grantedFrom(), r.grantedAt());
        SlaEvaluation first = policy.evaluate(r, SlaTarget.FIRST_RESPONSE, now);
        SlaEvaluation resolution = policy.evaluate(r, SlaTarget.RESOLUTION, now);
        SlaView sla = new SlaView(r.status() == Status.WAITING_FOR_REQUESTER,
                TargetView.of(first, r.breachedAt(SlaTarget.FIRST_RESPONSE)),
                TargetView.of(resolution, r.breachedAt(SlaTarget.RESOLUTION)));
        List<CommentView> comments = !withComments ? List.of() : r.comments().stream()
                .filter(c -> viewer.isStaff() || !c.internal())
                .map(c -> new CommentView(c.id(), c.at(), c.author(), c.byStaff(), c.internal(), c.text(), c.onBehalfOf()))
                .toList();
        return new RequestView(r.id(), r.ags(), r.category(), r.priority(), r.status(), r.team(),
                r.category().route().steps(), r.channel(), r.submittedBy(), r.externalReference(), r.subject(),
                r.description(), r.requesterName(), r.requesterContact(), r.assignee(), r.createdAt(),
                r.firstRespondedAt(), r.resolvedAt(), r.closedAt(), r.reopenableUntil(reopenPeriod), licence, sla,
                comments);
    }

    /** The history as the viewer may see it: requesters do not see internal entries (notes, assignments). */
    public static List<HistoryView> historyOf(SupportRequest r, Actor viewer) {
        return r.history().stream()
                .filter(h -> viewer.isStaff() || !h.internal())
                .map(h -> new HistoryView(h.at(), h.actor(), h.change(), h.fromStatus(), h.toStatus(), h.detail()))
                .toList();
    }
}
