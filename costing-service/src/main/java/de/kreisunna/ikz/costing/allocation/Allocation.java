package de.kreisunna.ikz.costing.allocation;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of dividing one cost: the shares (ordered by AGS) add up to {@code total} exactly, together with
 * {@code unallocated}, the cost of days on which nobody was there to bear it (normally zero).
 */
public record Allocation(SplitKey key, Money total, List<Share> shares, Money unallocated) {

    public Optional<Share> shareOf(String ags) {
        return shares.stream().filter(s -> s.ags().equals(ags)).findFirst();
    }

    /** The amount a town bears; zero if it has no share. */
    public Money amountOf(String ags) {
        return shareOf(ags).map(Share::amount).orElse(Money.ZERO);
    }
}
