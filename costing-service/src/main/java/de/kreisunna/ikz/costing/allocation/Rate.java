package de.kreisunna.ikz.costing.allocation;

import java.time.LocalDate;

/**
 * A cost at an annual rate over days {@code from}..{@code until} (inclusive; {@code until} null = open).
 * One day costs {@code annualAmount / days of the year} (365 or 366).
 */
public record Rate(LocalDate from, LocalDate until, Money annualAmount) {

    public Rate {
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("rate ends before it starts: " + from + ".." + until);
        }
        if (annualAmount.isNegative()) {
            throw new IllegalArgumentException("a negative rate cannot be allocated: " + annualAmount);
        }
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
