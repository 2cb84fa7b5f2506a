package de.kreisunna.ikz.support.sla;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Public holidays of a German state from the Jollyday library (maintained data bundled in the jar, no
 * network), so moveable feasts such as Easter are never typed in by hand. Holidays are computed once per
 * year and kept.
 */
public final class JollydayHolidays implements Holidays {

    private final HolidayManager manager;
    private final String subdivision;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    private JollydayHolidays(HolidayManager manager, String subdivision) {
        this.manager = manager;
        this.subdivision = subdivision;
    }

    /**
     * Germany's public holidays plus those of one state, by Jollyday's subdivision code ({@code "nw"} for
     * North Rhine-Westphalia). An unknown code is refused: Jollyday would silently fall back to the
     * national holidays and miss e.g. Fronleichnam and Allerheiligen.
     */
    public static JollydayHolidays germany(String subdivision) {
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
        if (!manager.getCalendarHierarchy().getChildren().containsKey(subdivision)) {
            throw new IllegalArgumentException("'" + subdivision + "' is not a German state known to Jollyday; known: "
                    + manager.getCalendarHierarchy().getChildren().keySet());
        }
        return new JollydayHolidays(manager, subdivision);
    }

    @Override
    public boolean isHoliday(LocalDate day) {
        return byYear.computeIfAbsent(day.getYear(), this::load).contains(day);
    }

    private Set<LocalDate> load(int year) {
        return manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivision).stream()
                .map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
    }
}
