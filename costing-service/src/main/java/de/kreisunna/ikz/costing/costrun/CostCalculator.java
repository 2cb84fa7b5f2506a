package de.kreisunna.ikz.costing.costrun;

import de.kreisunna.ikz.costing.agreement.AgreementTerms;
import de.kreisunna.ikz.costing.agreement.CostClause;
import de.kreisunna.ikz.costing.agreement.Party;
import de.kreisunna.ikz.costing.allocation.Allocation;
import de.kreisunna.ikz.costing.allocation.CostAllocator;
import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.allocation.Rate;
import de.kreisunna.ikz.costing.allocation.Share;
import de.kreisunna.ikz.costing.allocation.SplitKey;
import de.kreisunna.ikz.costing.allocation.Weight;
import de.kreisunna.ikz.costing.item.CostItemTerms;
import de.kreisunna.ikz.costing.licence.LicenceGrant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Computes a year's result from its inputs alone (no clock, no database), so the same inputs always give the
 * same result. The cost clause of the agreement in force on a day sets that day's Kopfstelle cost; where
 * agreements overlap, the one in force from the later day governs.
 *
 * <p>Pay grade: the run may name one; it must then be allowed by every cost clause used. Otherwise each
 * clause's first pay grade is taken.
 */
public final class CostCalculator {

    private final CostAllocator allocator = new CostAllocator();

    public CostRunResult compute(CostInputs in) {
        return compute(in, percent -> { });
    }

    /** {@code progress} hears percentages while the computation goes on (for long cost runs). */
    public CostRunResult compute(CostInputs in, IntConsumer progress) {
        Year year = Year.of(in.year());
        LocalDate first = year.atDay(1);
        LocalDate last = year.atDay(year.length());
        List<String> warnings = new ArrayList<>();
        List<Weight> members = memberWeights(in.members());
        if (members.stream().noneMatch(w -> !w.from().isAfter(last) && (w.until() == null || !w.until().isBefore(first)))) {
            warnings.add("no town is a member in " + in.year());
        }

        List<CostRunResult.ClausePeriod> periods = clausePeriods(in, first, last, warnings);
        warnIllustrative(in, periods, warnings);
        List<Rate> rates = periods.stream().map(p -> new Rate(p.from(), p.until(), p.cost().annual())).toList();
        Allocation kopfstelle = allocator.share(SplitKey.EQUAL, year, rates, members);
        if (!kopfstelle.unallocated().isZero()) {
            warnings.add("Kopfstelle cost of days without any member is not allocated: " + kopfstelle.unallocated() + " EUR");
        }
        String lastAgreement = periods.isEmpty() ? null : periods.get(periods.size() - 1).agreementId();
        String kopfstelleIssuer = issuer(in, lastAgreement, Party.KOPFSTELLE, in.defaultIssuers().kopfstelle());
        progress.accept(50);

        List<CostRunResult.ItemPart> items = new ArrayList<>();
        for (CostItemTerms item : in.items()) {
            Allocation allocation = allocateItem(item, year, members, in.licences());
            if (!allocation.unallocated().isZero()) {
                warnings.add("cost item " + item.id() + " (" + item.label() + "): " + allocation.unallocated()
                        + " EUR of days on which nobody " + (item.splitKey() == SplitKey.BY_LICENCES
                        ? "held a licence" : "was a member") + " is not allocated");
            }
            items.add(new CostRunResult.ItemPart(item.id(), item.kind(), item.label(), item.splitKey(), item.product(),
                    item.amount(), item.unitPrice(), allocation));
        }
        String operator = issuer(in, lastAgreement, Party.OPERATOR, in.defaultIssuers().operator());
        progress.accept(90);

        return new CostRunResult(in.year(), in.edition().label(),
                new CostRunResult.KopfstellePart(kopfstelleIssuer, periods, kopfstelle),
                new CostRunResult.PassThroughPart(operator, items), totals(in, kopfstelle, items), List.copyOf(warnings));
    }

    private List<CostRunResult.ClausePeriod> clausePeriods(CostInputs in, LocalDate first, LocalDate last,
            List<String> warnings) {
        List<AgreementTerms> inForce = in.agreements().stream().filter(AgreementTerms::hasBeenInForce)
                .sorted(Comparator.comparing(AgreementTerms::inForceFrom).thenComparing(AgreementTerms::agreementId))
                .toList();
        List<CostRunResult.ClausePeriod> periods = new ArrayList<>();
        for (int i = 0; i < inForce.size(); i++) {
            AgreementTerms a = inForce.get(i);
            LocalDate until = a.endedOn();
            if (i + 1 < inForce.size()) {
                LocalDate beforeNext = inForce.get(i + 1).inForceFrom().minusDays(1);
                until = until == null || beforeNext.isBefore(until) ? beforeNext : until;
            }
            LocalDate from = a.inForceFrom().isBefore(first) ? first : a.inForceFrom();
            until = until == null || until.isAfter(last) ? last : until;
            if (until.isBefore(from)) {
                continue;
            }
            CostClause clause = a.costClause();
            if (clause.allocation() != null && !CostClause.EQUAL.equals(clause.allocation())) {
                throw new CostRunException("agreement " + a.agreementId() + " asks for allocation '" + clause.allocation()
                        + "'; only EQUAL is supported");
            }
            String grade = in.payGrade() == null ? clause.payGrades().get(0) : in.payGrade();
            if (!clause.payGrades().contains(grade)) {
                throw new CostRunException("pay grade '" + grade + "' is not allowed by the cost clause of agreement "
                        + a.agreementId() + " (allowed: " + String.join(", ", clause.payGrades()) + ")");
            }
            periods.add(new CostRunResult.ClausePeriod(a.agreementId(), a.revision(), a.title(), a.legalBasis(), from,
                    until, KopfstelleCost.of(clause, grade, in.edition())));
        }
        LocalDate uncoveredFrom = first;
        for (CostRunResult.ClausePeriod p : periods) {
            if (p.from().isAfter(uncoveredFrom)) {
                warnings.add("no agreement in force from " + uncoveredFrom + " to " + p.from().minusDays(1)
                        + ": no Kopfstelle cost for those days");
            }
            uncoveredFrom = p.until().plusDays(1);
        }
        if (!uncoveredFrom.isAfter(last)) {
            warnings.add("no agreement in force from " + uncoveredFrom + " to " + last + ": no Kopfstelle cost for those days");
        }
        return periods;
    }

    private static void warnIllustrative(CostInputs in, List<CostRunResult.ClausePeriod> periods, List<String> warnings) {
        periods.stream().map(p -> p.cost()).filter(KopfstelleCost::personnelCostIllustrative)
                .map(KopfstelleCost::payGrade).distinct()
                .forEach(g -> warnings.add("the personnel cost of " + g + " in KGSt edition " + in.edition().label()
                        + " is illustrative, not a published KGSt figure"));
        if (!periods.isEmpty() && in.edition().materialCostIllustrative()) {
            warnings.add("the material cost in KGSt edition " + in.edition().label()
                    + " is illustrative, not a published KGSt figure");
        }
    }

    private Allocation allocateItem(CostItemTerms item, Year year, List<Weight> members, List<LicenceGrant> licences) {
        LocalDate first = year.atDay(1);
        LocalDate last = year.atDay(year.length());
        return switch (item.splitKey()) {
            case EQUAL -> allocator.share(SplitKey.EQUAL, year, List.of(new Rate(first, last, item.amount())), members);
            case BY_LICENCES -> allocator.share(SplitKey.BY_LICENCES, year, List.of(new Rate(first, last, item.amount())),
                    licenceWeights(licences, item.product(), null));
            case DIRECT -> {
                LocalDate from = item.validFrom() == null ? first : item.validFrom();
                LocalDate until = item.validUntil() == null ? last : item.validUntil();
                List<Weight> weights = item.count() != null
                        ? List.of(new Weight(item.ags(), from, until, item.count()))
                        : licenceWeights(licences, item.product(), item.ags());
                yield allocator.charge(year, List.of(new Rate(from, until, item.unitPrice())), weights);
            }
        };
    }

    private static List<Weight> licenceWeights(List<LicenceGrant> licences, String product, String ags) {
        return licences.stream()
                .filter(g -> product == null || g.product().equals(product))
                .filter(g -> ags == null || g.ags().equals(ags))
                .map(g -> new Weight(g.ags(), g.effectiveFrom(), null, g.quantity())).toList();
    }

    private static List<Weight> memberWeights(List<CostInputs.MemberTimeline> members) {
        List<Weight> weights = new ArrayList<>();
        for (CostInputs.MemberTimeline town : members) {
            for (CostInputs.Period p : town.periods()) {
                weights.add(new Weight(town.ags(), p.validFrom(), p.validUntil(), 1));
            }
        }
        return weights;
    }

    private static String issuer(CostInputs in, String agreementId, String role, String fallback) {
        return in.agreements().stream().filter(a -> a.agreementId().equals(agreementId)).findFirst()
                .flatMap(a -> a.party(role)).map(Party::ags).orElse(fallback);
    }

    private static List<CostRunResult.TownTotal> totals(CostInputs in, Allocation kopfstelle,
            List<CostRunResult.ItemPart> items) {
        Map<String, Money[]> sums = new TreeMap<>();
        for (Share s : kopfstelle.shares()) {
            sums.computeIfAbsent(s.ags(), k -> new Money[] {Money.ZERO, Money.ZERO})[0] = s.amount();
        }
        for (CostRunResult.ItemPart item : items) {
            for (Share s : item.allocation().shares()) {
                Money[] sum = sums.computeIfAbsent(s.ags(), k -> new Money[] {Money.ZERO, Money.ZERO});
                sum[1] = sum[1].plus(s.amount());
            }
        }
        List<CostRunResult.TownTotal> totals = new ArrayList<>();
        sums.forEach((ags, sum) -> {
            var town = in.members().stream().filter(m -> m.ags().equals(ags)).findFirst();
            totals.add(new CostRunResult.TownTotal(ags, town.map(CostInputs.MemberTimeline::name).orElse(ags),
                    town.map(CostInputs.MemberTimeline::revision).orElse(-1L), sum[0], sum[1], sum[0].plus(sum[1])));
        });
        return totals;
    }
}
