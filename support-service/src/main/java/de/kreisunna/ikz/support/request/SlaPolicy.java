package de.kreisunna.ikz.support.request;

import de.kreisunna.ikz.support.sla.BusinessCalendar;
import de.kreisunna.ikz.support.sla.SlaEvaluation;
import de.kreisunna.ikz.support.sla.SlaTarget;
import de.kreisunna.ikz.support.sla.SlaTargets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** The SLA promises for requests: targets per priority, counted on the business calendar. */
public final class SlaPolicy {

    private final BusinessCalendar calendar;
    private final Map<Priority, SlaTargets> targets;

    public SlaPolicy(BusinessCalendar calendar, Map<Priority, SlaTargets> targets) {
        for (Priority p : Priority.values()) {
            if (!targets.containsKey(p)) {
                throw new IllegalArgumentException("no SLA targets for priority " + p);
            }
        }
        this.calendar = calendar;
        this.targets = new EnumMap<>(targets);
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public SlaTargets targets(Priority priority) {
        return targets.get(priority);
    }

    public SlaEvaluation evaluate(SupportRequest request, SlaTarget target, Instant now) {
        return request.slaClock().evaluate(calendar, target, targets(request.priority()).of(target),
                request.achievedAt(target), now);
    }
}
