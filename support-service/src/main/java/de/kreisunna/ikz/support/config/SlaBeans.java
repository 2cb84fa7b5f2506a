package de.kreisunna.ikz.support.config;

import de.kreisunna.ikz.platform.time.CooperationCalendar;
import de.kreisunna.ikz.support.request.Priority;
import de.kreisunna.ikz.support.request.SlaPolicy;
import de.kreisunna.ikz.support.sla.BusinessCalendar;
import de.kreisunna.ikz.support.sla.BusinessHours;
import de.kreisunna.ikz.support.sla.JollydayHolidays;
import de.kreisunna.ikz.support.sla.SlaTargets;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;

/**
 * Builds the framework-free SLA domain objects from the configuration, eagerly: a bad setting (overlapping office
 * hours, an unknown holiday region, a missing target) fails the start, not the first request.
 */
@ApplicationScoped
public class SlaBeans {

    @Produces
    @Singleton
    @Startup
    BusinessCalendar businessCalendar(SlaConfig config, CooperationCalendar cooperation) {
        SlaConfig.WeekHours w = config.weekHours();
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.MONDAY, w.monday());
        week.put(DayOfWeek.TUESDAY, w.tuesday());
        week.put(DayOfWeek.WEDNESDAY, w.wednesday());
        week.put(DayOfWeek.THURSDAY, w.thursday());
        week.put(DayOfWeek.FRIDAY, w.friday());
        week.put(DayOfWeek.SATURDAY, w.saturday());
        week.put(DayOfWeek.SUNDAY, w.sunday());
        return new BusinessCalendar(BusinessHours.parse(week), JollydayHolidays.germany(config.holidayRegion()),
                cooperation.zone());
    }

    @Produces
    @Singleton
    @Startup
    SlaPolicy slaPolicy(BusinessCalendar calendar, SlaConfig config) {
        SlaConfig.Targets t = config.targets();
        Map<Priority, SlaTargets> targets = new EnumMap<>(Priority.class);
        targets.put(Priority.CRITICAL, targets(t.critical()));
        targets.put(Priority.HIGH, targets(t.high()));
        targets.put(Priority.NORMAL, targets(t.normal()));
        targets.put(Priority.LOW, targets(t.low()));
        return new SlaPolicy(calendar, targets);
    }

    private static SlaTargets targets(SlaConfig.Target target) {
        return new SlaTargets(target.firstResponse(), target.resolution());
    }
}
