package de.kreisunna.ikz.costing.allocation;

import java.math.BigDecimal;
import java.util.List;

/** A town's part of a cost: the rounded amount, the exact value it was rounded from, and every segment behind it. */
public record Share(String ags, Money amount, BigDecimal exact, List<Segment> segments) {
}
