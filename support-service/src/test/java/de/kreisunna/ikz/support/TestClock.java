package de.kreisunna.ikz.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in {@code @QuarkusTest}s (it replaces the platform's default clock bean): every test sets
 * the moment it needs, in the Kopfstelle's local time, and moves it forward.
 */
@Singleton
public class TestClock extends Clock {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private volatile Instant now = Instant.parse("2026-03-02T08:00:00Z");

    /** Sets the clock to a local date-time in Berlin, e.g. {@code "2026-03-02T09:00"}. */
    public Instant set(String berlinDateTime) {
        now = at(berlinDateTime);
        return now;
    }

    public Instant advance(Duration duration) {
        now = now.plus(duration);
        return now;
    }

    public static Instant at(String berlinDateTime) {
        return LocalDateTime.parse(berlinDateTime).atZone(BERLIN).toInstant();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
