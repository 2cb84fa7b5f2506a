package de.kreisunna.ikz.support.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How SLA time is counted and which targets apply (keys {@code support.sla.*}). */
@ConfigMapping(prefix = "support.sla")
public interface SlaConfig {

    /** Jollyday subdivision of Germany whose public holidays close the office ("nw" = North Rhine-Westphalia). */
    @WithDefault("nw")
    String holidayRegion();

    /** Office hours per weekday. */
    WeekHours weekHours();

    /** Business time allowed per priority. */
    Targets targets();

    /**
     * How often open requests are checked for breached targets, as a Quarkus scheduler interval ("1m");
     * "off" disables the schedule (tests call the check themselves).
     */
    @WithDefault("1m")
    String checkInterval();

    /** Each day as "08:00-16:00", several windows separated by commas ("08:00-12:00,13:00-16:00"), or "closed". */
    interface WeekHours {

        @WithDefault("08:00-16:00")
        String monday();

        @WithDefault("08:00-16:00")
        String tuesday();

        @WithDefault("08:00-16:00")
        String wednesday();

        @WithDefault("08:00-16:00")
        String thursday();

        @WithDefault("08:00-12:30")
        String friday();

        @WithDefault("closed")
        String saturday();

        @WithDefault("closed")
        String sunday();
    }

    /** Set in application.properties, one pair per priority. */
    interface Targets {

        /** The installation is down or benefits cannot be paid. */
        Target critical();

        /** Work of a town is seriously hindered. */
        Target high();

        Target normal();

        /** Questions without urgency. */
        Target low();
    }

    /** Business durations ("4h", "PT30M"): until the first public reply, and until resolution. */
    interface Target {

        Duration firstResponse();

        Duration resolution();
    }
}
