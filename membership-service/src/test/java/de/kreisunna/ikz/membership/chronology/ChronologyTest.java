package de.kreisunna.ikz.membership.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.kreisunna.ikz.membership.agreement.AgreementChanged;
import de.kreisunna.ikz.membership.agreement.AgreementStatus;
import de.kreisunna.ikz.membership.chronology.ChronologyEntry.Kind;
import de.kreisunna.ikz.membership.membership.MembershipService.Member;
import de.kreisunna.ikz.membership.resolution.Body;
import de.kreisunna.ikz.membership.resolution.CouncilResolution;
import de.kreisunna.ikz.membership.resolution.Outcome;
import de.kreisunna.ikz.membership.resolution.Resolution;
import de.kreisunna.ikz.membership.resolution.ResolutionKind;
import de.kreisunna.ikz.membership.resolution.ResolutionSubject;
import de.kreisunna.ikz.membership.municipality.CostShare;
import de.kreisunna.ikz.membership.municipality.CostSharingBasis;
import de.kreisunna.ikz.membership.municipality.GoLive;
import de.kreisunna.ikz.membership.municipality.Municipality;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChronologyTest {

    private static final LocalDate D2019 = LocalDate.of(2019, 1, 1);
    private static final LocalDate D2022 = LocalDate.of(2022, 1, 1);
    private static final AgreementChanged OLD = agreement("ikz-2019", "Vereinbarung 2019", AgreementStatus.SUPERSEDED,
            LocalDate.of(2019, 10, 30), D2019, LocalDate.of(2021, 12, 31), null, "ikz-2021");
    private static final AgreementChanged NEW = agreement("ikz-2021", "Vereinbarung 2021", AgreementStatus.IN_FORCE,
            LocalDate.of(2021, 12, 31), D2022, null, "ikz-2019", null);

    @Test
    void aMoveToTheSuccessorIsNeitherALeavingNorAnAccession() {
        List<Member> memberships = List.of(
                member("05978004", "Bergkamen", "ikz-2019", D2019, LocalDate.of(2021, 12, 31), D2019, null),
                member("05978004", "Bergkamen", "ikz-2021", D2022, null, D2019, null),
                member("05978016", "Holzwickede", "ikz-2021", D2022, null, D2022, null));

        List<ChronologyEntry> entries = Chronology.of(List.of(OLD, NEW), List.of(), memberships,
                List.of(town("05978004", "Bergkamen", D2019), town("05978016", "Holzwickede", D2022)), Map.of());

        assertThat(entries).filteredOn(e -> e.ags() != null).extracting(ChronologyEntry::date, ChronologyEntry::kind, ChronologyEntry::ags)
                .containsExactly(
                        tuple(D2019, Kind.ACCESSION, "05978004"),
                        tuple(D2019, Kind.GO_LIVE, "05978004"),
                        tuple(D2022, Kind.ACCESSION, "05978016"),
                        tuple(D2022, Kind.MOVE, "05978004"),
                        tuple(D2022, Kind.GO_LIVE, "05978016"));
    }

    @Test
    void stepsAreOrderedByDateThenByTheirNaturalSequence() {
        var decision = new CouncilResolution("ikz-2021", new Resolution("05978", Body.KREISTAG, LocalDate.of(2021, 11, 9),
                ResolutionSubject.AGREEMENT, null, "215/21", ResolutionKind.DECISION, Outcome.APPROVED, null), LocalDate.of(2026, 1, 1));

        List<ChronologyEntry> entries = Chronology.of(List.of(OLD, NEW), List.of(decision), List.of(), List.of(),
                Map.of("05978", "Kreis Unna"));

        assertThat(entries).extracting(ChronologyEntry::date, ChronologyEntry::kind).containsExactly(
                tuple(D2019, Kind.ENTRY_INTO_FORCE),
                tuple(LocalDate.of(2019, 10, 30), Kind.CONCLUSION),
                tuple(LocalDate.of(2021, 11, 9), Kind.RESOLUTION),
                tuple(LocalDate.of(2021, 12, 31), Kind.CONCLUSION),
                tuple(LocalDate.of(2021, 12, 31), Kind.SUPERSESSION),
                tuple(D2022, Kind.ENTRY_INTO_FORCE));
        assertThat(entries.get(2).description())
                .isEqualTo("Kreistag of Kreis Unna: decision approved on the agreement of 'Vereinbarung 2021', paper 215/21");
        assertThat(entries.get(5).description()).contains("superseding 'Vereinbarung 2019'");
    }

    @Test
    void aNoticeAndTheLeavingItCausesAreBothShownOnceEvenAfterAMove() {
        List<Member> memberships = List.of(
                member("05978032", "Selm", "ikz-2019", D2019, LocalDate.of(2021, 12, 31), null, LocalDate.of(2021, 6, 1)),
                member("05978032", "Selm", "ikz-2021", D2022, LocalDate.of(2022, 12, 31), null, LocalDate.of(2021, 6, 1)));

        List<ChronologyEntry> entries = Chronology.of(List.of(OLD, NEW), List.of(), memberships, List.of(), Map.of());

        assertThat(entries).filteredOn(e -> e.ags() != null).extracting(ChronologyEntry::date, ChronologyEntry::kind).containsExactly(
                tuple(D2019, Kind.ACCESSION),
                tuple(LocalDate.of(2021, 6, 1), Kind.NOTICE),
                tuple(D2022, Kind.MOVE),
                tuple(LocalDate.of(2022, 12, 31), Kind.LEAVING));
    }

    @Test
    void aTownUsingTheProcedureBeforeItIsAPartyShowsItsGoLiveAndItsInterimCostSharingWithTheSource() {
        var selm = town("05978032", "Selm", LocalDate.of(2020, 7, 1));
        selm.shareCosts(CostSharingBasis.INTERIM_DECISION, new CostShare("ikz-2019", LocalDate.of(2020, 7, 1), LocalDate.of(2021, 12, 31),
                LocalDate.of(2020, 7, 1), "unbekannt", "not in the papers", true), LocalDate.of(2026, 1, 1));
        List<Member> memberships = List.of(member("05978032", "Selm", "ikz-2021", D2022, null, LocalDate.of(2020, 7, 1), null));

        List<ChronologyEntry> entries = Chronology.of(List.of(OLD, NEW), List.of(), memberships, List.of(selm), Map.of());

        assertThat(entries).filteredOn(e -> e.ags() != null).extracting(ChronologyEntry::date, ChronologyEntry::kind).containsExactly(
                tuple(LocalDate.of(2020, 7, 1), Kind.GO_LIVE),
                tuple(LocalDate.of(2020, 7, 1), Kind.COST_SHARING),
                tuple(D2022, Kind.ACCESSION));
        assertThat(entries).filteredOn(e -> e.kind() == Kind.COST_SHARING).singleElement().satisfies(e -> assertThat(e.description())
                .contains("Selm shares the costs of 'Vereinbarung 2019' from 2020-07-01 until 2021-12-31 by an interim decision of unbekannt",
                        "not in the papers", "ASSUMPTION"));
    }

    private static Municipality town(String ags, String name, LocalDate goLive) {
        var town = new Municipality(ags, name);
        town.recordGoLive(new GoLive(goLive, null));
        return town;
    }

    private static AgreementChanged agreement(String id, String title, AgreementStatus status, LocalDate concludedOn,
            LocalDate inForceFrom, LocalDate endedOn, String predecessorId, String successorId) {
        return new AgreementChanged(id, title, "AsylbLG", "GkG NRW", status, concludedOn, inForceFrom, endedOn, predecessorId,
                successorId, 1, List.of(), null, null, null, null, null);
    }

    private static Member member(String ags, String name, String agreementId, LocalDate from, LocalDate until, LocalDate goLive,
            LocalDate notice) {
        return new Member(ags, name, agreementId, from, until, goLive, notice);
    }
}
