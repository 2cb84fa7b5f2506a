package de.kreisunna.ikz.support.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Business-hour arithmetic on the Kopfstelle's week (Mon–Thu 08:00–16:00, Fri 08:00–12:30) and NRW holidays. */
public class BusinessCalendarTest {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final Map<DayOfWeek, String> WEEK = Map.of(
            DayOfWeek.MONDAY, "08:00-16:00", DayOfWeek.TUESDAY, "08:00-16:00", DayOfWeek.WEDNESDAY, "08:00-16:00",
            DayOfWeek.THURSDAY, "08:00-16:00", DayOfWeek.FRIDAY, "08:00-12:30");
    /** The real holiday data: loading it once keeps the tests fast. */
    public static final Holidays NRW = JollydayHolidays.germany("nw");

    private final BusinessCalendar calendar = new BusinessCalendar(BusinessHours.parse(WEEK), NRW, BERLIN);

    public static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void aRequestFromFridayNoonIsDueOnMondayBecauseTheWeekendDoesNotCount() {
        Instant fridayNoon = berlin("2026-03-06T12:00");

        Instant due = calendar.plus(fridayNoon, Duration.ofHours(2));

        assertThat(due).isEqualTo(berlin("2026-03-09T09:30"));   // Fri 12:00–12:30, then Mon 08:00–09:30
        assertThat(calendar.between(fridayNoon, due)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void easterFromKarfreitagToOstermontagIsSkipped() {
        Instant maundyThursday = berlin("2026-04-02T15:00");

        Instant due = calendar.plus(maundyThursday, Duration.ofHours(4));

        // Thu 15:00–16:00 = 1 h; Fri 04-03 Karfreitag, the weekend and Mon 04-06 Ostermontag are closed; Tue 08:00 + 3 h
        assertThat(due).isEqualTo(berlin("2026-04-07T11:00"));
        assertThat(calendar.between(berlin("2026-04-02T08:00"), berlin("2026-04-08T08:00"))).isEqualTo(Duration.ofHours(16));
    }

    @Test
    void theHolidaysAreNorthRhineWestphaliasFromTheLibrary() {
        assertThat(calendar.isBusinessDay(LocalDate.parse("2026-04-03"))).as("Karfreitag").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.parse("2026-04-06"))).as("Ostermontag").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.parse("2026-06-04"))).as("Fronleichnam, NRW").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.parse("2025-10-31"))).as("Reformationstag is not NRW").isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.parse("2026-04-07"))).isTrue();
    }

    @Test
    void timeOutsideOfficeHoursCountsFromTheNextOpening() {
        assertThat(calendar.plus(berlin("2026-03-02T07:00"), Duration.ofHours(1))).isEqualTo(berlin("2026-03-02T09:00"));
        assertThat(calendar.plus(berlin("2026-03-02T17:00"), Duration.ofHours(1))).isEqualTo(berlin("2026-03-03T09:00"));
        assertThat(calendar.between(berlin("2026-03-02T16:30"), berlin("2026-03-03T07:59"))).isZero();
    }

    @Test
    void aLunchBreakIsNotBusinessTime() {
        var withLunch = new BusinessCalendar(BusinessHours.parse(Map.of(DayOfWeek.MONDAY, "08:00-12:00, 13:00-16:00")),
                NRW, BERLIN);

        assertThat(withLunch.plus(berlin("2026-03-02T11:30"), Duration.ofHours(1))).isEqualTo(berlin("2026-03-02T13:30"));
        assertThat(withLunch.plus(berlin("2026-03-02T15:00"), Duration.ofHours(2))).isEqualTo(berlin("2026-03-09T09:00"));
    }

    @Test
    void theSwitchToSummerTimeDoesNotChangeOfficeHours() {
        Instant due = calendar.plus(berlin("2026-03-27T12:00"), Duration.ofHours(1));   // clocks go forward on 03-29

        assertThat(due).isEqualTo(berlin("2026-03-30T08:30"));
        assertThat(due).isEqualTo(Instant.parse("2026-03-30T06:30:00Z"));
    }

    @Test
    void misconfiguredHoursOrRegionAreRefused() {
        assertThatThrownBy(() -> BusinessHours.parse(Map.of(DayOfWeek.MONDAY, "08:00-12:00,11:00-16:00")))
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> BusinessHours.parse(Map.of(DayOfWeek.MONDAY, "8 to 4"))).hasMessageContaining("MONDAY");
        assertThatThrownBy(() -> BusinessHours.parse(Map.of())).hasMessageContaining("at least one weekday");
        assertThatThrownBy(() -> JollydayHolidays.germany("xx")).hasMessageContaining("not a German state");
    }
}
