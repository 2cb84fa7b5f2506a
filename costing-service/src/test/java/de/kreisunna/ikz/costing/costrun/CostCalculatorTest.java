package de.kreisunna.ikz.costing.costrun;

import static de.kreisunna.ikz.costing.costrun.CostInputsFixture.BERGKAMEN;
import static de.kreisunna.ikz.costing.costrun.CostInputsFixture.BOENEN;
import static de.kreisunna.ikz.costing.costrun.CostInputsFixture.CLAUSE;
import static de.kreisunna.ikz.costing.costrun.CostInputsFixture.KREIS;
import static de.kreisunna.ikz.costing.costrun.CostInputsFixture.LUENEN;
import static de.kreisunna.ikz.costing.costrun.CostInputsFixture.SCHWERTE;
import static de.kreisunna.ikz.costing.costrun.CostInputsFixture.SELM;
import static de.kreisunna.ikz.costing.costrun.CostInputsFixture.SIX_TOWNS;
import static de.kreisunna.ikz.costing.costrun.CostInputsFixture.UNNA;
import static de.kreisunna.ikz.costing.costrun.CostInputsFixture.WERNE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.costing.agreement.CostClause;
import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.allocation.SplitKey;
import de.kreisunna.ikz.costing.config.MoneyModule;
import de.kreisunna.ikz.costing.item.CostItemTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostCalculatorTest {

    private final CostCalculator calculator = new CostCalculator();

    private static CostInputsFixture worked2020() {
        CostInputsFixture in = CostInputsFixture.year(2020).agreement("IKZ-2019", "2019-01-01", null, CLAUSE);
        SIX_TOWNS.forEach(t -> in.member(t, "2019-01-01", null));
        return in.member(SELM, "2020-07-01", null);
    }

    @Test
    void worked2020TheClauseAndEditionGiveTheCostAndSelmBearsOnlyItsDays() {
        // K = 0.25 × 72,000.00 + 10 % × 18,000.00 + 0.25 × 9,350.00 = 18,000.00 + 1,800.00 + 2,337.50 = 22,137.50
        // one of the six: 22,137.50 × (182/366 ÷ 6 + 184/366 ÷ 7) = 3,424.601548… (342,460.1548 cents)
        // Selm:           22,137.50 × 184/366 ÷ 7                 = 1,589.890710… (158,989.0710 cents)
        // floors: 6 × 342,460 + 158,989 = 2,213,749 cents → 1 cent missing → largest remainder 0.1548 (the six,
        // tied) before 0.0710 (Selm) → the lowest AGS of the six, Bergkamen, gets it.
        CostRunResult result = calculator.compute(worked2020().build());

        assertThat(result.kopfstelle().periods()).singleElement().satisfies(p -> {
            assertThat(p.cost().annual()).isEqualTo(Money.eur("22137.50"));
            assertThat(p.cost().payGrade()).isEqualTo("A 11 LBesG NRW");
            assertThat(p.from()).isEqualTo(LocalDate.of(2020, 1, 1));
        });
        var shares = result.kopfstelle().allocation();
        assertThat(shares.total()).isEqualTo(Money.eur("22137.50"));
        assertThat(shares.amountOf(BERGKAMEN)).isEqualTo(Money.eur("3424.61"));
        assertThat(List.of(BOENEN, LUENEN, SCHWERTE, UNNA, WERNE))
                .allSatisfy(t -> assertThat(shares.amountOf(t)).isEqualTo(Money.eur("3424.60")));
        assertThat(shares.amountOf(SELM)).isEqualTo(Money.eur("1589.89"));
        assertThat(result.kopfstelle().issuer()).isEqualTo(LUENEN);
        assertThat(result.warnings()).anyMatch(w -> w.contains("A 11 LBesG NRW") && w.contains("illustrative"));
    }

    @Test
    void withoutANamedPayGradeTheClausesFirstIsUsedAndANamedOneMustBeAllowedByTheClause() {
        CostRunResult employee = calculator.compute(worked2020().payGrade("EG 10 TVöD-VKA").build());

        // 0.25 × 66,000.00 = 16,500.00 + 1,650.00 + 2,337.50 = 20,487.50
        assertThat(employee.kopfstelle().periods().get(0).cost().annual()).isEqualTo(Money.eur("20487.50"));
        CostClause onlyCivilServants = new CostClause(new BigDecimal("0.25"), List.of("A 11 LBesG NRW"),
                new BigDecimal("0.10"), new BigDecimal("0.25"), "EQUAL");
        CostInputs inputs = CostInputsFixture.year(2020).agreement("IKZ-2019", "2019-01-01", null, onlyCivilServants)
                .member(SELM, "2020-01-01", null).payGrade("EG 10 TVöD-VKA").build();
        assertThatThrownBy(() -> calculator.compute(inputs)).isInstanceOf(CostRunException.class)
                .hasMessageContaining("not allowed by the cost clause of agreement IKZ-2019");
    }

    @Test
    void theCostClauseOfTheAgreementInForceOnADayDrivesThatDaysCost() {
        // 2021: IKZ-A (K = 22,137.50) until 30 Jun (181 days), IKZ-B with fte 0.5 from 1 Jul (184 days):
        //   K(B) = 0.5 × 72,000 = 36,000.00 + 3,600.00 + 2,337.50 = 41,937.50
        //   year = 22,137.50 × 181/365 + 41,937.50 × 184/365 = 10,977.705… + 21,141.164… = 32,118.869… → 32,118.87
        CostClause bigger = new CostClause(new BigDecimal("0.5"), CLAUSE.payGrades(), new BigDecimal("0.10"),
                new BigDecimal("0.25"), "EQUAL");
        CostInputs inputs = CostInputsFixture.year(2021).agreement("IKZ-A", "2019-01-01", "2021-12-31", CLAUSE)
                .agreement("IKZ-B", "2021-07-01", null, bigger).member(SELM, "2021-01-01", null).build();

        CostRunResult result = calculator.compute(inputs);

        assertThat(result.kopfstelle().periods()).extracting(CostRunResult.ClausePeriod::agreementId,
                CostRunResult.ClausePeriod::from, CostRunResult.ClausePeriod::until).containsExactly(
                org.assertj.core.groups.Tuple.tuple("IKZ-A", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30)),
                org.assertj.core.groups.Tuple.tuple("IKZ-B", LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31)));
        assertThat(result.kopfstelle().allocation().total()).isEqualTo(Money.eur("32118.87"));
        assertThat(result.kopfstelle().allocation().amountOf(SELM)).isEqualTo(Money.eur("32118.87"));
    }

    @Test
    void daysWithoutAnAgreementInForceCarryNoKopfstelleCostAndSayWhy() {
        CostInputs inputs = CostInputsFixture.year(2019).agreement("IKZ-2019", "2019-11-01", null, CLAUSE)
                .member(SELM, "2019-01-01", null).build();

        CostRunResult result = calculator.compute(inputs);

        // 1 Nov – 31 Dec = 61 days: 22,137.50 × 61/365 = 3,699.6917… → 3,699.69
        assertThat(result.kopfstelle().allocation().total()).isEqualTo(Money.eur("3699.69"));
        assertThat(result.warnings()).contains("no agreement in force from 2019-01-01 to 2019-10-31: no Kopfstelle cost for those days");
    }

    @Test
    void passThroughItemsAreSplitByTheirOwnKeyAndTheStatementShowsEverything() {
        CostInputs inputs = worked2020()
                .item(new CostItemTerms(1, 2020, CostItemTerms.MAINTENANCE, "Softwarepflege PROSOZ", SplitKey.EQUAL,
                        Money.eur("7000.00"), null, null, null, null, null, null))
                .item(new CostItemTerms(2, 2020, CostItemTerms.ADDITIONAL_LICENCES, "Zusatzlizenzen", SplitKey.DIRECT,
                        null, Money.eur("120.00"), "OPEN/PROSOZ", null, null, null, null))
                .licence("r1", SELM, "OPEN/PROSOZ", 3, "2020-07-01")
                .build();

        CostRunResult result = calculator.compute(inputs);
        Statement selm = Statement.of(result, SELM);
        Statement luenen = Statement.of(result, LUENEN);

        assertThat(result.passThrough().issuer()).isEqualTo(KREIS);
        assertThat(result.passThrough().items().get(0).allocation().total()).isEqualTo(Money.eur("7000.00"));
        // licences: 3 × 120.00 × 184/366 = 180.98
        assertThat(selm.passThrough().items().get(1).amount()).isEqualTo(Money.eur("180.98"));
        assertThat(selm.passThrough().technicalSupport()).isEqualTo(Money.ZERO);
        assertThat(selm.total()).isEqualTo(selm.kopfstelle().amount().plus(selm.passThrough().amount()));
        assertThat(selm.invoiced()).isEqualTo(selm.total());
        assertThat(luenen.kopfstelle().ownShare()).isTrue();
        assertThat(luenen.invoiced()).isEqualTo(luenen.passThrough().amount());
        assertThat(luenen.notes()).anyMatch(n -> n.contains("nicht in Rechnung gestellt"));
    }

    @Test
    void recomputingFromTheStoredJsonSnapshotGivesTheIdenticalResult() throws Exception {
        ObjectMapper json = MoneyModule.configure(new ObjectMapper());
        CostInputs inputs = worked2020()
                .item(new CostItemTerms(1, 2020, CostItemTerms.MAINTENANCE, "Softwarepflege", SplitKey.BY_LICENCES,
                        Money.eur("1000.00"), null, null, null, null, null, null))
                .licence("r1", UNNA, "OPEN/PROSOZ", 2, "2020-03-01").licence("r2", SELM, "OPEN/PROSOZ", 1, "2020-07-01")
                .build();
        CostRunResult first = calculator.compute(inputs);
        String storedInputs = json.writeValueAsString(inputs);
        String storedResult = json.writeValueAsString(first);

        CostRunResult again = calculator.compute(json.readValue(storedInputs, CostInputs.class));

        assertThat(json.readValue(storedInputs, CostInputs.class)).isEqualTo(inputs);
        assertThat(again).isEqualTo(first).isEqualTo(json.readValue(storedResult, CostRunResult.class));
        assertThat(json.writeValueAsString(again)).isEqualTo(storedResult);
    }
}
