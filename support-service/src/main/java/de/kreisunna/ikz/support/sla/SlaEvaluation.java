package de.kreisunna.ikz.support.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * One SLA target of one request at a moment: the business time allowed and used, the due instant (null
 * while the clock is paused or stopped short of the target), when the target was achieved (null if not yet)
 * and the resulting state.
 */
public record SlaEvaluation(SlaTarget target, Duration allowed, Duration elapsed, Instant dueAt, Instant achievedAt,
        SlaState state) {

    public boolean breached() {
        return state == SlaState.BREACHED;
    }
}
