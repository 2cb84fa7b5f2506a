package de.kreisunna.ikz.membership.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kreisunna.ikz.membership.municipality.Municipality;
import de.kreisunna.ikz.membership.resolution.Body;
import de.kreisunna.ikz.membership.resolution.CouncilResolution;
import de.kreisunna.ikz.membership.resolution.Outcome;
import de.kreisunna.ikz.membership.resolution.Resolution;
import de.kreisunna.ikz.membership.resolution.ResolutionKind;
import de.kreisunna.ikz.membership.resolution.ResolutionSubject;
import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.DomainException;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final String KREIS = "05978";
    private static final String LUENEN = "05978024";
    private static final String BERGKAMEN = "05978004";
    private static final String SELM = "05978032";
    private static final Map<String, String> NAMES = Map.of(KREIS, "Kreis Unna", LUENEN, "Lünen", BERGKAMEN, "Bergkamen", SELM, "Selm");
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
    void aWithdrawnDraftCanNeitherBeRevisedNorConcludedAndAConcludedAgreementCannotBeWithdrawn() {
        Agreement draft = draft("ikz-2019");
        draft.withdraw();

        assertThat(draft.status()).isEqualTo(AgreementStatus.WITHDRAWN);
        assertThat(draft.revision()).isEqualTo(1);
        assertThatThrownBy(() -> draft.conclude(CONCLUDED, allDecisions("ikz-2019", CONCLUDED), NAMES, Set.of(), TODAY))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> draft.revise(terms(null), null))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> concluded("ikz-2020").withdraw())
                .isInstanceOfSatisfying(DomainException.class, p -> assertThat(p.getMessage()).contains("only a draft can be withdrawn"));
    }

    @Test
    void anIdMustBeShortLowerCaseAndHyphenated() {
        assertThatThrownBy(() -> new Agreement("IKZ 2019", terms(null), null))
                .isInstanceOfSatisfying(DomainException.class, p -> assertThat(p.violations()).extracting(Violation::field)
                        .containsExactly("id"));
    }

    @Test
    void aPartyListedTwiceInTheSameRoleIsRefused() {
        var parties = new ArrayList<>(parties());
        parties.add(new Party(BERGKAMEN, PartyRole.MEMBER));

        assertThatThrownBy(() -> new Agreement("ikz-2019", new AgreementTerms("t", "AsylbLG", "GkG NRW", null, parties, COST, NOTICE, null), null))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void concludingNeedsAPositiveDecisionOfEveryPartyAndNamesTheMissingOnes() {
        Agreement draft = draft("ikz-2019");

        assertThatThrownBy(() -> draft.conclude(CONCLUDED, List.of(decision("ikz-2019", LUENEN, Body.RAT, CONCLUDED)), NAMES, Set.of(), TODAY))
                .isInstanceOfSatisfying(DomainException.class, p -> {
                    assertThat(p).isInstanceOf(Conflict.class);
                    assertThat(p.getMessage()).contains("05978 Kreis Unna, 05978004 Bergkamen").doesNotContain("Lünen");
                    assertThat(p.violations()).extracting(Violation::field)
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

        assertThatThrownBy(() -> draft.conclude(CONCLUDED, resolutions, NAMES, Set.of(), TODAY))
                .isInstanceOfSatisfying(DomainException.class, p -> assertThat(p.violations()).extracting(Violation::field)
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

        assertThatThrownBy(() -> draft.conclude(TODAY.plusDays(1), allDecisions("ikz-2019", TODAY), NAMES, Set.of(), TODAY))
                .isInstanceOfSatisfying(DomainException.class, p -> assertThat(p.violations()).extracting(Violation::field)
                        .containsExactly("concludedOn"));
    }

    @Test
    void anAgreementWithoutOperatorKopfstelleAndMemberCannotBeConcluded() {
        Agreement draft = new Agreement("ikz-2019", new AgreementTerms("t", "AsylbLG", "GkG NRW", null,
                List.of(new Party(KREIS, PartyRole.OPERATOR), new Party(BERGKAMEN, PartyRole.MEMBER)), COST, NOTICE, null), null);

        assertThatThrownBy(() -> draft.conclude(CONCLUDED, allDecisions("ikz-2019", CONCLUDED), NAMES, Set.of(), TODAY))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("exactly one OPERATOR, one KOPFSTELLE and at least one MEMBER");
    }

    @Test
    void onlyADraftCanBeRevisedOrConcluded() {
        Agreement agreement = concluded("ikz-2019");

        assertConflict(() -> agreement.revise(terms(null), null), "is CONCLUDED; only a draft can be revised");
        assertConflict(() -> agreement.conclude(CONCLUDED, allDecisions("ikz-2019", CONCLUDED), NAMES, Set.of(), TODAY),
                "only a draft can be concluded");
    }

    @Test
    void theLifecycleRunsFromDraftToTerminatedAndRefusesEverySkippedStep() {
        Agreement agreement = draft("ikz-2019");
        assertConflict(() -> agreement.enterIntoForce(effect(LocalDate.of(2019, 12, 1)), null, TODAY), "only a concluded agreement can be put into force");
        assertConflict(() -> agreement.terminate(LocalDate.of(2020, 12, 31)), "only an agreement in force can be terminated");

        agreement.conclude(CONCLUDED, allDecisions("ikz-2019", CONCLUDED), NAMES, Set.of(), TODAY);
        agreement.enterIntoForce(effect(LocalDate.of(2019, 12, 1)), null, TODAY);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertConflict(() -> agreement.enterIntoForce(effect(LocalDate.of(2019, 12, 1)), null, TODAY), "is IN_FORCE");

        agreement.terminate(LocalDate.of(2020, 12, 31));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(agreement.endedOn()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(agreement.revision()).isEqualTo(3);
    }

    @Test
    void anAgreementCannotEndBeforeItEnteredIntoForce() {
        Agreement agreement = inForce("ikz-2019", LocalDate.of(2019, 12, 1));

        assertConflict(() -> agreement.terminate(LocalDate.of(2018, 12, 31)), "it cannot end on 2018-12-31");
    }

    @Test
    void aSuccessorEnteringIntoForceSupersedesItsPredecessorTheDayBefore() {
        Agreement predecessor = inForce("ikz-2019", LocalDate.of(2019, 12, 1));
        Agreement successor = concluded("ikz-2021", predecessor);

        successor.enterIntoForce(effect(LocalDate.of(2022, 1, 1)), predecessor, TODAY);

        assertThat(successor.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(predecessor.status()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThat(predecessor.endedOn()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(predecessor.successorId()).isEqualTo("ikz-2021");
        assertThat(predecessor.revision()).isEqualTo(3);
        assertThat(successor.changed(NAMES).predecessorId()).isEqualTo("ikz-2019");
    }

    @Test
    void aSuccessorMustBeginAfterItsPredecessorAndOnlyAPredecessorInForceCanBeSuperseded() {
        Agreement predecessor = inForce("ikz-2019", LocalDate.of(2019, 12, 1));
        Agreement successor = concluded("ikz-2021", predecessor);

        assertConflict(() -> successor.enterIntoForce(effect(LocalDate.of(2019, 12, 1)), predecessor, TODAY), "only supersede ikz-2019 after 2019-12-01");
        predecessor.terminate(LocalDate.of(2020, 12, 31));
        assertConflict(() -> successor.enterIntoForce(effect(LocalDate.of(2022, 1, 1)), predecessor, TODAY), "only an agreement in force can be superseded");
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
    void aTownIsNeverAddedToAnAgreementAndTheRefusalSaysWhatIsMissing() {
        Agreement agreement = inForce("ikz-2019", LocalDate.of(2019, 12, 1));

        assertThat(agreement.accessionRefused("05978032", "Selm")).isInstanceOfSatisfying(DomainException.class, p -> {
            assertThat(p).isInstanceOf(Conflict.class);
            assertThat(p.getMessage()).contains("Selm (05978032) is no party of agreement ikz-2019",
                    "successor agreement (predecessorId ikz-2019) naming 05978032", "ACCESSION of 05978032", "publication");
        });
        assertThat(agreement.accessionRefused(BERGKAMEN, "Bergkamen").getMessage())
                .contains("is a MEMBER party of agreement ikz-2019 and became a member when it took effect on 2019-12-01");
        assertThat(agreement.parties()).doesNotContain(new Party("05978032", PartyRole.MEMBER));
    }

    @Test
    void aSuccessorLettingATownJoinIsConcludedByEveryPartysDecisionOnTheAccessionOrOnTheAgreement() {
        Agreement predecessor = inForce("ikz-2019", LocalDate.of(2019, 12, 1));
        List<Party> withSelm = new ArrayList<>(parties());
        withSelm.add(new Party(SELM, PartyRole.MEMBER));
        Agreement successor = new Agreement("ikz-2021", new AgreementTerms("t", "AsylbLG", "GkG NRW", "ikz-2019", withSelm, COST, NOTICE,
                null), predecessor);
        LocalDate on = LocalDate.of(2021, 12, 1);
        Set<String> joining = successor.joiningMembers(predecessor);
        assertThat(joining).containsExactly(SELM);
        List<CouncilResolution> resolutions = new ArrayList<>(List.of(
                accession("ikz-2021", KREIS, Body.KREISTAG, on, SELM),
                accession("ikz-2021", LUENEN, Body.RAT, on, SELM),
                accession("ikz-2021", BERGKAMEN, Body.RAT, on, "05978016"),
                resolution("ikz-2021", SELM, Body.RAT, on, ResolutionSubject.TERMINATION, null)));

        assertThatThrownBy(() -> successor.conclude(on, resolutions, NAMES, joining, TODAY))
                .isInstanceOfSatisfying(DomainException.class, p -> {
                    assertThat(p.violations()).extracting(Violation::field).containsExactly("parties[05978004]", "parties[05978032]");
                    assertThat(p.violations().get(1).reason()).contains("it approved only the termination");
                });
        resolutions.add(accession("ikz-2021", BERGKAMEN, Body.RAT, on, SELM));
        resolutions.add(decision("ikz-2021", SELM, Body.RAT, on));
        successor.conclude(on, resolutions, NAMES, joining, TODAY);
        assertThat(successor.status()).isEqualTo(AgreementStatus.CONCLUDED);
    }

    @Test
    void anAccessionDecisionDoesNotConcludeAnAgreementThatLetsNoOneJoin() {
        Agreement draft = draft("ikz-2019");
        List<CouncilResolution> resolutions = List.of(decision("ikz-2019", KREIS, Body.KREISTAG, CONCLUDED),
                decision("ikz-2019", LUENEN, Body.RAT, CONCLUDED), accession("ikz-2019", BERGKAMEN, Body.RAT, CONCLUDED, SELM));

        assertThatThrownBy(() -> draft.conclude(CONCLUDED, resolutions, NAMES, Set.of(), TODAY))
                .isInstanceOfSatisfying(DomainException.class, p -> assertThat(p.violations()).extracting(Violation::field)
                        .containsExactly("parties[05978004]"));
    }

    @Test
    void theAgreementTakesEffectTheDayAfterPublicationOrOnALaterDayItNames() {
        Agreement dayAfter = concluded("ikz-a");
        dayAfter.enterIntoForce(step(LocalDate.of(2019, 11, 15), LocalDate.of(2019, 11, 29), null), null, TODAY);
        assertThat(dayAfter.inForceFrom()).isEqualTo(LocalDate.of(2019, 11, 30));
        assertThat(dayAfter.changed(NAMES).publication().publishedOn()).isEqualTo(LocalDate.of(2019, 11, 29));
        assertThat(dayAfter.changed(NAMES).supervisoryApproval().authority()).isEqualTo("Bezirksregierung Arnsberg");

        Agreement named = concluded("ikz-b");
        named.enterIntoForce(step(LocalDate.of(2019, 11, 15), LocalDate.of(2019, 11, 29), LocalDate.of(2020, 1, 1)), null, TODAY);
        assertThat(named.inForceFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void anAgreementNeverTakesEffectBeforeItsPublicationNorIsPublishedBeforeApprovalOrApprovedBeforeConclusion() {
        Agreement agreement = concluded("ikz-2019");

        assertConflict(() -> agreement.enterIntoForce(step(LocalDate.of(2019, 11, 15), LocalDate.of(2019, 11, 29), LocalDate.of(2019, 1, 1)),
                null, TODAY), "cannot take effect on 2019-01-01: it was published on 2019-11-29");
        assertConflict(() -> agreement.enterIntoForce(step(LocalDate.of(2019, 10, 29), LocalDate.of(2019, 11, 29), null), null, TODAY),
                "concluded on 2019-10-30");
        assertConflict(() -> agreement.enterIntoForce(step(LocalDate.of(2019, 11, 15), LocalDate.of(2019, 11, 14), null), null, TODAY),
                "approved on 2019-11-15");
        assertThatThrownBy(() -> agreement.enterIntoForce(step(LocalDate.of(2019, 11, 15), TODAY.plusDays(1), null), null, TODAY))
                .isInstanceOfSatisfying(DomainException.class, p -> assertThat(p.violations()).extracting(Violation::field)
                        .containsExactly("publication.publishedOn"));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.CONCLUDED);
    }

    @Test
    void costsCanBeSharedOnlyOnDaysTheAgreementOrItsCostSharingClauseCovers() {
        Agreement agreement = new Agreement("ikz-2019", new AgreementTerms("t", "AsylbLG", "GkG NRW", null, parties(), COST, NOTICE,
                new CostSharingClause(LocalDate.of(2019, 1, 1), "since go-live")), null);
        assertConflict(() -> agreement.requireCostsOn(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)), "once it is in force");
        agreement.conclude(CONCLUDED, allDecisions("ikz-2019", CONCLUDED), NAMES, Set.of(), TODAY);
        agreement.enterIntoForce(effect(LocalDate.of(2019, 12, 1)), null, TODAY);

        agreement.requireCostsOn(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31));
        assertConflict(() -> agreement.requireCostsOn(LocalDate.of(2018, 12, 31), LocalDate.of(2019, 12, 31)), "only from 2019-01-01");
        agreement.terminate(LocalDate.of(2020, 12, 31));
        assertConflict(() -> agreement.requireCostsOn(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)), "until 2020-12-31");
    }

    @Test
    void aCostSharingClauseLaterThanTheLegalEffectIsRefused() {
        Agreement agreement = new Agreement("ikz-2019", new AgreementTerms("t", "AsylbLG", "GkG NRW", null, parties(), COST, NOTICE,
                new CostSharingClause(LocalDate.of(2020, 6, 1), null)), null);
        agreement.conclude(CONCLUDED, allDecisions("ikz-2019", CONCLUDED), NAMES, Set.of(), TODAY);

        assertConflict(() -> agreement.enterIntoForce(effect(LocalDate.of(2019, 12, 1)), null, TODAY), "would begin later");
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
        agreement.conclude(CONCLUDED, allDecisions(id, CONCLUDED), NAMES, Set.of(), TODAY);
        return agreement;
    }

    private static Agreement concluded(String id, Agreement predecessor) {
        Agreement agreement = new Agreement(id, terms(predecessor.id()), predecessor);
        agreement.conclude(CONCLUDED, allDecisions(id, CONCLUDED), NAMES, Set.of(), TODAY);
        return agreement;
    }

    private static Agreement inForce(String id, LocalDate from) {
        Agreement agreement = concluded(id);
        agreement.enterIntoForce(effect(from), null, TODAY);
        return agreement;
    }

    private static AgreementTerms terms(String predecessorId) {
        return new AgreementTerms("Öffentlich-rechtliche Vereinbarung", "AsylbLG", "GkG NRW", predecessorId, parties(), COST, NOTICE, null);
    }

    /** Approved and published the day before {@code from}: the agreement takes effect on {@code from}. */
    private static EntryIntoForce effect(LocalDate from) {
        return step(from.minusDays(1), from.minusDays(1), null);
    }

    private static EntryIntoForce step(LocalDate approvedOn, LocalDate publishedOn, LocalDate effectiveFrom) {
        return new EntryIntoForce(new SupervisoryApproval(approvedOn, "Bezirksregierung Arnsberg"),
                new Publication(publishedOn, "Amtsblatt für den Regierungsbezirk Arnsberg"), effectiveFrom);
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
        return new CouncilResolution(agreementId, new Resolution(ags, body, on, ResolutionSubject.AGREEMENT, null, "11/1532", kind,
                outcome, null), TODAY);
    }

    private static CouncilResolution resolution(String agreementId, String ags, Body body, LocalDate on, ResolutionSubject subject,
            String acceding) {
        return new CouncilResolution(agreementId, new Resolution(ags, body, on, subject, acceding, "unbekannt", ResolutionKind.DECISION,
                Outcome.APPROVED, null), TODAY);
    }

    private static CouncilResolution accession(String agreementId, String ags, Body body, LocalDate on, String acceding) {
        return resolution(agreementId, ags, body, on, ResolutionSubject.ACCESSION, acceding);
    }

    private static void assertConflict(ThrowingCallable change, String reason) {
        assertThatThrownBy(change).isInstanceOf(Conflict.class)
                .hasMessageContaining(reason);
    }
}
