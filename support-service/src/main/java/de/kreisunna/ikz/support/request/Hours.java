package de.kreisunna.ikz.support.request;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Business durations as decimal hours with two places, the unit people read SLA figures in. */
public final class Hours {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private Hours() {
    }

    public static BigDecimal of(Duration duration) {
        return duration == null ? null
                : BigDecimal.valueOf(duration.toSeconds()).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }
}
