package de.kreisunna.ikz.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void amountsAreWrittenTheGermanWayWithThousandsDotsDecimalCommaAndEuroSign() {
        assertThat(Formats.euro(new BigDecimal("1234.56"))).isEqualTo("1.234,56\u00a0€");
        assertThat(Formats.euro(new BigDecimal("1234567.00"))).isEqualTo("1.234.567,00\u00a0€");
        assertThat(Formats.euro(new BigDecimal("-0.05"))).isEqualTo("-0,05\u00a0€");
        assertThat(Formats.euro(null)).isEqualTo("–");
    }

    @Test
    void instantsAreShownInBerlinTimeWithSummerAndWinterOffsets() {
        assertThat(Formats.berlin(Instant.parse("2024-01-15T07:30:00Z"))).isEqualTo("15.01.2024, 08:30 Uhr");
        assertThat(Formats.berlin(Instant.parse("2024-07-15T07:30:00Z"))).isEqualTo("15.07.2024, 09:30 Uhr");
        assertThat(Formats.localInput(Instant.parse("2035-03-05T08:00:00Z"))).isEqualTo("2035-03-05T09:00");
    }

    @Test
    void datesAndHoursUseGermanNotation() {
        assertThat(Formats.german(LocalDate.of(2022, 1, 1))).isEqualTo("01.01.2022");
        assertThat(Formats.hours(new BigDecimal("7.50"))).isEqualTo("7,5\u00a0h");
    }
}
