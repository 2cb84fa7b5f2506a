package de.kreisunna.ikz.support.request;

import static de.kreisunna.ikz.support.sla.BusinessCalendarTest.berlin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.DomainException;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.NotAllowed;
import de.kreisunna.ikz.support.access.Actor;
import de.kreisunna.ikz.support.licence.LicenceChanged;
import de.kreisunna.ikz.support.licence.LicenceDetails;
import de.kreisunna.ikz.support.sla.BusinessCalendar;
import de.kreisunna.ikz.support.sla.BusinessCalendarTest;
import de.kreisunna.ikz.support.sla.BusinessHours;
import de.kreisunna.ikz.support.sla.SlaState;
import de.kreisunna.ikz.support.sla.SlaTarget;
import de.kreisunna.ikz.support.sla.SlaTargets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The workflow rules of a request: routing, allowed transitions, who works what, the SLA clock, licences. */
class SupportRequestTest {

    static final String SELM = "05978032";
    static final Actor KOPFSTELLE = Actor.kopfstelle("kopfstelle");
    static final Actor OPERATOR = Actor.operatorIt("admin");
    static final Actor SELM_USER = Actor.town("town-selm", SELM);
    static final Actor OTHER_TOWN = Actor.town("town-werne", "05978040");
    static final Actor HELPDESK = Actor.helpdesk("service-account-prosoz-helpdesk");
    static final Instant MONDAY_9 = berlin("2026-03-02T09:00");
    static final Duration REOPEN = Duration.ofDays(14);

    private final SlaPolicy policy = policy();

    static SlaPolicy policy() {
        BusinessCalendar calendar = new BusinessCalendar(BusinessHours.parse(BusinessCalendarTest.WEEK),
                BusinessCalendarTest.NRW, BusinessCalendarTest.BERLIN);
        Map<Priority, SlaTargets> targets = new EnumMap<>(Priority.class);
        targets.put(Priority.CRITICAL, new SlaTargets(Duration.ofHours(1), Duration.ofHours(8)));
        targets.put(Priority.HIGH, new SlaTargets(Duration.ofHours(4), Duration.ofHours(16)));
        targets.put(Priority.NORMAL, new SlaTargets(Duration.ofHours(8), Duration.ofHours(40)));
        targets.put(Priority.LOW, new SlaTargets(Duration.ofHours(16), Duration.ofHours(80)));
        return new SlaPolicy(calendar, targets);
    }

    static SupportRequest request(Category category, Actor by) {
        LicenceDetails licence = category == Category.LICENCE_REQUEST
                ? new LicenceDetails("OPEN/PROSOZ user licence", 2, LocalDate.parse("2026-04-01")) : null;
        return new SupportRequest(UUID.randomUUID(), new Submission(SELM, category, Priority.NORMAL, "subject",
                "description", "Ms Example", null, null, licence), by, MONDAY_9);
    }

    static void assertProblem(ThrowingCallable call, int status) {
        Class<? extends DomainException> kind = switch (status) {
            case 400 -> InvalidInput.class;
            case 403 -> NotAllowed.class;
            case 409 -> Conflict.class;
            default -> throw new IllegalArgumentException("no domain error is answered with " + status);
        };
        assertThatThrownBy(call).isInstanceOf(kind);
    }

    @Test
    void eachCategoryIsRoutedToItsTeam() {
        assertThat(Category.APPLICATION_QUESTION.route().steps()).containsExactly(Team.KOPFSTELLE);
        assertThat(Category.ADMINISTRATION_REQUEST.route().steps()).containsExactly(Team.KOPFSTELLE);
        assertThat(Category.TECHNICAL_INCIDENT.route().steps()).containsExactly(Team.OPERATOR_IT);
        assertThat(Category.LICENCE_REQUEST.route().steps()).containsExactly(Team.KOPFSTELLE, Team.OPERATOR_IT);
        assertThat(Category.TRAINING_REQUEST.route().steps()).containsExactly(Team.KOPFSTELLE);
        assertThat(request(Category.TECHNICAL_INCIDENT, SELM_USER).team()).isEqualTo(Team.OPERATOR_IT);
        assertThat(request(Category.APPLICATION_QUESTION, SELM_USER).team()).isEqualTo(Team.KOPFSTELLE);
    }

    @Test
    void aRequestGoesThroughTheWholeWorkflow() {
        SupportRequest r = request(Category.APPLICATION_QUESTION, SELM_USER);

        r.start(KOPFSTELLE, MONDAY_9.plusSeconds(600));
        r.waitForRequester(KOPFSTELLE, "Which case number?", MONDAY_9.plusSeconds(1200));
        r.comment(SELM_USER, "Case 4711", false, null, MONDAY_9.plusSeconds(1800));
        assertThat(r.status()).as("the requester's answer resumes the request").isEqualTo(Status.IN_PROGRESS);
        r.resolve(KOPFSTELLE, "Use the mass change dialogue.", null, null, MONDAY_9.plusSeconds(3600));
        r.close(SELM_USER, MONDAY_9.plusSeconds(7200));

        assertThat(r.status()).isEqualTo(Status.CLOSED);
        assertThat(r.firstRespondedAt()).isEqualTo(MONDAY_9.plusSeconds(1200));
        assertThat(r.history()).extracting(HistoryEntry::change).containsExactly(Change.SUBMITTED, Change.STARTED,
                Change.WAITING_FOR_REQUESTER, Change.PUBLIC_REPLY, Change.RESUMED, Change.REQUESTER_COMMENT,
                Change.RESOLVED, Change.PUBLIC_REPLY, Change.CLOSED);
    }

    @Test
    void anInvalidTransitionIsAConflict() {
        SupportRequest r = request(Category.APPLICATION_QUESTION, SELM_USER);

        assertProblem(() -> r.close(KOPFSTELLE, MONDAY_9), 409);
        assertProblem(() -> r.reopen(SELM_USER, "again", MONDAY_9, REOPEN), 409);
        r.reject(KOPFSTELLE, "not our business", MONDAY_9.plusSeconds(60));
        assertProblem(() -> r.start(KOPFSTELLE, MONDAY_9.plusSeconds(120)), 409);
        assertProblem(() -> r.resolve(KOPFSTELLE, "x", null, null, MONDAY_9.plusSeconds(120)), 409);
        assertProblem(() -> r.comment(SELM_USER, "but", false, null, MONDAY_9.plusSeconds(120)), 409);
        assertThat(r.status()).isEqualTo(Status.REJECTED);
    }

    @Test
    void aResolvedRequestIsReopenedWithinThePeriodOnlyAndNeverStartedAgain() {
        SupportRequest r = request(Category.APPLICATION_QUESTION, SELM_USER);
        Instant resolved = MONDAY_9.plusSeconds(3600);
        r.resolve(KOPFSTELLE, "done", null, null, resolved);

        assertProblem(() -> r.start(KOPFSTELLE, resolved.plusSeconds(60)), 409);
        assertProblem(() -> r.reopen(SELM_USER, "still broken", resolved.plus(REOPEN).plusSeconds(1), REOPEN), 409);
        r.reopen(SELM_USER, "still broken", resolved.plus(REOPEN), REOPEN);

        assertThat(r.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(r.resolvedAt()).isNull();
        assertThat(r.slaClock().isRunning()).isTrue();
    }

    @Test
    void onlyTheKopfstelleAndOperatorItAtItsStepWorkARequest() {
        SupportRequest question = request(Category.APPLICATION_QUESTION, SELM_USER);
        SupportRequest incident = request(Category.TECHNICAL_INCIDENT, HELPDESK);

        assertProblem(() -> question.start(SELM_USER, MONDAY_9), 403);
        assertProblem(() -> question.start(OPERATOR, MONDAY_9), 403);
        assertProblem(() -> question.comment(SELM_USER, "note", true, null, MONDAY_9), 403);
        incident.start(OPERATOR, MONDAY_9);
        incident.waitForRequester(KOPFSTELLE, "Since when?", MONDAY_9.plusSeconds(60));

        assertThat(question.isVisibleTo(OPERATOR)).isFalse();
        assertThat(incident.isVisibleTo(OPERATOR)).isTrue();
        assertThat(question.isVisibleTo(OTHER_TOWN)).isFalse();
        assertThat(incident.isVisibleTo(SELM_USER)).as("a helpdesk request for Selm is Selm's").isTrue();
        assertThat(question.isVisibleTo(HELPDESK)).as("the helpdesk sees only what it submitted").isFalse();
        assertThat(incident.isVisibleTo(Actor.helpdesk("another-client"))).isFalse();
    }

    @Test
    void aLicenceRequestIsGrantedByOperatorItAfterTheKopfstelleForwardedIt() {
        SupportRequest r = request(Category.LICENCE_REQUEST, SELM_USER);
        assertThat(r.isVisibleTo(OPERATOR)).isFalse();
        assertProblem(() -> r.resolve(KOPFSTELLE, "granted", null, null, MONDAY_9), 409);

        r.forward(KOPFSTELLE, "needed for the new team", MONDAY_9.plusSeconds(60));
        assertProblem(() -> r.forward(OPERATOR, null, MONDAY_9.plusSeconds(90)), 409);
        LicenceChanged granted = r.resolve(OPERATOR, "granted", 1, null, MONDAY_9.plusSeconds(120)).orElseThrow();

        assertThat(granted).isEqualTo(new LicenceChanged(r.id(), SELM, "OPEN/PROSOZ user licence", 1,
                LocalDate.parse("2026-04-01")));
        assertThat(r.isVisibleTo(OPERATOR)).isTrue();
        assertProblem(() -> r.reopen(SELM_USER, "we need 2", MONDAY_9.plusSeconds(180), REOPEN), 409);
    }

    @Test
    void onlyLicenceRequestsCarryAndGrantLicences() {
        assertProblem(() -> new SupportRequest(UUID.randomUUID(), new Submission(SELM, Category.LICENCE_REQUEST, null,
                "s", "d", null, null, null, null), SELM_USER, MONDAY_9), 400);
        SupportRequest question = request(Category.APPLICATION_QUESTION, SELM_USER);
        assertProblem(() -> question.resolve(KOPFSTELLE, "x", 3, null, MONDAY_9), 400);
    }

    @Test
    void waitingForTheRequesterPausesTheSlaClock() {
        SupportRequest r = request(Category.APPLICATION_QUESTION, SELM_USER);
        r.waitForRequester(KOPFSTELLE, "Which case?", berlin("2026-03-02T10:00"));

        assertThat(policy.evaluate(r, SlaTarget.RESOLUTION, berlin("2026-03-20T10:00")).state()).isEqualTo(SlaState.PAUSED);
        r.comment(SELM_USER, "Case 4711", false, null, berlin("2026-03-03T10:00"));

        assertThat(r.slaClock().elapsed(policy.calendar(), berlin("2026-03-03T12:00"))).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void theNextSlaCheckIsPlannedAtTheEarliestTargetStillRunning() {
        SupportRequest r = request(Category.APPLICATION_QUESTION, SELM_USER);   // NORMAL: 8 h first response, 40 h resolution
        r.planSlaCheck(policy, MONDAY_9);

        assertThat(r.nextSlaCheckAt()).isEqualTo(policy.evaluate(r, SlaTarget.FIRST_RESPONSE, MONDAY_9).dueAt())
                .isNotNull();

        r.comment(KOPFSTELLE, "Wir prüfen das", false, null, MONDAY_9.plusSeconds(600));   // first response given
        r.planSlaCheck(policy, MONDAY_9.plusSeconds(600));

        assertThat(r.nextSlaCheckAt()).isEqualTo(policy.evaluate(r, SlaTarget.RESOLUTION, MONDAY_9).dueAt());
    }

    @Test
    void aPausedClockPlansNoCheckUntilTheRequesterAnswers() {
        SupportRequest r = request(Category.APPLICATION_QUESTION, SELM_USER);
        r.waitForRequester(KOPFSTELLE, "Which case?", berlin("2026-03-02T10:00"));
        r.planSlaCheck(policy, berlin("2026-03-02T10:00"));

        assertThat(r.nextSlaCheckAt()).isNull();

        r.comment(SELM_USER, "Case 4711", false, null, berlin("2026-03-03T10:00"));
        r.planSlaCheck(policy, berlin("2026-03-03T10:00"));

        assertThat(r.nextSlaCheckAt()).isEqualTo(policy.evaluate(r, SlaTarget.RESOLUTION, berlin("2026-03-03T10:00")).dueAt());
    }

    @Test
    void anUnreportedBreachIsCheckedAtOnceAndAReportedOneNoMore() {
        SupportRequest r = request(Category.APPLICATION_QUESTION, SELM_USER);
        Instant late = berlin("2026-03-03T10:00");   // first response: 9 business hours ran, 8 allowed

        r.planSlaCheck(policy, late);
        assertThat(r.nextSlaCheckAt()).isEqualTo(late);

        r.recordBreaches(policy, late);
        r.planSlaCheck(policy, late);
        assertThat(r.nextSlaCheckAt()).isEqualTo(policy.evaluate(r, SlaTarget.RESOLUTION, late).dueAt()).isAfter(late);
    }

    @Test
    void aBreachIsRecordedOnceAndALateAnswerStillCounts() {
        SupportRequest r = request(Category.APPLICATION_QUESTION, SELM_USER);
        Instant late = berlin("2026-03-03T10:00");   // 9 business hours after submission, 8 allowed

        List<SlaBreached> first = r.recordBreaches(policy, late);
        List<SlaBreached> again = r.recordBreaches(policy, late.plusSeconds(3600));

        assertThat(first).singleElement().satisfies(b -> {
            assertThat(b.target()).isEqualTo(SlaTarget.FIRST_RESPONSE);
            assertThat(b.dueAt()).isEqualTo(berlin("2026-03-03T09:00"));
        });
        assertThat(again).isEmpty();
        r.comment(KOPFSTELLE, "Sorry for the wait", false, null, late);
        assertThat(policy.evaluate(r, SlaTarget.FIRST_RESPONSE, late.plusSeconds(60)).state()).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void requestersNeverSeeInternalNotes() {
        SupportRequest r = request(Category.APPLICATION_QUESTION, SELM_USER);
        r.comment(KOPFSTELLE, "caller was rude", true, null, MONDAY_9.plusSeconds(60));
        r.comment(KOPFSTELLE, "We are on it", false, null, MONDAY_9.plusSeconds(120));

        assertThat(RequestView.of(r, SELM_USER, policy, REOPEN, MONDAY_9, true).comments())
                .extracting(RequestView.CommentView::text).containsExactly("We are on it");
        assertThat(RequestView.of(r, KOPFSTELLE, policy, REOPEN, MONDAY_9, true).comments()).hasSize(2);
        assertThat(RequestView.historyOf(r, SELM_USER)).extracting(RequestView.HistoryView::change)
                .doesNotContain(Change.INTERNAL_NOTE);
        assertThat(r.firstRespondedAt()).as("an internal note is no response").isEqualTo(MONDAY_9.plusSeconds(120));
    }
}
