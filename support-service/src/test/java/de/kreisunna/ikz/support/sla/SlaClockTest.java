package de.kreisunna.ikz.support.sla;

import static de.kreisunna.ikz.support.sla.BusinessCalendarTest.berlin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SLA clock counts office time only while it runs: a pause moves the due time, a late answer is a breach. */
class SlaClockTest {

    private final BusinessCalendar calendar = new BusinessCalendar(BusinessHours.parse(BusinessCalendarTest.WEEK),
            BusinessCalendarTest.NRW, BusinessCalendarTest.BERLIN);

    @Test
    void aPauseWhileWaitingForTheRequesterMovesTheDueTimeByThePause() {
        SlaClock unpaused = SlaClock.of(List.of(new SlaClock.Segment(berlin("2026-03-02T09:00"), null)));
        SlaClock paused = SlaClock.of(List.of(
                new SlaClock.Segment(berlin("2026-03-02T09:00"), berlin("2026-03-02T10:00")),
                new SlaClock.Segment(berlin("2026-03-03T10:00"), null)));

        assertThat(unpaused.dueAt(calendar, Duration.ofHours(8))).isEqualTo(berlin("2026-03-03T09:00"));
        // 1 h before the pause; the remaining 7 h from Tue 10:00: 6 h on Tuesday, 1 h on Wednesday
        assertThat(paused.dueAt(calendar, Duration.ofHours(8))).isEqualTo(berlin("2026-03-04T09:00"));
        assertThat(paused.elapsed(calendar, berlin("2026-03-03T12:00"))).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void whilePausedThereIsNoDueTimeAndNothingElapses() {
        SlaClock clock = SlaClock.of(List.of(new SlaClock.Segment(berlin("2026-03-02T09:00"), berlin("2026-03-02T10:00"))));

        SlaEvaluation evaluation = clock.evaluate(calendar, SlaTarget.RESOLUTION, Duration.ofHours(4), null,
                berlin("2026-03-10T10:00"));

        assertThat(evaluation.state()).isEqualTo(SlaState.PAUSED);
        assertThat(evaluation.dueAt()).isNull();
        assertThat(evaluation.elapsed()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void moreBusinessTimeThanAllowedIsABreachAndAnAnswerInTimeIsMet() {
        SlaClock clock = SlaClock.of(List.of(new SlaClock.Segment(berlin("2026-03-06T12:00"), null)));

        assertThat(clock.evaluate(calendar, SlaTarget.FIRST_RESPONSE, Duration.ofHours(1), null,
                berlin("2026-03-09T08:29")).state()).as("Fri 30 min + Mon 29 min").isEqualTo(SlaState.RUNNING);
        SlaEvaluation late = clock.evaluate(calendar, SlaTarget.FIRST_RESPONSE, Duration.ofHours(1), null,
                berlin("2026-03-09T08:31"));
        assertThat(late.state()).isEqualTo(SlaState.BREACHED);
        assertThat(late.dueAt()).isEqualTo(berlin("2026-03-09T08:30"));
        assertThat(clock.evaluate(calendar, SlaTarget.FIRST_RESPONSE, Duration.ofHours(1), berlin("2026-03-09T08:15"),
                berlin("2026-03-20T08:00")).state()).isEqualTo(SlaState.MET);
        assertThat(clock.evaluate(calendar, SlaTarget.FIRST_RESPONSE, Duration.ofHours(1), berlin("2026-03-09T09:00"),
                berlin("2026-03-20T08:00")).state()).as("answered, but late").isEqualTo(SlaState.BREACHED);
    }

    @Test
    void aTargetBreachedBeforeAPauseStaysBreached() {
        SlaClock clock = SlaClock.of(List.of(new SlaClock.Segment(berlin("2026-03-02T08:00"), berlin("2026-03-02T12:00"))));

        SlaEvaluation evaluation = clock.evaluate(calendar, SlaTarget.RESOLUTION, Duration.ofHours(2), null,
                berlin("2026-03-02T13:00"));

        assertThat(evaluation.state()).isEqualTo(SlaState.BREACHED);
        assertThat(evaluation.dueAt()).isEqualTo(berlin("2026-03-02T10:00"));
    }
}
