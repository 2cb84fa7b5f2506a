package de.kreisunna.ikz.membership.agreement;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** The days on which a membership may end after notice ("zum Jahresende", "zum Quartalsende", ...). */
public enum NoticeDeadline {
    END_OF_CALENDAR_YEAR, END_OF_QUARTER, END_OF_MONTH, ANY_DAY;

    /** The first permitted last day on or after {@code day}. */
    public LocalDate firstOnOrAfter(LocalDate day) {
        return switch (this) {
            case END_OF_CALENDAR_YEAR -> day.with(TemporalAdjusters.lastDayOfYear());
            case END_OF_QUARTER -> day.withMonth(day.get(IsoFields.QUARTER_OF_YEAR) * 3).with(TemporalAdjusters.lastDayOfMonth());
            case END_OF_MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
            case ANY_DAY -> day;
        };
    }

    public boolean permits(LocalDate lastDay) {
        return firstOnOrAfter(lastDay).equals(lastDay);
    }

    String describe() {
        return switch (this) {
            case END_OF_CALENDAR_YEAR -> "the end of a calendar year";
            case END_OF_QUARTER -> "the end of a quarter";
            case END_OF_MONTH -> "the end of a month";
            case ANY_DAY -> "any day";
        };
    }
}
