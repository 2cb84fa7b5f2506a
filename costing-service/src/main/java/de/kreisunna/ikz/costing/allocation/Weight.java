package de.kreisunna.ikz.costing.allocation;

import java.time.LocalDate;

/**
 * A town's weight on days {@code from}..{@code until} (inclusive; null = open): 1 per membership for equal
 * shares, the number of licences for shares by licences. Weights of one town that overlap add up.
 */
public record Weight(String ags, LocalDate from, LocalDate until, long weight) {

    public Weight {
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("weight of " + ags + " ends before it starts: " + from + ".." + until);
        }
        if (weight < 0) {
            throw new IllegalArgumentException("weight of " + ags + " is negative: " + weight);
        }
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
