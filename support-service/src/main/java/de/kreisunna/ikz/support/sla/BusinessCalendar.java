package de.kreisunna.ikz.support.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Business-time arithmetic: office hours of the week, minus public holidays, in the Kopfstelle's time zone.
 * SLA targets are business durations ("4 business hours"), so a request submitted on Friday afternoon is
 * due on Monday, and Easter does not count.
 */
public final class BusinessCalendar {

    /** How far {@link #plus} searches for office time; reaching it means the hours are misconfigured. */
    private static final int SEARCH_DAYS = 3 * 366;

    private final BusinessHours hours;
    private final Holidays holidays;
    private final ZoneId zone;

    public BusinessCalendar(BusinessHours hours, Holidays holidays, ZoneId zone) {
        this.hours = hours;
        this.holidays = holidays;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The calendar day of an instant where the Kopfstelle works. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public boolean isBusinessDay(LocalDate day) {
        return !hours.on(day.getDayOfWeek()).isEmpty() && !holidays.isHoliday(day);
    }

    /** The instant when {@code businessTime} of office time has passed after {@code start}. */
    public Instant plus(Instant start, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("business time must not be negative: " + businessTime);
        }
        Duration remaining = businessTime;
        LocalDate day = dayOf(start);
        for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
            for (Span window : windows(day)) {
                Instant from = later(window.start(), start);
                if (!from.isBefore(window.end())) {
                    continue;
                }
                Duration available = Duration.between(from, window.end());
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("no office time within " + SEARCH_DAYS + " days after " + start
                + "; check the configured office hours");
    }

    /** The office time between two instants (zero if {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        for (LocalDate day = dayOf(from); !day.isAfter(dayOf(to)); day = day.plusDays(1)) {
            for (Span window : windows(day)) {
                Instant a = later(window.start(), from);
                Instant b = window.end().isBefore(to) ? window.end() : to;
                if (a.isBefore(b)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    private List<Span> windows(LocalDate day) {
        if (!isBusinessDay(day)) {
            return List.of();
        }
        return hours.on(day.getDayOfWeek()).stream()
                .map(w -> new Span(ZonedDateTime.of(day, w.opens(), zone).toInstant(),
                        ZonedDateTime.of(day, w.closes(), zone).toInstant()))
                .toList();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private record Span(Instant start, Instant end) {
    }
}
