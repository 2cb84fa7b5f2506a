package de.kreisunna.ikz.support.sla;

import java.time.LocalTime;

/** One stretch of office time on a working day, in local time; {@code closes} is exclusive. */
public record OfficeWindow(LocalTime opens, LocalTime closes) {

    public OfficeWindow {
        if (opens == null || closes == null || !opens.isBefore(closes)) {
            throw new IllegalArgumentException("office window must open before it closes: " + opens + "-" + closes);
        }
    }

    @Override
    public String toString() {
        return opens + "-" + closes;
    }
}
