package de.kreisunna.ikz.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which day it is for the cooperation. Every party is in Kreis Unna, so "today" (an issue date, a notice day, the
 * Kopfstelle's office hours) is the calendar day in the cooperation's time zone, not the UTC day of the injected
 * clock; they differ for an hour or two around midnight. The one setting is {@code ikz.time-zone}.
 */
@ApplicationScoped
public class CooperationCalendar {

    private final Clock clock;
    private final ZoneId zone;

    CooperationCalendar(Clock clock, @ConfigProperty(name = "ikz.time-zone", defaultValue = "Europe/Berlin") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** The cooperation's time zone. */
    public ZoneId zone() {
        return zone;
    }

    /** Today in the cooperation's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
