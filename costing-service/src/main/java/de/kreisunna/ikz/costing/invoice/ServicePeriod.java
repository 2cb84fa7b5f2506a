package de.kreisunna.ikz.costing.invoice;

import de.kreisunna.ikz.costing.allocation.Segment;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;

/**
 * The service period of an invoice (BT-73/BT-74): from the first to the last day of the year on which the town
 * bore a part of the cost, i.e. its days of membership in that year; the whole year if nothing says otherwise.
 */
public record ServicePeriod(LocalDate from, LocalDate until) {

    public ServicePeriod {
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("a service period ends on or after its start: " + from + ".." + until);
        }
    }

    public static ServicePeriod of(int year, Collection<Segment> segments) {
        if (segments.isEmpty()) {
            return new ServicePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        return new ServicePeriod(segments.stream().map(Segment::from).min(Comparator.naturalOrder()).orElseThrow(),
                segments.stream().map(Segment::until).max(Comparator.naturalOrder()).orElseThrow());
    }
}
