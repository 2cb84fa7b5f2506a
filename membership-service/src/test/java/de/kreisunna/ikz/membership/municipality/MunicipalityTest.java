package de.kreisunna.ikz.membership.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kreisunna.ikz.platform.problem.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MunicipalityTest {

    private static final LocalDate JAN_2019 = LocalDate.of(2019, 1, 1);

    @Test
    void joiningAddsThePeriodAndRaisesTheRevision() {
        var selm = new Municipality("05978032", "Selm");

        MembershipChanged event = selm.join(LocalDate.of(2020, 7, 1), null);

        assertThat(event.revision()).isEqualTo(1);
        assertThat(event.ags()).isEqualTo("05978032");
        assertThat(event.periods()).containsExactly(new MembershipChanged.Period(LocalDate.of(2020, 7, 1), null));
    }

    @Test
    void theTimelineIsOrderedByStartWhateverTheOrderOfEntry() {
        var unna = new Municipality("05978036", "Unna");
        unna.join(LocalDate.of(2022, 1, 1), null);

        MembershipChanged event = unna.join(JAN_2019, LocalDate.of(2021, 12, 31));

        assertThat(event.revision()).isEqualTo(2);
        assertThat(event.periods()).extracting(MembershipChanged.Period::validFrom)
                .containsExactly(JAN_2019, LocalDate.of(2022, 1, 1));
    }

    @Test
    void aPeriodStartingTheDayAfterAnotherEndsIsNoOverlap() {
        var werne = new Municipality("05978040", "Werne");
        werne.join(JAN_2019, LocalDate.of(2021, 12, 31));

        assertThat(werne.join(LocalDate.of(2022, 1, 1), null).periods()).hasSize(2);
    }

    @Test
    void overlappingPeriodsAreRefusedAsConflictAndChangeNothing() {
        var bergkamen = new Municipality("05978004", "Bergkamen");
        bergkamen.join(JAN_2019, LocalDate.of(2021, 12, 31));

        assertThatThrownBy(() -> bergkamen.join(LocalDate.of(2021, 12, 31), null))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(409))
                .hasMessageContaining("already a member from 2019-01-01 until 2021-12-31");
        assertThat(bergkamen.revision()).isEqualTo(1);
        assertThat(bergkamen.periods()).hasSize(1);
    }

    @Test
    void anOpenEndedPeriodOverlapsEverythingAfterItsStart() {
        var luenen = new Municipality("05978024", "Lünen");
        luenen.join(JAN_2019, null);

        assertThatThrownBy(() -> luenen.join(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(409));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedNamingTheField() {
        var boenen = new Municipality("05978008", "Bönen");

        assertThatThrownBy(() -> boenen.join(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31)))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.violations()).extracting(Problem.Violation::field).containsExactly("validUntil");
                });
    }

    @Test
    void anAgsMustHaveEightDigitsForATownOrFiveForTheDistrict() {
        assertThat(Ags.isValid("05978004")).isTrue();
        assertThat(Ags.isValid("05978")).isTrue();
        assertThat(Ags.isValid("0597800")).isFalse();
        assertThat(Ags.isValid("0597800A")).isFalse();
        assertThatThrownBy(() -> new Municipality("123", "Nowhere")).isInstanceOf(Problem.class);
    }
}
