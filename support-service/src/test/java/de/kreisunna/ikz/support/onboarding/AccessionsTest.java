package de.kreisunna.ikz.support.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.membership.projection.MemberTown.Period;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessionsTest {

    static Period period(String from, String until) {
        return new Period(LocalDate.parse(from), until == null ? null : LocalDate.parse(until));
    }

    @Test
    void aTownsFirstPeriodIsAnAccession() {
        assertThat(Accessions.between(List.of(), List.of(period("2020-07-01", null))))
                .containsExactly(LocalDate.parse("2020-07-01"));
    }

    @Test
    void aSeamlessHandOverToTheNewAgreementIsNoAccession() {
        List<Period> before = List.of(period("2019-01-01", "2021-12-31"));
        List<Period> after = List.of(period("2019-01-01", "2021-12-31"), period("2022-01-01", null));

        assertThat(Accessions.between(before, after)).isEmpty();
    }

    @Test
    void aTimelineImportedWithTheHandOverShowsOnlyTheFirstAccession() {
        assertThat(Accessions.between(List.of(), List.of(period("2019-01-01", "2021-12-31"), period("2022-01-01", null))))
                .containsExactly(LocalDate.parse("2019-01-01"));
    }

    @Test
    void aTownReturningAfterAGapJoinsAgain() {
        List<Period> before = List.of(period("2019-01-01", "2021-12-31"));
        List<Period> after = List.of(period("2019-01-01", "2021-12-31"), period("2023-01-01", null));

        assertThat(Accessions.between(before, after)).containsExactly(LocalDate.parse("2023-01-01"));
    }

    @Test
    void changingOnlyTheEndOfAKnownPeriodIsNoAccession() {
        assertThat(Accessions.between(List.of(period("2020-07-01", null)), List.of(period("2020-07-01", "2025-12-31"))))
                .isEmpty();
    }
}
