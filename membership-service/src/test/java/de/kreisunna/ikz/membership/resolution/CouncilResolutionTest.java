package de.kreisunna.ikz.membership.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kreisunna.ikz.platform.domain.DomainException;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CouncilResolutionTest {

    private static final LocalDate DAY = LocalDate.of(2021, 11, 9);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void aTownDecidesInItsRatAndTheDistrictInKreistagOrKreisausschuss() {
        assertRefused(on("05978", Body.RAT, DAY, ResolutionKind.DECISION, Outcome.APPROVED), "body");
        assertRefused(on("05978004", Body.KREISTAG, DAY, ResolutionKind.DECISION, Outcome.APPROVED), "body");
        assertRefused(on("05978004", Body.KREISAUSSCHUSS, DAY, ResolutionKind.RECOMMENDATION, Outcome.APPROVED), "body");

        assertThat(recorded(on("05978", Body.KREISTAG, DAY, ResolutionKind.DECISION, Outcome.APPROVED)).approvesAgreementBy(DAY)).isTrue();
    }

    @Test
    void theMayorsConferenceOnlyRecommends() {
        assertRefused(on("05978", Body.BUERGERMEISTERKONFERENZ, DAY, ResolutionKind.DECISION, Outcome.APPROVED), "kind");

        var recommendation = recorded(on("05978", Body.BUERGERMEISTERKONFERENZ, DAY, ResolutionKind.RECOMMENDATION, Outcome.APPROVED));
        assertThat(recommendation.approvesAgreementBy(DAY)).isFalse();
    }

    @Test
    void onlyAnApprovingDecisionTakenByTheDayOfTheStepCounts() {
        var decision = recorded(on("05978004", Body.RAT, DAY, ResolutionKind.DECISION, Outcome.APPROVED));
        var deferred = recorded(on("05978004", Body.RAT, DAY, ResolutionKind.DECISION, Outcome.DEFERRED));

        assertThat(decision.approvesAgreementBy(DAY)).isTrue();
        assertThat(decision.approvesAgreementBy(DAY.minusDays(1))).isFalse();
        assertThat(deferred.approvesAgreementBy(DAY)).isFalse();
    }

    @Test
    void aResolutionCannotBeDatedAfterToday() {
        assertThatThrownBy(() -> new CouncilResolution("a", on("05978004", Body.RAT, TODAY.plusDays(1), ResolutionKind.DECISION,
                Outcome.APPROVED), TODAY)).isInstanceOfSatisfying(DomainException.class, p -> {
                    assertThat(p.violations()).extracting(Violation::field).containsExactly("decidedOn");
                    assertThat(p.violations().get(0).reason()).contains("today is 2026-06-01");
                });
        assertThat(new CouncilResolution("a", on("05978004", Body.RAT, TODAY, ResolutionKind.DECISION, Outcome.APPROVED), TODAY)
                .approvesAgreementBy(TODAY)).isTrue();
    }

    @Test
    void theSubjectDecidesWhatTheResolutionApproves() {
        var accession = recorded(new Resolution("05978004", Body.RAT, DAY, ResolutionSubject.ACCESSION, "05978032", "unbekannt",
                ResolutionKind.DECISION, Outcome.APPROVED, null));
        var termination = recorded(new Resolution("05978004", Body.RAT, DAY, ResolutionSubject.TERMINATION, null, "unbekannt",
                ResolutionKind.DECISION, Outcome.APPROVED, null));

        assertThat(accession.approvesAccessionBy("05978032", DAY)).isTrue();
        assertThat(accession.approvesAccessionBy("05978016", DAY)).isFalse();
        assertThat(accession.approvesAgreementBy(DAY)).isFalse();
        assertThat(termination.approvesAgreementBy(DAY)).isFalse();
        assertThat(termination.describeSubject()).isEqualTo("the termination");
        assertRefused(new Resolution("05978004", Body.RAT, DAY, ResolutionSubject.ACCESSION, null, null, ResolutionKind.DECISION,
                Outcome.APPROVED, null), "accedingAgs");
        assertRefused(new Resolution("05978004", Body.RAT, DAY, ResolutionSubject.AGREEMENT, "05978032", null, ResolutionKind.DECISION,
                Outcome.APPROVED, null), "accedingAgs");
    }

    private static Resolution on(String ags, Body body, LocalDate day, ResolutionKind kind, Outcome outcome) {
        return new Resolution(ags, body, day, ResolutionSubject.AGREEMENT, null, "unbekannt", kind, outcome, null);
    }

    private static CouncilResolution recorded(Resolution resolution) {
        return new CouncilResolution("a", resolution, TODAY);
    }

    private static void assertRefused(Resolution resolution, String field) {
        assertThatThrownBy(() -> new CouncilResolution("a", resolution, TODAY))
                .isInstanceOfSatisfying(DomainException.class, p -> {
                    assertThat(p).isInstanceOf(InvalidInput.class);
                    assertThat(p.violations()).extracting(Violation::field).containsExactly(field);
                });
    }
}
