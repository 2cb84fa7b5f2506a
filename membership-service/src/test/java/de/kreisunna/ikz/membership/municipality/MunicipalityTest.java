package de.kreisunna.ikz.membership.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kreisunna.ikz.platform.problem.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MunicipalityTest {

    private static final LocalDate JAN_2019 = LocalDate.of(2019, 1, 1);
    private static final LocalDate JAN_2022 = LocalDate.of(2022, 1, 1);
    private static final String OLD = "ikz-2019";
    private static final String NEW = "ikz-2021";

    @Test
    void joiningAddsThePeriodAndRaisesTheRevision() {
        var selm = new Municipality("05978032", "Selm");

        MembershipChanged event = selm.join(LocalDate.of(2020, 7, 1), null);

        assertThat(event.revision()).isEqualTo(1);
        assertThat(event.ags()).isEqualTo("05978032");
        assertThat(event.periods()).containsExactly(new MembershipChanged.Period(LocalDate.of(2020, 7, 1), null, null, null, null));
    }

    @Test
    void joiningAnAgreementRecordsTheAgreementAndTheGoLive() {
        var selm = new Municipality("05978032", "Selm");

        MembershipChanged event = selm.join(OLD, LocalDate.of(2020, 7, 1), null, LocalDate.of(2020, 7, 1));

        assertThat(event.periods()).containsExactly(
                new MembershipChanged.Period(LocalDate.of(2020, 7, 1), null, OLD, LocalDate.of(2020, 7, 1), null));
    }

    @Test
    void theTimelineIsOrderedByStartWhateverTheOrderOfEntry() {
        var unna = new Municipality("05978036", "Unna");
        unna.join(JAN_2022, null);

        MembershipChanged event = unna.join(JAN_2019, LocalDate.of(2021, 12, 31));

        assertThat(event.revision()).isEqualTo(2);
        assertThat(event.periods()).extracting(MembershipChanged.Period::validFrom).containsExactly(JAN_2019, JAN_2022);
    }

    @Test
    void aPeriodStartingTheDayAfterAnotherEndsIsNoOverlap() {
        var werne = new Municipality("05978040", "Werne");
        werne.join(JAN_2019, LocalDate.of(2021, 12, 31));

        assertThat(werne.join(JAN_2022, null).periods()).hasSize(2);
    }

    @Test
    void overlappingPeriodsAreRefusedAsConflictAndChangeNothing() {
        var bergkamen = new Municipality("05978004", "Bergkamen");
        bergkamen.join(JAN_2019, LocalDate.of(2021, 12, 31));

        assertThatThrownBy(() -> bergkamen.join(LocalDate.of(2021, 12, 31), null))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(409))
                .hasMessageContaining("already a member from 2019-01-01 until 2021-12-31");
        assertThat(bergkamen.revision()).isEqualTo(1);
        assertThat(bergkamen.periods()).hasSize(1);
    }

    @Test
    void aTownCannotBeAMemberOfTwoAgreementsOnTheSameDay() {
        var schwerte = new Municipality("05978028", "Schwerte");
        schwerte.join(OLD, JAN_2019, null, null);

        assertThatThrownBy(() -> schwerte.join(NEW, JAN_2022, null, null))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(409))
                .hasMessageContaining("already a member from 2019-01-01 without end (agreement ikz-2019)");
    }

    @Test
    void anOpenEndedPeriodOverlapsEverythingAfterItsStart() {
        var luenen = new Municipality("05978024", "Lünen");
        luenen.join(JAN_2019, null);

        assertThatThrownBy(() -> luenen.join(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(409));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedNamingTheField() {
        var boenen = new Municipality("05978008", "Bönen");

        assertThatThrownBy(() -> boenen.join(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31)))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.violations()).extracting(Problem.Violation::field).containsExactly("validUntil");
                });
    }

    @Test
    void anAgsMustHaveEightDigitsForATownOrFiveForTheDistrict() {
        assertThat(Ags.isValid("05978004")).isTrue();
        assertThat(Ags.isValid("05978")).isTrue();
        assertThat(Ags.isValid("0597800")).isFalse();
        assertThat(Ags.isValid("0597800A")).isFalse();
        assertThatThrownBy(() -> new Municipality("123", "Nowhere")).isInstanceOf(Problem.class);
    }

    @Test
    void theDistrictIsAKreisAndATownCannotBeOne() {
        assertThat(new Municipality("05978", "Kreis Unna").kind()).isEqualTo(MunicipalityKind.KREIS);
        assertThat(new Municipality("05978004", "Bergkamen").kind()).isNull();

        assertThatThrownBy(() -> new Municipality("05978004", data("Bergkamen", MunicipalityKind.KREIS, null)))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.violations()).extracting(Problem.Violation::field)
                        .containsExactly("kind"));
        assertThatThrownBy(() -> new Municipality("05978", data("Kreis Unna", MunicipalityKind.STADT, null)))
                .isInstanceOf(Problem.class);
    }

    @Test
    void aLeitwegIdWithWrongCheckDigitsIsRefusedAndAValidOneIsStoredInCapitals() {
        assertThatThrownBy(() -> new Municipality("05978004", data("Bergkamen", MunicipalityKind.STADT, "05978004-0001-48")))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.violations()).extracting(Problem.Violation::field).containsExactly("leitwegId");
                });

        assertThat(new Municipality("05978004", data("Bergkamen", MunicipalityKind.STADT, "991-33333test-33")).leitwegId())
                .isEqualTo("991-33333TEST-33");
    }

    @Test
    void renamingATownPublishesItsTimelineAgainWhileOtherMasterDataDoesNot() {
        var holzwickede = new Municipality("05978016", "Holzwickede");

        assertThat(holzwickede.update(data("Holzwickede", MunicipalityKind.GEMEINDE, "05978016-0001-14"))).isEmpty();
        assertThat(holzwickede.update(data("Gemeinde Holzwickede", MunicipalityKind.GEMEINDE, null)))
                .hasValueSatisfying(e -> {
                    assertThat(e.name()).isEqualTo("Gemeinde Holzwickede");
                    assertThat(e.revision()).isEqualTo(1);
                });
    }

    @Test
    void noticeEndsTheOpenMembershipOnTheGivenLastDayAndRecordsTheNoticeDay() {
        var unna = new Municipality("05978036", "Unna");
        unna.join(NEW, JAN_2022, null, null);

        MembershipChanged event = unna.giveNotice(NEW, LocalDate.of(2023, 3, 15), LocalDate.of(2024, 12, 31));

        assertThat(event.periods()).containsExactly(
                new MembershipChanged.Period(JAN_2022, LocalDate.of(2024, 12, 31), NEW, null, LocalDate.of(2023, 3, 15)));
    }

    @Test
    void noticeNeedsAnOpenMembershipInThatAgreement() {
        var unna = new Municipality("05978036", "Unna");
        unna.join(NEW, JAN_2022, LocalDate.of(2022, 12, 31), null);

        assertThatThrownBy(() -> unna.giveNotice(NEW, LocalDate.of(2022, 3, 1), LocalDate.of(2023, 12, 31)))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(409))
                .hasMessageContaining("no open membership in agreement ikz-2021");
        assertThatThrownBy(() -> unna.giveNotice(OLD, LocalDate.of(2022, 3, 1), LocalDate.of(2023, 12, 31)))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(409));
    }

    @Test
    void aSuccessorTakesOverTheMembershipWithoutAGapKeepingGoLiveAndNotice() {
        var selm = new Municipality("05978032", "Selm");
        selm.join(OLD, LocalDate.of(2020, 7, 1), null, LocalDate.of(2020, 7, 1));
        selm.giveNotice(OLD, LocalDate.of(2021, 6, 1), LocalDate.of(2022, 12, 31));

        MembershipChanged event = selm.moveToSuccessor(OLD, NEW, JAN_2022).orElseThrow();

        assertThat(event.periods()).containsExactly(
                new MembershipChanged.Period(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 12, 31), OLD, LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 1)),
                new MembershipChanged.Period(JAN_2022, LocalDate.of(2022, 12, 31), NEW, LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 1)));
        assertThat(event.revision()).isEqualTo(3);
    }

    @Test
    void aTownLeavingBeforeTheSuccessorBeginsIsNotMoved() {
        var werne = new Municipality("05978040", "Werne");
        werne.join(OLD, JAN_2019, LocalDate.of(2021, 12, 31), null);
        var boenen = new Municipality("05978008", "Bönen");
        boenen.join(OLD, JAN_2019, LocalDate.of(2020, 12, 31), null);

        assertThat(werne.continuesAfter(OLD, LocalDate.of(2021, 12, 31))).isFalse();
        assertThat(werne.moveToSuccessor(OLD, NEW, JAN_2022)).isEmpty();
        assertThat(boenen.moveToSuccessor(OLD, NEW, JAN_2022)).isEmpty();
        assertThat(werne.revision()).isEqualTo(1);
    }

    @Test
    void aMembershipStartingAfterThePredecessorsLastDayBlocksTheHandOver() {
        var unna = new Municipality("05978036", "Unna");
        unna.join(OLD, LocalDate.of(2022, 6, 1), null, null);

        assertThatThrownBy(() -> unna.moveToSuccessor(OLD, NEW, JAN_2022))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(409))
                .hasMessageContaining("starting on 2022-06-01, after its last day 2021-12-31");
    }

    @Test
    void terminationEndsOnlyTheMembershipsRunningBeyondTheLastDay() {
        var luenen = new Municipality("05978024", "Lünen");
        luenen.join(OLD, JAN_2019, null, null);

        MembershipChanged event = luenen.endMemberships(OLD, LocalDate.of(2020, 12, 31)).orElseThrow();

        assertThat(event.periods()).extracting(MembershipChanged.Period::validUntil).containsExactly(LocalDate.of(2020, 12, 31));
        assertThat(luenen.endMemberships(OLD, LocalDate.of(2020, 12, 31))).isEmpty();
    }

    @Test
    void goLiveIsRecordedOnTheLatestPeriodOfTheAgreement() {
        var holzwickede = new Municipality("05978016", "Holzwickede");
        holzwickede.join(NEW, JAN_2022, null, null);

        MembershipChanged event = holzwickede.recordGoLive(NEW, LocalDate.of(2022, 2, 1));

        assertThat(event.periods()).extracting(MembershipChanged.Period::goLiveOn).containsExactly(LocalDate.of(2022, 2, 1));
        assertThatThrownBy(() -> holzwickede.recordGoLive(OLD, JAN_2022))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(404));
    }

    private static MunicipalityData data(String name, MunicipalityKind kind, String leitwegId) {
        return new MunicipalityData(name, kind, leitwegId, null, null);
    }
}
