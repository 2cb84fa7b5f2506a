package de.kreisunna.ikz.costing.allocation;

/** How a cost is divided among the towns. */
public enum SplitKey {
    /** Each day's cost in equal parts among the members of that day (pro rata temporis). */
    EQUAL,
    /** Each day's cost in proportion to the licences each town holds on that day. */
    BY_LICENCES,
    /** No sharing: each town pays a unit price per licence and year for the licences it holds, per day. */
    DIRECT
}
