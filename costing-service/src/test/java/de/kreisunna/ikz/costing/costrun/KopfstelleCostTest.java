package de.kreisunna.ikz.costing.costrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kreisunna.ikz.costing.agreement.CostClause;
import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.kgst.EditionFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KopfstelleCostTest {

    private static final EditionFigures EDITION_2022 = new EditionFigures("2022/2023", LocalDate.of(2022, 1, 1),
            LocalDate.of(2023, 12, 31), Money.eur("9700.00"), false, List.of(
                    new EditionFigures.Figure("A 11 LBesG NRW", Money.eur("78000.00"), true),
                    new EditionFigures.Figure("EG 10 TVöD-VKA", Money.eur("71000.00"), true)),
            "sample");

    @Test
    void theCostIsFtePlusOverheadOnPersonnelPlusShareOfMaterialCostAllFromClauseAndEdition() {
        // personnel 0.25 × 78,000.00 = 19,500.00; overhead 10 % × 19,500.00 = 1,950.00;
        // material ¼ × 9,700.00 = 2,425.00; annual 23,875.00
        KopfstelleCost cost = KopfstelleCost.of(CostInputsFixture.CLAUSE, "A 11 LBesG NRW", EDITION_2022);

        assertThat(cost.personnel()).isEqualTo(Money.eur("19500.00"));
        assertThat(cost.overhead()).isEqualTo(Money.eur("1950.00"));
        assertThat(cost.material()).isEqualTo(Money.eur("2425.00"));
        assertThat(cost.annual()).isEqualTo(Money.eur("23875.00"));
        assertThat(cost.personnelCostIllustrative()).isTrue();
        assertThat(cost.materialCostIllustrative()).isFalse();
    }

    @Test
    void otherClauseFactorsAndAnotherPayGradeChangeTheCostSoNothingIsHardCoded() {
        // 0.5 × 71,000.00 = 35,500.00; 20 % = 7,100.00; 0.5 × 9,700.00 = 4,850.00; annual 47,450.00
        CostClause clause = new CostClause(new BigDecimal("0.5"), List.of("EG 10 TVöD-VKA"), new BigDecimal("0.20"),
                new BigDecimal("0.5"), "EQUAL");

        KopfstelleCost cost = KopfstelleCost.of(clause, "EG 10 TVöD-VKA", EDITION_2022);

        assertThat(cost.annual()).isEqualTo(Money.eur("47450.00"));
    }

    @Test
    void eachPrintedLineIsRoundedHalfUpAndTheLinesAddUp() {
        // 0.33 × 71,234.57 = 23,507.4081 → 23,507.41; 10 % of 23,507.41 = 2,350.741 → 2,350.74;
        // 0.25 × 9,700.10 = 2,425.025 → 2,425.03; annual = 23,507.41 + 2,350.74 + 2,425.03 = 28,283.18
        CostClause clause = new CostClause(new BigDecimal("0.33"), List.of("X"), new BigDecimal("0.10"),
                new BigDecimal("0.25"), "EQUAL");
        EditionFigures edition = new EditionFigures("odd", LocalDate.of(2022, 1, 1), null, Money.eur("9700.10"), true,
                List.of(new EditionFigures.Figure("X", Money.eur("71234.57"), true)), "test");

        KopfstelleCost cost = KopfstelleCost.of(clause, "X", edition);

        assertThat(cost.personnel()).isEqualTo(Money.eur("23507.41"));
        assertThat(cost.overhead()).isEqualTo(Money.eur("2350.74"));
        assertThat(cost.material()).isEqualTo(Money.eur("2425.03"));
        assertThat(cost.annual()).isEqualTo(Money.eur("28283.18"));
    }

    @Test
    void anEditionWithoutThePayGradeCannotYieldACost() {
        assertThatThrownBy(() -> KopfstelleCost.of(CostInputsFixture.CLAUSE, "A 13 LBesG NRW", EDITION_2022))
                .isInstanceOf(CostRunException.class).hasMessageContaining("A 13 LBesG NRW");
    }
}
