package de.kreisunna.ikz.costing.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Consecutive days on which a town's part of the cost is computed the same way: {@code days} days at
 * {@code annualRate}, of which the town bears {@code weight / totalWeight} (with equal shares: 1 of
 * {@code members}). {@code exact} is the unrounded amount (6 decimals, for reading); {@code amount} is the
 * rounded cent amount, chosen so that a town's segments add up exactly to its share.
 */
public record Segment(LocalDate from, LocalDate until, int days, int daysOfYear, int members, long weight,
        long totalWeight, Money annualRate, BigDecimal exact, Money amount) {
}
