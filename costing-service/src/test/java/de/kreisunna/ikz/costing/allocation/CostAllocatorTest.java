package de.kreisunna.ikz.costing.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CostAllocatorTest {

    static final String BERGKAMEN = "05978004";
    static final String BOENEN = "05978008";
    static final String HOLZWICKEDE = "05978016";
    static final String LUENEN = "05978024";
    static final String SCHWERTE = "05978028";
    static final String SELM = "05978032";
    static final String UNNA = "05978036";
    static final String WERNE = "05978040";
    static final List<String> SIX_TOWNS = List.of(BERGKAMEN, BOENEN, LUENEN, SCHWERTE, UNNA, WERNE);
    static final List<String> EIGHT_TOWNS = List.of(BERGKAMEN, BOENEN, HOLZWICKEDE, LUENEN, SCHWERTE, SELM, UNNA, WERNE);

    private final CostAllocator allocator = new CostAllocator();

    @Test
    void worked2020SelmJoiningOnFirstJulyPaysOnlyItsDaysInALeapYear() {
        // 2020 has 366 days. Annual cost C = 36,000.00 EUR.
        // Days 1..182 (1 Jan – 30 Jun: 31+29+31+30+31+30 = 182) are shared by 6 towns,
        // days 183..366 (1 Jul – 31 Dec: 184 days) by 7 towns.
        //   one of the six: 36,000 × 182/366 ÷ 6 = 2,983.606557…  +  36,000 × 184/366 ÷ 7 = 2,585.480094…
        //                 = 5,569.086651… EUR  (556,908.6651 cents)
        //   Selm:          36,000 × 184/366 ÷ 7 = 2,585.480094… EUR (258,548.0094 cents)
        // Rounded down: 6 × 556,908 + 258,548 = 3,599,996 cents; 4 cents are missing to 3,600,000.
        // Largest remainders: the six towns (0.6651 each) before Selm (0.0094); the six tie, so the four
        // lowest AGS get a cent: Bergkamen, Bönen, Lünen, Schwerte 5,569.09; Unna, Werne 5,569.08.
        List<Weight> members = new ArrayList<>();
        SIX_TOWNS.forEach(t -> members.add(new Weight(t, day("2020-01-01"), day("2020-12-31"), 1)));
        members.add(new Weight(SELM, day("2020-07-01"), null, 1));

        Allocation a = allocator.share(SplitKey.EQUAL, Year.of(2020), List.of(wholeYear(2020, "36000.00")), members);

        assertThat(a.amountOf(SELM)).isEqualTo(Money.eur("2585.48"));
        assertThat(List.of(BERGKAMEN, BOENEN, LUENEN, SCHWERTE)).allSatisfy(t ->
                assertThat(a.amountOf(t)).isEqualTo(Money.eur("5569.09")));
        assertThat(List.of(UNNA, WERNE)).allSatisfy(t -> assertThat(a.amountOf(t)).isEqualTo(Money.eur("5569.08")));
        assertThat(sum(a)).isEqualTo(Money.eur("36000.00")).isEqualTo(a.total());
        assertThat(a.unallocated()).isEqualTo(Money.ZERO);

        Share bergkamen = a.shareOf(BERGKAMEN).orElseThrow();
        assertThat(bergkamen.segments()).extracting(Segment::from, Segment::until, Segment::days, Segment::members)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(day("2020-01-01"), day("2020-06-30"), 182, 6),
                        org.assertj.core.groups.Tuple.tuple(day("2020-07-01"), day("2020-12-31"), 184, 7));
        // within the town's 5,569.09 the extra cent goes to the segment with the larger remainder (2,983.6066)
        assertThat(bergkamen.segments()).extracting(Segment::amount)
                .containsExactly(Money.eur("2983.61"), Money.eur("2585.48"));
        assertThat(bergkamen.exact()).isEqualByComparingTo("5569.086651");
        assertThat(a.shareOf(SELM).orElseThrow().segments()).singleElement()
                .satisfies(s -> assertThat(s.days()).isEqualTo(184))
                .satisfies(s -> assertThat(s.daysOfYear()).isEqualTo(366));
    }

    @Test
    void worked2022EightTownsAllYearPayAnEighthEachAndTheTieGoesToTheLowestAgs() {
        // 2022: eight members all year, C = 23,875.00 EUR (19,500 personnel + 1,950 overhead + 2,425 material).
        // C ÷ 8 = 2,984.375 EUR = 298,437.5 cents each; rounded down 8 × 298,437 = 2,387,496 cents, 4 missing.
        // All remainders are 0.5: the tie-break (ascending AGS) gives the cent to Bergkamen, Bönen, Holzwickede, Lünen.
        List<Weight> members = EIGHT_TOWNS.stream().map(t -> new Weight(t, day("2022-01-01"), null, 1)).toList();

        Allocation a = allocator.share(SplitKey.EQUAL, Year.of(2022), List.of(wholeYear(2022, "23875.00")), members);

        assertThat(List.of(BERGKAMEN, BOENEN, HOLZWICKEDE, LUENEN)).allSatisfy(t ->
                assertThat(a.amountOf(t)).isEqualTo(Money.eur("2984.38")));
        assertThat(List.of(SCHWERTE, SELM, UNNA, WERNE)).allSatisfy(t ->
                assertThat(a.amountOf(t)).isEqualTo(Money.eur("2984.37")));
        assertThat(sum(a)).isEqualTo(Money.eur("23875.00"));
        assertThat(a.shareOf(SELM).orElseThrow().segments()).singleElement()
                .satisfies(s -> assertThat(s.days()).isEqualTo(365))
                .satisfies(s -> assertThat(s.members()).isEqualTo(8));
    }

    @Test
    void aChangeOfAnnualCostMidYearIsChargedDayByDay() {
        // 2021 (365 days): 10,000.00 until 30 Jun (181 days), 20,000.00 from 1 Jul (184 days), two towns.
        // Each: (1,000,000 × 181/365 + 2,000,000 × 184/365) ÷ 2 cents = (495,890.41 + 1,008,219.18) ÷ 2 = 752,054.79…
        List<Rate> rates = List.of(new Rate(day("2021-01-01"), day("2021-06-30"), Money.eur("10000.00")),
                new Rate(day("2021-07-01"), null, Money.eur("20000.00")));
        List<Weight> members = List.of(new Weight(BERGKAMEN, day("2021-01-01"), null, 1),
                new Weight(BOENEN, day("2021-01-01"), null, 1));

        Allocation a = allocator.share(SplitKey.EQUAL, Year.of(2021), rates, members);

        // exact total 1,504,109.589… cents → 15,041.10 EUR; halves 752,054.79 → 7,520.55 + 7,520.55 = 15,041.10
        assertThat(a.total()).isEqualTo(Money.eur("15041.10"));
        assertThat(a.amountOf(BERGKAMEN)).isEqualTo(Money.eur("7520.55"));
        assertThat(a.amountOf(BOENEN)).isEqualTo(Money.eur("7520.55"));
        assertThat(a.shareOf(BERGKAMEN).orElseThrow().segments()).hasSize(2);
    }

    @Test
    void theCostOfDaysWithoutAnyMemberIsReportedAsUnallocatedNotChargedToAnybody() {
        // 2023 (365 days), 3,650.00 EUR = 10.00 per day; the only member joins on 1 Dec (31 days).
        List<Weight> members = List.of(new Weight(SELM, day("2023-12-01"), null, 1));

        Allocation a = allocator.share(SplitKey.EQUAL, Year.of(2023), List.of(wholeYear(2023, "3650.00")), members);

        assertThat(a.amountOf(SELM)).isEqualTo(Money.eur("310.00"));
        assertThat(a.unallocated()).isEqualTo(Money.eur("3340.00"));
        assertThat(sum(a).plus(a.unallocated())).isEqualTo(a.total());
    }

    @Test
    void byLicencesEachDaysCostFollowsTheLicencesHeldThatDay() {
        // 2022: 7,300.00 EUR (20.00 per day). Unna holds 1 licence all year, Werne 3 from 1 Jul (184 days).
        // Unna: 181 × 20 + 184 × 20 × 1/4 = 3,620 + 920 = 4,540.00; Werne: 184 × 20 × 3/4 = 2,760.00
        List<Weight> licences = List.of(new Weight(UNNA, day("2022-01-01"), null, 1), new Weight(WERNE, day("2022-07-01"), null, 3));

        Allocation a = allocator.share(SplitKey.BY_LICENCES, Year.of(2022), List.of(wholeYear(2022, "7300.00")), licences);

        assertThat(a.amountOf(UNNA)).isEqualTo(Money.eur("4540.00"));
        assertThat(a.amountOf(WERNE)).isEqualTo(Money.eur("2760.00"));
        assertThat(a.shareOf(WERNE).orElseThrow().segments()).singleElement()
                .satisfies(s -> assertThat(s.weight()).isEqualTo(3))
                .satisfies(s -> assertThat(s.totalWeight()).isEqualTo(4));
    }

    @Test
    void directChargesEachTownItsOwnLicencesPerDayWithoutSharing() {
        // 2020 (366 days): 120.00 EUR per licence and year. Selm has 3 licences from 1 Jul (184 days):
        // 3 × 120.00 × 184/366 = 180.983… → 180.98; Unna 1 licence all year: 120.00.
        List<Weight> licences = List.of(new Weight(SELM, day("2020-07-01"), null, 3), new Weight(UNNA, day("2020-01-01"), null, 1));

        Allocation a = allocator.charge(Year.of(2020), List.of(wholeYear(2020, "120.00")), licences);

        assertThat(a.amountOf(SELM)).isEqualTo(Money.eur("180.98"));
        assertThat(a.amountOf(UNNA)).isEqualTo(Money.eur("120.00"));
        assertThat(a.total()).isEqualTo(Money.eur("300.98"));
    }

    @Test
    void sharesAlwaysSumToTheTotalAndStayWithinACentOfTheirExactValueForRandomInputs() {
        Random random = new Random(20_200_701L);
        for (int run = 0; run < 2_000; run++) {
            Year year = Year.of(2000 + random.nextInt(60));
            List<Rate> rates = randomRates(random, year);
            List<Weight> weights = randomWeights(random, year);

            Allocation a = allocator.share(SplitKey.EQUAL, year, rates, weights);

            Map<String, Fraction> exact = new HashMap<>();
            Fraction exactTotal = exactByBruteForce(year, rates, weights, exact);
            String context = "case " + run + ": " + rates + " " + weights;
            assertThat(a.total().cents()).as(context).isEqualTo(exactTotal.roundHalfUp());
            assertThat(sum(a).plus(a.unallocated())).as(context).isEqualTo(a.total());
            assertThat(a.shares()).extracting(Share::ags).as(context).containsExactlyInAnyOrderElementsOf(exact.keySet());
            for (Share share : a.shares()) {
                Fraction difference = Fraction.of(share.amount().cents()).minus(exact.get(share.ags()));
                assertThat(difference.compareTo(Fraction.of(1, 1)) < 0 && difference.compareTo(Fraction.of(-1, 1)) > 0)
                        .as(context + " share of " + share.ags() + " " + share.amount() + " vs exact "
                                + exact.get(share.ags()).toDecimal(4) + " cents")
                        .isTrue();
                assertThat(share.segments().stream().map(Segment::amount).reduce(Money.ZERO, Money::plus))
                        .as(context).isEqualTo(share.amount());
            }
        }
    }

    @Test
    void largestRemainderGivesMissingCentsToLargestRemaindersThenInTieBreakOrder() {
        var exact = new java.util.LinkedHashMap<String, Fraction>();
        exact.put("b", Fraction.of(105, 10));   // 10.5
        exact.put("a", Fraction.of(205, 10));   // 20.5
        exact.put("c", Fraction.of(297, 10));   // 29.7

        var rounded = CostAllocator.largestRemainder(BigInteger.valueOf(61), exact, String::compareTo);

        // floors 10 + 20 + 29 = 59, 2 missing: c (0.7) first, then the tie 0.5 of a and b goes to "a"
        assertThat(rounded).containsEntry("c", BigInteger.valueOf(30)).containsEntry("a", BigInteger.valueOf(21))
                .containsEntry("b", BigInteger.valueOf(10));
    }

    /** The oracle: day by day, each day's cost split by that day's weights; returns the exact cost of the year. */
    private static Fraction exactByBruteForce(Year year, List<Rate> rates, List<Weight> weights, Map<String, Fraction> shares) {
        Fraction total = Fraction.ZERO;
        for (LocalDate d = year.atDay(1); d.getYear() == year.getValue(); d = d.plusDays(1)) {
            LocalDate day = d;
            Rate rate = rates.stream().filter(r -> r.covers(day)).findFirst().orElse(null);
            if (rate == null) {
                continue;
            }
            Fraction cost = rate.annualAmount().exactCents().dividedBy(year.length());
            total = total.plus(cost);
            long all = weights.stream().filter(w -> w.covers(day)).mapToLong(Weight::weight).sum();
            if (all == 0) {
                continue;
            }
            Map<String, Long> own = new HashMap<>();
            weights.stream().filter(w -> w.covers(day)).forEach(w -> own.merge(w.ags(), w.weight(), Long::sum));
            own.forEach((ags, weight) -> {
                if (weight > 0) {
                    shares.merge(ags, cost.times(weight).dividedBy(all), Fraction::plus);
                }
            });
        }
        return total;
    }

    private static List<Rate> randomRates(Random random, Year year) {
        int pieces = 1 + random.nextInt(3);
        List<Rate> rates = new ArrayList<>();
        LocalDate from = year.atDay(1 + random.nextInt(30));
        for (int i = 0; i < pieces && from.getYear() == year.getValue(); i++) {
            LocalDate until = i == pieces - 1 ? null : from.plusDays(random.nextInt(200));
            rates.add(new Rate(from, until, Money.ofCents(BigInteger.valueOf(random.nextInt(10_000_000)))));
            if (until == null) {
                break;
            }
            from = until.plusDays(1);
        }
        return rates;
    }

    private static List<Weight> randomWeights(Random random, Year year) {
        List<Weight> weights = new ArrayList<>();
        int towns = 1 + random.nextInt(12);
        for (int t = 0; t < towns; t++) {
            String ags = String.format("05978%03d", random.nextInt(1000));
            LocalDate from = year.atDay(1).minusDays(random.nextInt(40)).plusDays(random.nextInt(300));
            LocalDate until = random.nextBoolean() ? null : from.plusDays(random.nextInt(400));
            weights.add(new Weight(ags, from, until, random.nextInt(4) == 0 ? random.nextInt(6) : 1));
        }
        return weights;
    }

    private static Rate wholeYear(int year, String amount) {
        return new Rate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Money.eur(amount));
    }

    private static Money sum(Allocation a) {
        return a.shares().stream().map(Share::amount).reduce(Money.ZERO, Money::plus);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
