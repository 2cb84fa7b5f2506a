package de.kreisunna.ikz.support.sla;

import java.time.Duration;

/** Business time allowed until the first response and until the resolution (for one priority). */
public record SlaTargets(Duration firstResponse, Duration resolution) {

    public SlaTargets {
        if (firstResponse == null || resolution == null || firstResponse.isNegative() || firstResponse.isZero()
                || resolution.isNegative() || resolution.isZero()) {
            throw new IllegalArgumentException("SLA targets must be positive durations");
        }
        if (resolution.compareTo(firstResponse) < 0) {
            throw new IllegalArgumentException("the resolution target " + resolution
                    + " is shorter than the first-response target " + firstResponse);
        }
    }

    public Duration of(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? firstResponse : resolution;
    }
}
