package de.kreisunna.ikz.support.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.kreisunna.ikz.support.report.ActivityReport.ParticipantFacts;
import de.kreisunna.ikz.support.report.ActivityReport.RequestFacts;
import de.kreisunna.ikz.support.report.ActivityReport.SessionFacts;
import de.kreisunna.ikz.support.report.ActivityReport.SlaOutcome;
import de.kreisunna.ikz.support.request.Category;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityReportTest {

    static final Map<String, String> TOWNS = Map.of("05978032", "Selm", "05978040", "Werne, Stadt");

    static RequestFacts facts(String ags, Category category, Integer firstMinutes, Integer resolutionMinutes,
            SlaOutcome outcome) {
        return new RequestFacts(ags, category, firstMinutes == null ? null : Duration.ofMinutes(firstMinutes),
                resolutionMinutes == null ? null : Duration.ofMinutes(resolutionMinutes), outcome);
    }

    private final ActivityReport report = ActivityReport.compile(2026, Instant.parse("2027-01-05T10:00:00Z"), List.of(
                    facts("05978032", Category.APPLICATION_QUESTION, 60, 180, SlaOutcome.KEPT),
                    facts("05978032", Category.APPLICATION_QUESTION, 180, 300, SlaOutcome.KEPT),
                    facts("05978032", Category.APPLICATION_QUESTION, 90, null, SlaOutcome.UNDECIDED),
                    facts("05978032", Category.APPLICATION_QUESTION, null, null, SlaOutcome.BREACHED),
                    facts("05978040", Category.TECHNICAL_INCIDENT, 30, 45, SlaOutcome.KEPT)),
            List.of(new SessionFacts(true, false, List.of(new ParticipantFacts("05978032", true),
                            new ParticipantFacts("05978032", false), new ParticipantFacts("05978040", true))),
                    new SessionFacts(false, true, List.of()),
                    new SessionFacts(false, false, List.of(new ParticipantFacts("05978032", false)))),
            TOWNS::get);

    @Test
    void eachTownAndCategoryGetsCountsMediansInBusinessHoursAndSlaCompliance() {
        assertThat(report.requests()).hasSize(2);
        ActivityReport.RequestRow selm = report.requests().get(0);
        assertThat(selm.town()).isEqualTo("Selm");
        assertThat(selm.requests()).isEqualTo(4);
        assertThat(selm.resolved()).isEqualTo(2);
        assertThat(selm.medianFirstResponseHours()).isEqualByComparingTo("1.50");   // 1 h, 1.5 h, 3 h
        assertThat(selm.medianResolutionHours()).isEqualByComparingTo("4.00");      // (3 h + 5 h) / 2
        assertThat(selm.slaMet()).isEqualTo(2);
        assertThat(selm.slaBreached()).isEqualTo(1);
        assertThat(selm.slaCompliancePercent()).isEqualByComparingTo("66.7");       // the open one is not decided yet
        assertThat(report.requests().get(1).slaCompliancePercent()).isEqualByComparingTo(BigDecimal.valueOf(100));
    }

    @Test
    void onlySessionsThatTookPlaceCountAsHeldWithTheirAttendance() {
        assertThat(report.trainings().held()).isEqualTo(1);
        assertThat(report.trainings().cancelled()).isEqualTo(1);
        assertThat(report.trainings().participants()).isEqualTo(3);
        assertThat(report.trainings().attended()).isEqualTo(2);
        assertThat(report.trainings().perTown()).extracting(ActivityReport.TownAttendance::ags,
                        ActivityReport.TownAttendance::participants, ActivityReport.TownAttendance::attended)
                .containsExactly(tuple("05978032", 2, 1),
                        tuple("05978040", 1, 1));
    }

    @Test
    void theCsvHasOneHeaderAndQuotesTownNamesWithCommas() {
        String[] lines = ActivityReportCsv.write(report).split("\r\n");

        assertThat(lines[0]).isEqualTo(String.join(",", ActivityReportCsv.HEADER));
        assertThat(lines[1]).isEqualTo("requests,2026,05978032,Selm,APPLICATION_QUESTION,4,2,1.50,4.00,2,1,66.7,,,");
        assertThat(lines[2]).startsWith("requests,2026,05978040,\"Werne, Stadt\",TECHNICAL_INCIDENT,1,1,0.50,0.75,1,0,100.0");
        assertThat(lines[3]).isEqualTo("trainings,2026,05978032,Selm,,,,,,,,,,2,1");
        assertThat(lines[lines.length - 1]).isEqualTo("trainings,2026,,,,,,,,,,,1,3,2");
    }
}
