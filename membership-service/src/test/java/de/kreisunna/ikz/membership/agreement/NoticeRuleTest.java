package de.kreisunna.ikz.membership.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kreisunna.ikz.platform.domain.Conflict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoticeRuleTest {

    private static final NoticeRule TWELVE_MONTHS_TO_YEAR_END = new NoticeRule(12, NoticeDeadline.END_OF_CALENDAR_YEAR, null);

    @ParameterizedTest(name = "notice on {0} → last day {1}")
    @CsvSource({
            "2023-03-15, 2024-12-31",
            "2023-12-31, 2024-12-31",
            "2024-01-01, 2025-12-31",
            "2023-01-01, 2024-12-31",
            "2024-02-29, 2025-12-31"})
    void twelveMonthsToTheEndOfACalendarYear(LocalDate givenOn, LocalDate lastDay) {
        assertThat(TWELVE_MONTHS_TO_YEAR_END.earliestEnd(givenOn)).isEqualTo(lastDay);
    }

    @ParameterizedTest(name = "{0} months to {1}, notice on {2} → last day {3}")
    @CsvSource({
            "3, END_OF_QUARTER, 2023-01-31, 2023-06-30",
            "3, END_OF_QUARTER, 2023-03-31, 2023-06-30",
            "1, END_OF_MONTH, 2023-01-31, 2023-02-28",
            "6, ANY_DAY, 2023-08-31, 2024-02-29",
            "0, END_OF_CALENDAR_YEAR, 2023-12-31, 2023-12-31"})
    void otherPeriodsAndDeadlinesCountMonthsAsTheCivilCodeDoes(int months, NoticeDeadline deadline, LocalDate givenOn, LocalDate lastDay) {
        assertThat(new NoticeRule(months, deadline, null).earliestEnd(givenOn)).isEqualTo(lastDay);
    }

    @Test
    void withoutARequestedDayTheMembershipEndsAsEarlyAsAllowed() {
        assertThat(TWELVE_MONTHS_TO_YEAR_END.lastDay(LocalDate.of(2023, 3, 15), null)).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aLaterPermittedDayMayBeRequested() {
        assertThat(TWELVE_MONTHS_TO_YEAR_END.lastDay(LocalDate.of(2023, 3, 15), LocalDate.of(2025, 12, 31)))
                .isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void aRequestedDayEarlierThanAllowedIsRefusedNamingTheEarliestAllowed() {
        assertThatThrownBy(() -> TWELVE_MONTHS_TO_YEAR_END.lastDay(LocalDate.of(2023, 3, 15), LocalDate.of(2023, 12, 31)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("allows leaving on 2024-12-31 at the earliest");
    }

    @Test
    void aRequestedDayThatIsNoPermittedDeadlineIsRefusedNamingTheEarliestAllowed() {
        assertThatThrownBy(() -> TWELVE_MONTHS_TO_YEAR_END.lastDay(LocalDate.of(2023, 3, 15), LocalDate.of(2025, 6, 30)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("only end at the end of a calendar year; the earliest allowed end is 2024-12-31");
    }
}
