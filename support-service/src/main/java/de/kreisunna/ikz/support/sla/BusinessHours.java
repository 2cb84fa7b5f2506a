package de.kreisunna.ikz.support.sla;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Kopfstelle's office hours per weekday (e.g. Mon–Thu 08:00–16:00, Fri 08:00–12:30). A day may have
 * several windows (a lunch break); a day without windows is closed. Public holidays are not part of this:
 * the {@link BusinessCalendar} combines both.
 */
public final class BusinessHours {

    /** The word that marks a day without office hours in the textual form. */
    public static final String CLOSED = "closed";

    private final Map<DayOfWeek, List<OfficeWindow>> week;

    private BusinessHours(Map<DayOfWeek, List<OfficeWindow>> week) {
        this.week = week;
    }

    /**
     * Reads one text per weekday: {@code "08:00-16:00"}, several windows separated by commas
     * ({@code "08:00-12:00,13:00-16:00"}) or {@value #CLOSED}. Windows of a day must not overlap, and at
     * least one day must be open, otherwise no due time could ever be computed.
     */
    public static BusinessHours parse(Map<DayOfWeek, String> textPerDay) {
        Map<DayOfWeek, List<OfficeWindow>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, parseDay(day, textPerDay.getOrDefault(day, CLOSED)));
        }
        if (week.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("office hours: at least one weekday must be open");
        }
        return new BusinessHours(week);
    }

    public List<OfficeWindow> on(DayOfWeek day) {
        return week.get(day);
    }

    private static List<OfficeWindow> parseDay(DayOfWeek day, String text) {
        String spec = text == null ? CLOSED : text.trim();
        if (spec.isEmpty() || spec.equalsIgnoreCase(CLOSED)) {
            return List.of();
        }
        List<OfficeWindow> windows = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] bounds = part.trim().split("-");
            if (bounds.length != 2) {
                throw new IllegalArgumentException("office hours of " + day + ": '" + part.trim()
                        + "' is not like 08:00-16:00");
            }
            try {
                windows.add(new OfficeWindow(LocalTime.parse(bounds[0].trim()), LocalTime.parse(bounds[1].trim())));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("office hours of " + day + ": '" + part.trim()
                        + "' is not like 08:00-16:00", e);
            }
        }
        windows.sort(Comparator.comparing(OfficeWindow::opens));
        for (int i = 1; i < windows.size(); i++) {
            if (windows.get(i).opens().isBefore(windows.get(i - 1).closes())) {
                throw new IllegalArgumentException("office hours of " + day + ": " + windows.get(i - 1)
                        + " and " + windows.get(i) + " overlap");
            }
        }
        return Collections.unmodifiableList(windows);
    }

    @Override
    public String toString() {
        return week.toString();
    }
}
