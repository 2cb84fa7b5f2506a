package de.kreisunna.ikz.membership.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kreisunna.ikz.membership.municipality.Municipality;
import de.kreisunna.ikz.membership.resolution.Body;
import de.kreisunna.ikz.membership.resolution.CouncilResolution;
import de.kreisunna.ikz.membership.resolution.Outcome;
import de.kreisunna.ikz.membership.resolution.Resolution;
import de.kreisunna.ikz.membership.resolution.ResolutionKind;
import de.kreisunna.ikz.platform.problem.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final String KREIS = "05978";
    private static final String LUENEN = "05978024";
    private static final String BERGKAMEN = "05978004";
    private static final Map<String, String> NAMES = Map.of(KREIS, "Kreis Unna", LUENEN, "Lünen", BERGKAMEN, "Bergkamen");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate CONCLUDED = LocalDate.of(2019, 10, 30);
    private static final CostClause COST = new CostClause(new BigDecimal("0.25"), List.of("A 11 LBesG NRW", "EG 10 TVöD-VKA"),
            new BigDecimal("0.10"), new BigDecimal("0.25"), AllocationKey.EQUAL);
    private static final NoticeRule NOTICE = new NoticeRule(12, NoticeDeadline.END_OF_CALENDAR_YEAR, "assumed");

    @Test
    void aNewAgreementIsADraftWithRevisionZero() {
        Agreement draft = draft("ikz-2019");

        assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(draft.changed(NAMES).revision()).isZero();
    }

    @Test
    void anIdMustBeShortLowerCaseAndHyphenated() {
        assertThatThrownBy(() -> new Agreement("IKZ 2019", terms(null), null))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.violations()).extracting(Problem.Violation::field)
                        .containsExactly("id"));
    }

    @Test
    void aPartyListedTwiceInTheSameRoleIsRefused() {
        var parties = new ArrayList<>(parties());
        parties.add(new Party(BERGKAMEN, PartyRole.MEMBER));

        assertThatThrownBy(() -> new Agreement("ikz-2019", new AgreementTerms("t", "AsylbLG", "GkG NRW", null, parties, COST, NOTICE), null))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(400));
    }

    @Test
    void concludingNeedsAPositiveDecisionOfEveryPartyAndNamesTheMissingOnes() {
        Agreement draft = draft("ikz-2019");

        assertThatThrownBy(() -> draft.conclude(CONCLUDED, List.of(decision("ikz-2019", LUENEN, Body.RAT, CONCLUDED)), NAMES, TODAY))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.getMessage()).contains("05978 Kreis Unna, 05978004 Bergkamen").doesNotContain("Lünen");
                    assertThat(p.violations()).extracting(Problem.Violation::field)
                            .containsExactly("parties[05978]", "parties[05978004]");
                });
        assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void recommendationsRejectionsLaterDecisionsAndOtherAgreementsDecisionsDoNotCount() {
        Agreement draft = draft("ikz-2019");
        List<CouncilResolution> resolutions = List.of(
                decision("ikz-2019", LUENEN, Body.RAT, CONCLUDED),
                resolution("ikz-2019", KREIS, Body.KREISAUSSCHUSS, CONCLUDED, ResolutionKind.RECOMMENDATION, Outcome.APPROVED),
                resolution("ikz-2019", BERGKAMEN, Body.RAT, CONCLUDED, ResolutionKind.DECISION, Outcome.REJECTED),
                decision("ikz-2019", BERGKAMEN, Body.RAT, CONCLUDED.plusDays(1)),
                decision("ikz-2021", KREIS, Body.KREISTAG, CONCLUDED));

        assertThatThrownBy(() -> draft.conclude(CONCLUDED, resolutions, NAMES, TODAY))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.violations()).extracting(Problem.Violation::field)
                        .containsExactly("parties[05978]", "parties[05978004]"));
    }

    @Test
    void concludingWithEveryDecisionSetsStatusAndDateAndRaisesTheRevision() {
        Agreement agreement = concluded("ikz-2019");

        assertThat(agreement.status()).isEqualTo(AgreementStatus.CONCLUDED);
        assertThat(agreement.concludedOn()).isEqualTo(CONCLUDED);
        assertThat(agreement.revision()).isEqualTo(1);
    }

    @Test
    void aConclusionInTheFutureIsRefusedNamingTheField() {
        Agreement draft = draft("ikz-2019");

        assertThatThrownBy(() -> draft.conclude(TODAY.plusDays(1), allDecisions("ikz-2019", TODAY), NAMES, TODAY))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.violations()).extracting(Problem.Violation::field)
                        .containsExactly("concludedOn"));
    }

    @Test
    void anAgreementWithoutOperatorKopfstelleAndMemberCannotBeConcluded() {
        Agreement draft = new Agreement("ikz-2019", new AgreementTerms("t", "AsylbLG", "GkG NRW", null,
                List.of(new Party(KREIS, PartyRole.OPERATOR), new Party(BERGKAMEN, PartyRole.MEMBER)), COST, NOTICE), null);

        assertThatThrownBy(() -> draft.conclude(CONCLUDED, allDecisions("ikz-2019", CONCLUDED), NAMES, TODAY))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(409))
                .hasMessageContaining("exactly one OPERATOR, one KOPFSTELLE and at least one MEMBER");
    }

    @Test
    void onlyADraftCanBeRevisedOrConcluded() {
        Agreement agreement = concluded("ikz-2019");

        assertConflict(() -> agreement.revise(terms(null), null), "is CONCLUDED; only a draft can be revised");
        assertConflict(() -> agreement.conclude(CONCLUDED, allDecisions("ikz-2019", CONCLUDED), NAMES, TODAY),
                "only a draft can be concluded");
    }

    @Test
    void theLifecycleRunsFromDraftToTerminatedAndRefusesEverySkippedStep() {
        Agreement agreement = draft("ikz-2019");
        assertConflict(() -> agreement.enterIntoForce(LocalDate.of(2019, 1, 1), null), "only a concluded agreement can be put into force");
        assertConflict(() -> agreement.terminate(LocalDate.of(2020, 12, 31)), "only an agreement in force can be terminated");

        agreement.conclude(CONCLUDED, allDecisions("ikz-2019", CONCLUDED), NAMES, TODAY);
        agreement.enterIntoForce(LocalDate.of(2019, 1, 1), null);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertConflict(() -> agreement.enterIntoForce(LocalDate.of(2019, 1, 1), null), "is IN_FORCE");

        agreement.terminate(LocalDate.of(2020, 12, 31));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(agreement.endedOn()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(agreement.revision()).isEqualTo(3);
        assertConflict(() -> agreement.admit(BERGKAMEN, LocalDate.of(2021, 1, 1)), "only an agreement in force can be joined");
    }

    @Test
    void anAgreementCannotEndBeforeItEnteredIntoForce() {
        Agreement agreement = inForce("ikz-2019", LocalDate.of(2019, 1, 1));

        assertConflict(() -> agreement.terminate(LocalDate.of(2018, 12, 31)), "it cannot end on 2018-12-31");
    }

    @Test
    void aSuccessorEnteringIntoForceSupersedesItsPredecessorTheDayBefore() {
        Agreement predecessor = inForce("ikz-2019", LocalDate.of(2019, 1, 1));
        Agreement successor = concluded("ikz-2021", predecessor);

        successor.enterIntoForce(LocalDate.of(2022, 1, 1), predecessor);

        assertThat(successor.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(predecessor.status()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThat(predecessor.endedOn()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(predecessor.successorId()).isEqualTo("ikz-2021");
        assertThat(predecessor.revision()).isEqualTo(3);
        assertThat(successor.changed(NAMES).predecessorId()).isEqualTo("ikz-2019");
    }

    @Test
    void aSuccessorMustBeginAfterItsPredecessorAndOnlyAPredecessorInForceCanBeSuperseded() {
        Agreement predecessor = inForce("ikz-2019", LocalDate.of(2019, 1, 1));
        Agreement successor = concluded("ikz-2021", predecessor);

        assertConflict(() -> successor.enterIntoForce(LocalDate.of(2019, 1, 1), predecessor), "only supersede ikz-2019 after 2019-01-01");
        predecessor.terminate(LocalDate.of(2020, 12, 31));
        assertConflict(() -> successor.enterIntoForce(LocalDate.of(2022, 1, 1), predecessor), "only an agreement in force can be superseded");
    }

    @Test
    void onlyAConcludedAgreementOrOneInForceCanGetASuccessor() {
        Agreement predecessor = draft("ikz-2019");

        assertConflict(() -> new Agreement("ikz-2021", terms("ikz-2019"), predecessor), "only a concluded agreement or one in force");
    }

    @Test
    void aSuccessorTakesOverOnlyTownsThatAreItsMemberParties() {
        Agreement successor = concluded("ikz-2021");
        var selm = new Municipality("05978032", "Selm");

        assertConflict(() -> successor.requireMemberParties(List.of(new Municipality(BERGKAMEN, "Bergkamen"), selm)),
                "not its MEMBER parties: 05978032 Selm");
    }

    @Test
    void joiningMakesTheTownAMemberPartyOnceAndOnlyFromTheDayTheAgreementIsInForce() {
        Agreement agreement = inForce("ikz-2019", LocalDate.of(2019, 1, 1));

        assertConflict(() -> agreement.admit("05978032", LocalDate.of(2018, 12, 31)), "a membership cannot begin on 2018-12-31");
        assertThat(agreement.admit("05978032", LocalDate.of(2020, 7, 1))).isTrue();
        assertThat(agreement.admit("05978032", LocalDate.of(2023, 1, 1))).isFalse();
        assertThat(agreement.admit(BERGKAMEN, LocalDate.of(2019, 1, 1))).isFalse();
        assertThat(agreement.parties()).contains(new Party("05978032", PartyRole.MEMBER));
    }

    @Test
    void theEventNamesThePartiesByRoleKeepsTheCostClauseScaleAndIsKeyedByTheAgreementId() {
        AgreementChanged event = draft("ikz-2019").changed(NAMES);

        assertThat(event.parties()).extracting(AgreementChanged.PartyView::role).containsExactly(
                PartyRole.OPERATOR, PartyRole.KOPFSTELLE, PartyRole.MEMBER, PartyRole.MEMBER);
        assertThat(event.parties().get(1)).isEqualTo(new AgreementChanged.PartyView(LUENEN, "Lünen", PartyRole.KOPFSTELLE));
        assertThat(event.costClause().overheadRate().toPlainString()).isEqualTo("0.10");
        assertThat(event.subject()).isEqualTo("AsylbLG");
        assertThat(event.asEvent().subject()).isEqualTo("ikz-2019");
        assertThat(event.asEvent().type()).isEqualTo(AgreementChanged.TYPE);
    }

    private static Agreement draft(String id) {
        return new Agreement(id, terms(null), null);
    }

    private static Agreement concluded(String id) {
        Agreement agreement = draft(id);
        agreement.conclude(CONCLUDED, allDecisions(id, CONCLUDED), NAMES, TODAY);
        return agreement;
    }

    private static Agreement concluded(String id, Agreement predecessor) {
        Agreement agreement = new Agreement(id, terms(predecessor.id()), predecessor);
        agreement.conclude(CONCLUDED, allDecisions(id, CONCLUDED), NAMES, TODAY);
        return agreement;
    }

    private static Agreement inForce(String id, LocalDate from) {
        Agreement agreement = concluded(id);
        agreement.enterIntoForce(from, null);
        return agreement;
    }

    private static AgreementTerms terms(String predecessorId) {
        return new AgreementTerms("Öffentlich-rechtliche Vereinbarung", "AsylbLG", "GkG NRW", predecessorId, parties(), COST, NOTICE);
    }

    private static List<Party> parties() {
        return List.of(new Party(KREIS, PartyRole.OPERATOR), new Party(LUENEN, PartyRole.KOPFSTELLE),
                new Party(LUENEN, PartyRole.MEMBER), new Party(BERGKAMEN, PartyRole.MEMBER));
    }

    private static List<CouncilResolution> allDecisions(String agreementId, LocalDate on) {
        return List.of(decision(agreementId, KREIS, Body.KREISTAG, on), decision(agreementId, LUENEN, Body.RAT, on),
                decision(agreementId, BERGKAMEN, Body.RAT, on));
    }

    private static CouncilResolution decision(String agreementId, String ags, Body body, LocalDate on) {
        return resolution(agreementId, ags, body, on, ResolutionKind.DECISION, Outcome.APPROVED);
    }

    private static CouncilResolution resolution(String agreementId, String ags, Body body, LocalDate on, ResolutionKind kind,
            Outcome outcome) {
        return new CouncilResolution(agreementId, new Resolution(ags, body, on, "11/1532", kind, outcome, null));
    }

    private static void assertConflict(ThrowingCallable change, String reason) {
        assertThatThrownBy(change).isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(409))
                .hasMessageContaining(reason);
    }
}
