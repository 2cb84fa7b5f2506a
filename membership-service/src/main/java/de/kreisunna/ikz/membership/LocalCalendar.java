package de.kreisunna.ikz.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which day it is for the cooperation: every party is in Kreis Unna, so "today" is the German calendar day,
 * not the UTC one of the injected clock (they differ for an hour or two around midnight).
 */
public final class LocalCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private LocalCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
