package de.kreisunna.ikz.membership.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.DomainException;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MunicipalityTest {

    private static final LocalDate JAN_2019 = LocalDate.of(2019, 1, 1);
    private static final LocalDate JAN_2022 = LocalDate.of(2022, 1, 1);
    private static final String OLD = "ikz-2019";
    private static final String NEW = "ikz-2021";
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void aHistoricPeriodWithoutAgreementIsPublishedButSharesNoCosts() {
        var selm = new Municipality("05978032", "Selm");

        MembershipChanged event = selm.recordHistoricPeriod(LocalDate.of(2020, 7, 1), null);

        assertThat(event.revision()).isEqualTo(1);
        assertThat(event.ags()).isEqualTo("05978032");
        assertThat(event.periods()).containsExactly(new MembershipChanged.Period(LocalDate.of(2020, 7, 1), null, null, null, null));
        assertThat(event.costSharing()).isEmpty();
    }

    @Test
    void aPartyPeriodSharesCostsAsPartyAndCarriesTheTownsGoLive() {
        var selm = new Municipality("05978032", "Selm");
        selm.recordGoLive(new GoLive(LocalDate.of(2020, 7, 1), "instance moved in"));

        MembershipChanged event = selm.join(NEW, JAN_2022, null);

        assertThat(event.periods()).containsExactly(new MembershipChanged.Period(JAN_2022, null, NEW, LocalDate.of(2020, 7, 1), null));
        assertThat(event.goLiveOn()).isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(event.costSharing()).containsExactly(
                new MembershipChanged.CostSharing(JAN_2022, null, CostSharingBasis.PARTY, NEW, null, null, null, false));
    }

    @Test
    void aTownUsingTheProcedureBeforeItIsAPartySharesCostsOnlyByARecordedDecisionAndNoDayTwice() {
        var selm = new Municipality("05978032", "Selm");
        CostShare interim = new CostShare(OLD, LocalDate.of(2020, 7, 1), LocalDate.of(2021, 12, 31), LocalDate.of(2020, 7, 1),
                "unbekannt", "assumed", true);
        assertThatThrownBy(() -> selm.shareCosts(CostSharingBasis.INTERIM_DECISION, interim, TODAY))
                .isInstanceOf(Conflict.class).hasMessageContaining("no go-live recorded");
        selm.recordGoLive(new GoLive(LocalDate.of(2020, 7, 1), null));

        selm.shareCosts(CostSharingBasis.INTERIM_DECISION, interim, TODAY);
        MembershipChanged event = selm.join(NEW, JAN_2022, null);

        assertThat(event.periods()).extracting(MembershipChanged.Period::validFrom).containsExactly(JAN_2022);
        assertThat(event.costSharing()).extracting(MembershipChanged.CostSharing::basis)
                .containsExactly(CostSharingBasis.INTERIM_DECISION, CostSharingBasis.PARTY);
        assertThat(event.costSharing().get(0).source()).isEqualTo("assumed");
        assertThat(event.costSharing().get(0).assumption()).isTrue();
        assertThatThrownBy(() -> selm.join(OLD, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("already shares costs from 2020-07-01 until 2021-12-31 (INTERIM_DECISION, agreement ikz-2019)");
        assertThatThrownBy(() -> selm.shareCosts(CostSharingBasis.INTERIM_DECISION, new CostShare(NEW, LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 12, 31), LocalDate.of(2022, 1, 1), "Rat", "x", false), TODAY))
                .isInstanceOf(Conflict.class).hasMessageContaining("is a party");
        assertThatThrownBy(() -> selm.recordGoLive(new GoLive(LocalDate.of(2020, 8, 1), null)))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void aCostSharingDecisionDatedInTheFutureOrEndingBeforeItStartsIsBadInput() {
        var holzwickede = new Municipality("05978016", "Holzwickede");
        holzwickede.recordGoLive(new GoLive(JAN_2019, null));

        assertThatThrownBy(() -> holzwickede.shareCosts(CostSharingBasis.INTERIM_DECISION, new CostShare(OLD, JAN_2019,
                LocalDate.of(2019, 12, 31), TODAY.plusDays(1), "Rat", "x", false), TODAY))
                .isInstanceOfSatisfying(DomainException.class, p -> assertThat(p.violations()).extracting(Violation::field)
                        .containsExactly("decidedOn"));
        assertThatThrownBy(() -> holzwickede.shareCosts(CostSharingBasis.INTERIM_DECISION, new CostShare(OLD, JAN_2019,
                LocalDate.of(2018, 12, 31), JAN_2019, "Rat", "x", false), TODAY))
                .isInstanceOfSatisfying(DomainException.class, p -> assertThat(p.violations()).extracting(Violation::field)
                        .containsExactly("validUntil"));
        assertThat(holzwickede.costSharingDecisions()).isEmpty();
    }

    @Test
    void theTimelineIsOrderedByStartWhateverTheOrderOfEntry() {
        var unna = new Municipality("05978036", "Unna");
        unna.recordHistoricPeriod(JAN_2022, null);

        MembershipChanged event = unna.recordHistoricPeriod(JAN_2019, LocalDate.of(2021, 12, 31));

        assertThat(event.revision()).isEqualTo(2);
        assertThat(event.periods()).extracting(MembershipChanged.Period::validFrom).containsExactly(JAN_2019, JAN_2022);
    }

    @Test
    void aPeriodStartingTheDayAfterAnotherEndsIsNoOverlap() {
        var werne = new Municipality("05978040", "Werne");
        werne.recordHistoricPeriod(JAN_2019, LocalDate.of(2021, 12, 31));

        assertThat(werne.recordHistoricPeriod(JAN_2022, null).periods()).hasSize(2);
    }

    @Test
    void overlappingPeriodsAreRefusedAsConflictAndChangeNothing() {
        var bergkamen = new Municipality("05978004", "Bergkamen");
        bergkamen.recordHistoricPeriod(JAN_2019, LocalDate.of(2021, 12, 31));

        assertThatThrownBy(() -> bergkamen.recordHistoricPeriod(LocalDate.of(2021, 12, 31), null))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("already a member from 2019-01-01 until 2021-12-31");
        assertThat(bergkamen.revision()).isEqualTo(1);
        assertThat(bergkamen.periods()).hasSize(1);
    }

    @Test
    void aTownCannotBeAMemberOfTwoAgreementsOnTheSameDay() {
        var schwerte = new Municipality("05978028", "Schwerte");
        schwerte.join(OLD, JAN_2019, null);

        assertThatThrownBy(() -> schwerte.join(NEW, JAN_2022, null))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("already a member from 2019-01-01 without end (agreement ikz-2019)");
    }

    @Test
    void anOpenEndedPeriodOverlapsEverythingAfterItsStart() {
        var luenen = new Municipality("05978024", "Lünen");
        luenen.recordHistoricPeriod(JAN_2019, null);

        assertThatThrownBy(() -> luenen.recordHistoricPeriod(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedNamingTheField() {
        var boenen = new Municipality("05978008", "Bönen");

        assertThatThrownBy(() -> boenen.recordHistoricPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31)))
                .isInstanceOfSatisfying(DomainException.class, p -> {
                    assertThat(p).isInstanceOf(InvalidInput.class);
                    assertThat(p.violations()).extracting(Violation::field).containsExactly("validUntil");
                });
    }

    @Test
    void anAgsMustHaveEightDigitsForATownOrFiveForTheDistrict() {
        assertThat(Ags.isValid("05978004")).isTrue();
        assertThat(Ags.isValid("05978")).isTrue();
        assertThat(Ags.isValid("0597800")).isFalse();
        assertThat(Ags.isValid("0597800A")).isFalse();
        assertThatThrownBy(() -> new Municipality("123", "Nowhere")).isInstanceOf(DomainException.class);
    }

    @Test
    void theDistrictIsAKreisAndATownCannotBeOne() {
        assertThat(new Municipality("05978", "Kreis Unna").kind()).isEqualTo(MunicipalityKind.KREIS);
        assertThat(new Municipality("05978004", "Bergkamen").kind()).isNull();

        assertThatThrownBy(() -> new Municipality("05978004", data("Bergkamen", MunicipalityKind.KREIS, null)))
                .isInstanceOfSatisfying(DomainException.class, p -> assertThat(p.violations()).extracting(Violation::field)
                        .containsExactly("kind"));
        assertThatThrownBy(() -> new Municipality("05978", data("Kreis Unna", MunicipalityKind.STADT, null)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aLeitwegIdWithWrongCheckDigitsIsRefusedAndAValidOneIsStoredInCapitals() {
        assertThatThrownBy(() -> new Municipality("05978004", data("Bergkamen", MunicipalityKind.STADT, "05978004-0001-48")))
                .isInstanceOfSatisfying(DomainException.class, p -> {
                    assertThat(p).isInstanceOf(InvalidInput.class);
                    assertThat(p.violations()).extracting(Violation::field).containsExactly("leitwegId");
                });

        assertThat(new Municipality("05978004", data("Bergkamen", MunicipalityKind.STADT, "991-33333test-33")).leitwegId())
                .isEqualTo("991-33333TEST-33");
    }

    @Test
    void everyMasterDataChangeIsPublishedWithTheInvoicingDataCostingNeeds() {
        var holzwickede = new Municipality("05978016", "Holzwickede");
        var address = new PostalAddress("Gemeinde Holzwickede, Fachbereich Soziales", "Allee 5", "59439", "Holzwickede");
        var contact = new Contact("Rechnungsstelle", "rechnung@holzwickede.example", null);

        MembershipChanged event = holzwickede.update(new MunicipalityData("Holzwickede", MunicipalityKind.GEMEINDE, "05978016-0001-14",
                address, contact));

        assertThat(event.revision()).isEqualTo(1);
        assertThat(event.leitwegId()).isEqualTo("05978016-0001-14");
        assertThat(event.invoiceAddress().postalCode()).isEqualTo("59439");
        assertThat(event.contact().email()).isEqualTo("rechnung@holzwickede.example");
        assertThat(holzwickede.update(data("Gemeinde Holzwickede", MunicipalityKind.GEMEINDE, null)).name()).isEqualTo("Gemeinde Holzwickede");
        assertThat(holzwickede.isNamed("Gemeinde Holzwickede")).isTrue();
    }

    @Test
    void noticeEndsTheOpenMembershipOnTheGivenLastDayAndRecordsTheNoticeDay() {
        var unna = new Municipality("05978036", "Unna");
        unna.join(NEW, JAN_2022, null);

        MembershipChanged event = unna.giveNotice(NEW, LocalDate.of(2023, 3, 15), LocalDate.of(2024, 12, 31));

        assertThat(event.periods()).containsExactly(
                new MembershipChanged.Period(JAN_2022, LocalDate.of(2024, 12, 31), NEW, null, LocalDate.of(2023, 3, 15)));
    }

    @Test
    void noticeNeedsAnOpenMembershipInThatAgreement() {
        var unna = new Municipality("05978036", "Unna");
        unna.join(NEW, JAN_2022, LocalDate.of(2022, 12, 31));

        assertThatThrownBy(() -> unna.giveNotice(NEW, LocalDate.of(2022, 3, 1), LocalDate.of(2023, 12, 31)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("no open membership in agreement ikz-2021");
        assertThatThrownBy(() -> unna.giveNotice(OLD, LocalDate.of(2022, 3, 1), LocalDate.of(2023, 12, 31)))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void aSuccessorTakesOverTheMembershipWithoutAGapKeepingGoLiveAndNotice() {
        var selm = new Municipality("05978032", "Selm");
        selm.recordGoLive(new GoLive(LocalDate.of(2020, 7, 1), null));
        selm.join(OLD, LocalDate.of(2020, 7, 1), null);
        selm.giveNotice(OLD, LocalDate.of(2021, 6, 1), LocalDate.of(2022, 12, 31));

        MembershipChanged event = selm.moveToSuccessor(OLD, NEW, JAN_2022).orElseThrow();

        assertThat(event.periods()).containsExactly(
                new MembershipChanged.Period(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 12, 31), OLD, LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 1)),
                new MembershipChanged.Period(JAN_2022, LocalDate.of(2022, 12, 31), NEW, LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 1)));
        assertThat(event.revision()).isEqualTo(4);
    }

    @Test
    void aTownLeavingBeforeTheSuccessorBeginsIsNotMoved() {
        var werne = new Municipality("05978040", "Werne");
        werne.join(OLD, JAN_2019, LocalDate.of(2021, 12, 31));
        var boenen = new Municipality("05978008", "Bönen");
        boenen.join(OLD, JAN_2019, LocalDate.of(2020, 12, 31));

        assertThat(werne.continuesAfter(OLD, LocalDate.of(2021, 12, 31))).isFalse();
        assertThat(werne.moveToSuccessor(OLD, NEW, JAN_2022)).isEmpty();
        assertThat(boenen.moveToSuccessor(OLD, NEW, JAN_2022)).isEmpty();
        assertThat(werne.revision()).isEqualTo(1);
    }

    @Test
    void aMembershipStartingAfterThePredecessorsLastDayBlocksTheHandOver() {
        var unna = new Municipality("05978036", "Unna");
        unna.join(OLD, LocalDate.of(2022, 6, 1), null);

        assertThatThrownBy(() -> unna.moveToSuccessor(OLD, NEW, JAN_2022))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("starting on 2022-06-01, after its last day 2021-12-31");
    }

    @Test
    void terminationEndsOnlyTheMembershipsRunningBeyondTheLastDay() {
        var luenen = new Municipality("05978024", "Lünen");
        luenen.join(OLD, JAN_2019, null);

        MembershipChanged event = luenen.endMemberships(OLD, LocalDate.of(2020, 12, 31)).orElseThrow();

        assertThat(event.periods()).extracting(MembershipChanged.Period::validUntil).containsExactly(LocalDate.of(2020, 12, 31));
        assertThat(luenen.endMemberships(OLD, LocalDate.of(2020, 12, 31))).isEmpty();
    }

    private static MunicipalityData data(String name, MunicipalityKind kind, String leitwegId) {
        return new MunicipalityData(name, kind, leitwegId, null, null);
    }
}
