package de.kreisunna.ikz.membership.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kreisunna.ikz.platform.problem.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CouncilResolutionTest {

    private static final LocalDate DAY = LocalDate.of(2021, 11, 9);

    @Test
    void aTownDecidesInItsRatAndTheDistrictInKreistagOrKreisausschuss() {
        assertRefused(new Resolution("05978", Body.RAT, DAY, "215/21", ResolutionKind.DECISION, Outcome.APPROVED, null), "body");
        assertRefused(new Resolution("05978004", Body.KREISTAG, DAY, "11/1532", ResolutionKind.DECISION, Outcome.APPROVED, null), "body");
        assertRefused(new Resolution("05978004", Body.KREISAUSSCHUSS, DAY, null, ResolutionKind.RECOMMENDATION, Outcome.APPROVED, null), "body");

        assertThat(new CouncilResolution("a", new Resolution("05978", Body.KREISTAG, DAY, "215/21", ResolutionKind.DECISION,
                Outcome.APPROVED, null)).approvesConclusionOn(DAY)).isTrue();
    }

    @Test
    void theMayorsConferenceOnlyRecommends() {
        assertRefused(new Resolution("05978", Body.BUERGERMEISTERKONFERENZ, DAY, null, ResolutionKind.DECISION, Outcome.APPROVED, null), "kind");

        var recommendation = new CouncilResolution("a", new Resolution("05978", Body.BUERGERMEISTERKONFERENZ, DAY, null,
                ResolutionKind.RECOMMENDATION, Outcome.APPROVED, null));
        assertThat(recommendation.approvesConclusionOn(DAY)).isFalse();
    }

    @Test
    void onlyAnApprovingDecisionTakenByTheDayOfConclusionCounts() {
        var decision = new CouncilResolution("a", new Resolution("05978004", Body.RAT, DAY, "unbekannt", ResolutionKind.DECISION,
                Outcome.APPROVED, null));
        var deferred = new CouncilResolution("a", new Resolution("05978004", Body.RAT, DAY, "unbekannt", ResolutionKind.DECISION,
                Outcome.DEFERRED, null));

        assertThat(decision.approvesConclusionOn(DAY)).isTrue();
        assertThat(decision.approvesConclusionOn(DAY.minusDays(1))).isFalse();
        assertThat(deferred.approvesConclusionOn(DAY)).isFalse();
    }

    private static void assertRefused(Resolution resolution, String field) {
        assertThatThrownBy(() -> new CouncilResolution("a", resolution))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.violations()).extracting(Problem.Violation::field).containsExactly(field);
                });
    }
}
