package de.kreisunna.ikz.costing.item;

import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.allocation.SplitKey;
import java.time.LocalDate;

/**
 * A pass-through cost of one year that the operator (Kreis Unna) invoices.
 * <ul>
 *   <li>EQUAL / BY_LICENCES: {@code amount} for the whole year, split day by day among the members (equal parts)
 *       or by the licences of {@code product} (all products if null) each town holds that day.</li>
 *   <li>DIRECT: {@code unitPrice} per licence and year, charged to each town for its own licences over
 *       {@code validFrom..validUntil} (default: the whole year): either {@code count} licences of town {@code ags}
 *       as entered, or, without a count, the licence counts of {@code product} consumed from the support service.</li>
 * </ul>
 */
public record CostItemTerms(long id, int year, String kind, String label, SplitKey splitKey, Money amount,
        Money unitPrice, String product, String ags, Integer count, LocalDate validFrom, LocalDate validUntil) {

    public static final String MAINTENANCE = "MAINTENANCE";
    public static final String ADDITIONAL_LICENCES = "ADDITIONAL_LICENCES";
    public static final String OTHER = "OTHER";
}
