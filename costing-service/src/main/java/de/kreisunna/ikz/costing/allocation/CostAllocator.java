package de.kreisunna.ikz.costing.allocation;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Divides costs of one calendar year among towns, day by day, and rounds to cents only at the end.
 *
 * <p>Pro rata temporis: a cost at an annual rate costs {@code rate / D} per day, D = 365 or 366. With
 * {@link #share} each day's cost is split among the towns by their weights of that day (weight 1 per member
 * = equal parts; licence counts = by licences). With {@link #charge} nothing is split: each town pays the
 * rate per unit of weight (e.g. per licence) for its own days.
 *
 * <p>Rounding: the exact total (a fraction of cents) is rounded half up to a whole cent once; the shares are
 * then found by the largest-remainder method: every town gets its exact share rounded down, and the cents
 * still missing to the total go one each to the largest fractional remainders. Ties are broken by ascending
 * AGS (the cost of days without anybody, if any, comes last). So shares always add up to the total, and no
 * share differs from its exact value by a cent or more. A town's segments are rounded to its share the same
 * way (ties: the earlier segment first).
 */
public final class CostAllocator {

    private static final Comparator<String> BY_AGS = Comparator.naturalOrder();

    /** Splits each day's cost among the towns by their weights of that day. */
    public Allocation share(SplitKey key, Year year, List<Rate> rates, List<Weight> weights) {
        Map<String, List<RawSegment>> raw = new TreeMap<>();
        Fraction unallocated = Fraction.ZERO;
        Fraction total = Fraction.ZERO;
        int daysOfYear = year.length();
        for (Interval interval : intervals(year, rates, weights)) {
            Rate rate = rateOn(rates, interval.from);
            if (rate == null) {
                continue;
            }
            Fraction cost = rate.annualAmount().exactCents().times(interval.days()).dividedBy(daysOfYear);
            total = total.plus(cost);
            Map<String, Long> weightsOn = weightsOn(weights, interval.from);
            long totalWeight = weightsOn.values().stream().mapToLong(Long::longValue).sum();
            if (totalWeight == 0) {
                unallocated = unallocated.plus(cost);
                continue;
            }
            int members = weightsOn.size();
            for (Map.Entry<String, Long> town : weightsOn.entrySet()) {
                Fraction part = cost.times(town.getValue()).dividedBy(totalWeight);
                raw.computeIfAbsent(town.getKey(), k -> new ArrayList<>()).add(new RawSegment(interval.from,
                        interval.until, interval.days(), members, town.getValue(), totalWeight, rate.annualAmount(), part));
            }
        }
        Map<String, Fraction> exact = new LinkedHashMap<>();
        raw.forEach((ags, segments) -> exact.put(ags, segments.stream().map(RawSegment::exact).reduce(Fraction.ZERO, Fraction::plus)));
        BigInteger totalCents = total.roundHalfUp();
        Map<String, Fraction> withRest = new LinkedHashMap<>(exact);
        String rest = null;
        if (unallocated.signum() > 0) {
            rest = "\uffffunallocated";
            withRest.put(rest, unallocated);
        }
        Map<String, BigInteger> rounded = largestRemainder(totalCents, withRest, BY_AGS);
        List<Share> shares = new ArrayList<>();
        raw.forEach((ags, segments) -> shares.add(share(ags, rounded.get(ags), exact.get(ags), merge(segments), daysOfYear)));
        Money unallocatedMoney = rest == null ? Money.ZERO : Money.ofCents(rounded.get(rest));
        return new Allocation(key, Money.ofCents(totalCents), List.copyOf(shares), unallocatedMoney);
    }

    /**
     * Charges each town the rate per unit of its weight for its own days, without sharing (split key DIRECT);
     * each town's charge is rounded half up to the cent on its own, and the total is the sum of the charges.
     */
    public Allocation charge(Year year, List<Rate> rates, List<Weight> weights) {
        Map<String, List<RawSegment>> raw = new TreeMap<>();
        int daysOfYear = year.length();
        for (Interval interval : intervals(year, rates, weights)) {
            Rate rate = rateOn(rates, interval.from);
            if (rate == null) {
                continue;
            }
            Fraction unitCost = rate.annualAmount().exactCents().times(interval.days()).dividedBy(daysOfYear);
            Map<String, Long> weightsOn = weightsOn(weights, interval.from);
            long totalWeight = weightsOn.values().stream().mapToLong(Long::longValue).sum();
            for (Map.Entry<String, Long> town : weightsOn.entrySet()) {
                raw.computeIfAbsent(town.getKey(), k -> new ArrayList<>()).add(new RawSegment(interval.from,
                        interval.until, interval.days(), weightsOn.size(), town.getValue(), totalWeight, rate.annualAmount(),
                        unitCost.times(town.getValue())));
            }
        }
        List<Share> shares = new ArrayList<>();
        Money total = Money.ZERO;
        for (Map.Entry<String, List<RawSegment>> town : raw.entrySet()) {
            Fraction exact = town.getValue().stream().map(RawSegment::exact).reduce(Fraction.ZERO, Fraction::plus);
            BigInteger cents = exact.roundHalfUp();
            shares.add(share(town.getKey(), cents, exact, merge(town.getValue()), daysOfYear));
            total = total.plus(Money.ofCents(cents));
        }
        return new Allocation(SplitKey.DIRECT, total, List.copyOf(shares), Money.ZERO);
    }

    /**
     * Rounds exact values (in cents) to whole cents that add up to {@code total}: floors first, then one cent
     * each to the largest remainders, ties in {@code order}.
     */
    public static <K> Map<K, BigInteger> largestRemainder(BigInteger total, Map<K, Fraction> exact, Comparator<K> order) {
        Map<K, BigInteger> result = new LinkedHashMap<>();
        BigInteger floors = BigInteger.ZERO;
        for (Map.Entry<K, Fraction> e : exact.entrySet()) {
            BigInteger floor = e.getValue().floor();
            result.put(e.getKey(), floor);
            floors = floors.add(floor);
        }
        BigInteger missing = total.subtract(floors);
        if (missing.signum() < 0 || missing.compareTo(BigInteger.valueOf(exact.size())) > 0) {
            throw new IllegalArgumentException("cannot round " + exact + " to a total of " + total + " cents");
        }
        List<K> byRemainder = new ArrayList<>(exact.keySet());
        byRemainder.sort(Comparator.<K, Fraction>comparing(k -> exact.get(k).remainder()).reversed().thenComparing(order));
        for (int i = 0; i < missing.intValueExact(); i++) {
            result.merge(byRemainder.get(i), BigInteger.ONE, BigInteger::add);
        }
        return result;
    }

    private static Share share(String ags, BigInteger cents, Fraction exact, List<RawSegment> segments, int daysOfYear) {
        Map<Integer, Fraction> segmentExact = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            segmentExact.put(i, segments.get(i).exact);
        }
        Map<Integer, BigInteger> segmentCents = largestRemainder(cents, segmentExact, Comparator.naturalOrder());
        List<Segment> result = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            RawSegment s = segments.get(i);
            result.add(new Segment(s.from, s.until, s.days, daysOfYear, s.members, s.weight, s.totalWeight, s.annualRate,
                    s.exact.dividedBy(100).toDecimal(6), Money.ofCents(segmentCents.get(i))));
        }
        return new Share(ags, Money.ofCents(cents), exact.dividedBy(100).toDecimal(6), List.copyOf(result));
    }

    /** Joins adjacent segments that are computed the same way (same members, weights and rate). */
    private static List<RawSegment> merge(List<RawSegment> segments) {
        List<RawSegment> merged = new ArrayList<>();
        for (RawSegment s : segments) {
            RawSegment last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.until.plusDays(1).equals(s.from) && last.members == s.members
                    && last.weight == s.weight && last.totalWeight == s.totalWeight && last.annualRate.equals(s.annualRate)) {
                merged.set(merged.size() - 1, new RawSegment(last.from, s.until, last.days + s.days, s.members, s.weight,
                        s.totalWeight, s.annualRate, last.exact.plus(s.exact)));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** The year cut at every day on which a rate or a weight begins or ends. */
    private static List<Interval> intervals(Year year, List<Rate> rates, List<Weight> weights) {
        LocalDate first = year.atDay(1);
        LocalDate afterLast = year.plusYears(1).atDay(1);
        TreeSet<LocalDate> cuts = new TreeSet<>(List.of(first, afterLast));
        for (Rate r : rates) {
            cut(cuts, r.from(), first, afterLast);
            if (r.until() != null) {
                cut(cuts, r.until().plusDays(1), first, afterLast);
            }
        }
        for (Weight w : weights) {
            cut(cuts, w.from(), first, afterLast);
            if (w.until() != null) {
                cut(cuts, w.until().plusDays(1), first, afterLast);
            }
        }
        List<Interval> intervals = new ArrayList<>();
        LocalDate from = null;
        for (LocalDate cut : cuts) {
            if (from != null) {
                intervals.add(new Interval(from, cut.minusDays(1)));
            }
            from = cut;
        }
        return intervals;
    }

    private static void cut(TreeSet<LocalDate> cuts, LocalDate day, LocalDate first, LocalDate afterLast) {
        if (day.isAfter(first) && day.isBefore(afterLast)) {
            cuts.add(day);
        }
    }

    private static Rate rateOn(List<Rate> rates, LocalDate day) {
        Rate found = null;
        for (Rate r : rates) {
            if (r.covers(day)) {
                if (found != null) {
                    throw new IllegalArgumentException("two rates overlap on " + day);
                }
                found = r;
            }
        }
        return found;
    }

    private static Map<String, Long> weightsOn(List<Weight> weights, LocalDate day) {
        Map<String, Long> sums = new HashMap<>();
        for (Weight w : weights) {
            if (w.covers(day)) {
                sums.merge(w.ags(), w.weight(), Long::sum);
            }
        }
        Map<String, Long> positive = new TreeMap<>();
        sums.forEach((ags, sum) -> {
            if (sum > 0) {
                positive.put(ags, sum);
            }
        });
        return positive;
    }

    private record Interval(LocalDate from, LocalDate until) {

        int days() {
            return (int) ChronoUnit.DAYS.between(from, until) + 1;
        }
    }

    private record RawSegment(LocalDate from, LocalDate until, int days, int members, long weight, long totalWeight,
            Money annualRate, Fraction exact) {
    }
}
