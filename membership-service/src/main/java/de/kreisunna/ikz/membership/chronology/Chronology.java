package de.kreisunna.ikz.membership.chronology;

import de.kreisunna.ikz.membership.agreement.AgreementChanged;
import de.kreisunna.ikz.membership.agreement.AgreementStatus;
import de.kreisunna.ikz.membership.chronology.ChronologyEntry.Kind;
import de.kreisunna.ikz.membership.membership.MembershipService.Member;
import de.kreisunna.ikz.membership.municipality.CostSharingBasis;
import de.kreisunna.ikz.membership.municipality.CostSharingDecision;
import de.kreisunna.ikz.membership.municipality.Municipality;
import de.kreisunna.ikz.membership.resolution.CouncilResolution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The story of the cooperation, derived from what is stored: resolutions (with their subject), conclusions,
 * supervisory approvals, publications, entries into force, supersessions and terminations, accessions, moves to a
 * successor, go-lives (use of the procedure), cost sharing by clause or interim decision, notices and leavings, by date.
 * A period that begins the day after the town's period in the superseded predecessor ended is a move, not an
 * accession, and that end is not a leaving.
 */
public final class Chronology {

    private static final Comparator<ChronologyEntry> ORDER = Comparator.comparing(ChronologyEntry::date)
            .thenComparing(ChronologyEntry::kind)
            .thenComparing(ChronologyEntry::agreementId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ChronologyEntry::ags, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Map<String, AgreementChanged> agreements;
    private final Map<String, String> names;

    private Chronology(Collection<AgreementChanged> agreements, Map<String, String> names) {
        this.agreements = agreements.stream().collect(Collectors.toMap(AgreementChanged::agreementId, Function.identity()));
        this.names = names;
    }

    /** All entries, by date; {@code names} maps AGS to name for the resolutions. */
    public static List<ChronologyEntry> of(Collection<AgreementChanged> agreements, Collection<CouncilResolution> resolutions,
            Collection<Member> memberships, Collection<Municipality> towns, Map<String, String> names) {
        Chronology chronology = new Chronology(agreements, names);
        List<ChronologyEntry> entries = new ArrayList<>();
        resolutions.forEach(r -> entries.add(chronology.resolution(r)));
        agreements.forEach(a -> chronology.lifecycle(a, entries));
        chronology.memberships(memberships, entries);
        towns.forEach(t -> chronology.useAndCostSharing(t, entries));
        entries.sort(ORDER);
        return entries;
    }

    private ChronologyEntry resolution(CouncilResolution r) {
        String name = names.get(r.ags());
        String paper = r.paperNumber() == null ? "" : ", paper " + r.paperNumber();
        return new ChronologyEntry(r.decidedOn(), Kind.RESOLUTION, r.agreementId(), r.ags(), name,
                "%s of %s: %s %s on %s of '%s'%s".formatted(r.body().label(), name, lower(r.kind()), lower(r.outcome()),
                        subject(r), title(r.agreementId()), paper));
    }

    private void lifecycle(AgreementChanged a, List<ChronologyEntry> entries) {
        if (a.concludedOn() != null) {
            entries.add(step(a.concludedOn(), Kind.CONCLUSION, a, "'%s' concluded".formatted(a.title())));
        }
        if (a.supervisoryApproval() != null) {
            entries.add(step(a.supervisoryApproval().approvedOn(), Kind.APPROVAL, a,
                    "'%s' approved by %s".formatted(a.title(), a.supervisoryApproval().authority())));
        }
        if (a.publication() != null) {
            entries.add(step(a.publication().publishedOn(), Kind.PUBLICATION, a,
                    "'%s' and its approval published in %s".formatted(a.title(), a.publication().publishedIn())));
        }
        if (a.inForceFrom() != null) {
            String superseding = a.predecessorId() == null ? "" : ", superseding '" + title(a.predecessorId()) + "'";
            entries.add(step(a.inForceFrom(), Kind.ENTRY_INTO_FORCE, a, "'%s' enters into force%s".formatted(a.title(), superseding)));
        }
        if (a.status() == AgreementStatus.SUPERSEDED) {
            entries.add(step(a.endedOn(), Kind.SUPERSESSION, a,
                    "last day of '%s', superseded by '%s'".formatted(a.title(), title(a.successorId()))));
        }
        if (a.status() == AgreementStatus.TERMINATED) {
            entries.add(step(a.endedOn(), Kind.TERMINATION, a, "'%s' terminated; last day in force".formatted(a.title())));
        }
    }

    private void memberships(Collection<Member> memberships, List<ChronologyEntry> entries) {
        Set<String> ends = memberships.stream().filter(m -> m.validUntil() != null)
                .map(m -> key(m.ags(), m.agreementId(), m.validUntil())).collect(Collectors.toSet());
        Set<String> movedIn = new HashSet<>();
        Set<String> movedOut = new HashSet<>();
        for (Member m : memberships) {
            handedOverFrom(m).map(p -> key(m.ags(), p.agreementId(), m.validFrom().minusDays(1))).filter(ends::contains)
                    .ifPresent(endBefore -> {
                        movedIn.add(key(m.ags(), m.agreementId(), m.validFrom()));
                        movedOut.add(endBefore);
                    });
        }
        Set<String> notices = new HashSet<>();
        for (Member m : memberships) {
            String title = m.agreementId() == null ? "the cooperation (no agreement recorded)" : "'" + title(m.agreementId()) + "'";
            if (movedIn.contains(key(m.ags(), m.agreementId(), m.validFrom()))) {
                entries.add(town(m.validFrom(), Kind.MOVE, m, "%s continues under %s without a gap".formatted(m.name(), title)));
            } else {
                entries.add(town(m.validFrom(), Kind.ACCESSION, m, "%s joins %s".formatted(m.name(), title)));
            }
            if (m.noticeGivenOn() != null && notices.add(m.ags() + m.noticeGivenOn())) {
                entries.add(town(m.noticeGivenOn(), Kind.NOTICE, m,
                        "%s gives notice to leave %s".formatted(m.name(), title)));
            }
            if (m.validUntil() != null && !movedOut.contains(key(m.ags(), m.agreementId(), m.validUntil()))) {
                entries.add(town(m.validUntil(), Kind.LEAVING, m, "%s: last day of membership in %s".formatted(m.name(), title)));
            }
        }
    }

    /** The town's go-live (use of the procedure) and the days it shares costs by a decision rather than as a party. */
    private void useAndCostSharing(Municipality t, List<ChronologyEntry> entries) {
        if (t.goLiveOn() != null) {
            entries.add(new ChronologyEntry(t.goLiveOn(), Kind.GO_LIVE, null, t.ags(), t.name(),
                    "%s goes live on the shared installation and uses the procedure".formatted(t.name())));
        }
        for (CostSharingDecision d : t.costSharingDecisions()) {
            String basis = d.basis() == CostSharingBasis.AGREEMENT_CLAUSE ? "by the agreement's cost-sharing clause"
                    : "by an interim decision of %s on %s".formatted(d.decidedBy(), d.decidedOn());
            entries.add(new ChronologyEntry(d.validFrom(), Kind.COST_SHARING, d.agreementId(), t.ags(), t.name(),
                    "%s shares the costs of '%s' from %s until %s %s (source: %s%s)".formatted(t.name(), title(d.agreementId()),
                            d.validFrom(), d.validUntil(), basis, d.source(), d.assumption() ? "; ASSUMPTION, not in the papers" : "")));
        }
    }

    private String subject(CouncilResolution r) {
        return r.accedingAgs() == null ? r.describeSubject()
                : "the accession of " + names.getOrDefault(r.accedingAgs(), r.accedingAgs());
    }

    /** The superseded predecessor of the period's agreement, if it ended the day before the period begins. */
    private Optional<AgreementChanged> handedOverFrom(Member m) {
        return Optional.ofNullable(m.agreementId()).map(agreements::get).map(AgreementChanged::predecessorId)
                .map(agreements::get)
                .filter(p -> p.status() == AgreementStatus.SUPERSEDED && m.validFrom().minusDays(1).equals(p.endedOn()));
    }

    private String title(String agreementId) {
        AgreementChanged agreement = agreements.get(agreementId);
        return agreement == null ? agreementId : agreement.title();
    }

    private static ChronologyEntry step(LocalDate date, Kind kind, AgreementChanged a, String description) {
        return new ChronologyEntry(date, kind, a.agreementId(), null, null, description);
    }

    private static ChronologyEntry town(LocalDate date, Kind kind, Member m, String description) {
        return new ChronologyEntry(date, kind, m.agreementId(), m.ags(), m.name(), description);
    }

    private static String key(String ags, String agreementId, LocalDate day) {
        return ags + "|" + agreementId + "|" + day;
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
