package de.kreisunna.ikz.support.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The stretches of time during which a request's SLA clock ran. It runs from submission, stops while the
 * request waits for the requester and when it is resolved, and runs again when the requester answers or the
 * request is reopened. Only office time inside these stretches counts against a target.
 */
public final class SlaClock {

    /** One stretch of running time; {@code end} is null while the clock still runs. */
    public record Segment(Instant start, Instant end) {
    }

    private final List<Segment> segments;

    private SlaClock(List<Segment> segments) {
        this.segments = segments;
    }

    /** The segments in order of time; only the last may be open. */
    public static SlaClock of(List<Segment> segments) {
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.end() == null && i != segments.size() - 1) {
                throw new IllegalArgumentException("only the last segment of an SLA clock may be open");
            }
            if (s.end() != null && s.end().isBefore(s.start())) {
                throw new IllegalArgumentException("SLA clock segment ends before it starts: " + s);
            }
        }
        return new SlaClock(List.copyOf(segments));
    }

    public boolean isRunning() {
        return !segments.isEmpty() && segments.get(segments.size() - 1).end() == null;
    }

    /** Business time the clock ran until the given instant. */
    public Duration elapsed(BusinessCalendar calendar, Instant until) {
        Duration total = Duration.ZERO;
        for (Segment s : segments) {
            if (!s.start().isBefore(until)) {
                break;
            }
            Instant end = s.end() == null || s.end().isAfter(until) ? until : s.end();
            total = total.plus(calendar.between(s.start(), end));
        }
        return total;
    }

    /**
     * The instant at which the clock has run {@code allowed} business time: in a past segment if that is
     * already so, else projected from the running segment; null if the clock is paused or stopped before.
     */
    public Instant dueAt(BusinessCalendar calendar, Duration allowed) {
        Duration remaining = allowed;
        for (Segment s : segments) {
            if (s.end() == null) {
                return calendar.plus(s.start(), remaining);
            }
            Duration ran = calendar.between(s.start(), s.end());
            if (ran.compareTo(remaining) >= 0) {
                return calendar.plus(s.start(), remaining);
            }
            remaining = remaining.minus(ran);
        }
        return null;
    }

    /**
     * Evaluates one target at {@code now}. {@code achievedAt} is when the target's event happened (first
     * response given, request resolved) or null; a target is breached as soon as more business time ran
     * before that event (or before now) than allowed.
     */
    public SlaEvaluation evaluate(BusinessCalendar calendar, SlaTarget target, Duration allowed, Instant achievedAt,
            Instant now) {
        Instant end = achievedAt != null ? achievedAt : now;
        Duration elapsed = elapsed(calendar, end);
        Instant due = dueAt(calendar, allowed);
        SlaState state;
        if (elapsed.compareTo(allowed) > 0) {
            state = SlaState.BREACHED;
        } else if (achievedAt != null) {
            state = SlaState.MET;
        } else {
            state = isRunning() ? SlaState.RUNNING : SlaState.PAUSED;
        }
        return new SlaEvaluation(target, allowed, elapsed, due, achievedAt, state);
    }
}
