package de.kreisunna.ikz.membership.agreement;

import de.kreisunna.ikz.membership.municipality.Municipality;
import de.kreisunna.ikz.membership.resolution.CouncilResolution;
import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A public-law agreement (öffentlich-rechtliche Vereinbarung, GkG NRW) of the cooperation and its lifecycle:
 * DRAFT → CONCLUDED → IN_FORCE → SUPERSEDED (by its successor) or TERMINATED. Its content can be edited only
 * as a draft; its parties are fixed by the conclusion: a town joins only by a successor that names it. Every
 * change raises the revision of its
 * {@link AgreementChanged} event.
 */
@Entity
@Table(name = "agreement")
public class Agreement {

    public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{1,48}[a-z0-9]";
    public static final String ID_RULE = "must be 3-50 lower-case letters, digits or '-', e.g. ikz-asylblg-2021";
    private static final Pattern VALID_ID = Pattern.compile(ID_PATTERN);

    @Id
    String id;

    String title;

    String subject;

    @Column(name = "legal_basis")
    String legalBasis;

    @Enumerated(EnumType.STRING)
    AgreementStatus status;

    @Column(name = "concluded_on")
    LocalDate concludedOn;

    @Column(name = "in_force_from")
    LocalDate inForceFrom;

    /** Last day in force (inclusive) once superseded or terminated. */
    @Column(name = "ended_on")
    LocalDate endedOn;

    @Column(name = "predecessor_id")
    String predecessorId;

    @Column(name = "successor_id")
    String successorId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    List<Party> parties = new ArrayList<>();

    @Embedded
    CostClause costClause;

    @Embedded
    NoticeRule noticeRule;

    @Embedded
    CostSharingClause costSharingFrom;

    @Embedded
    SupervisoryApproval supervisoryApproval;

    @Embedded
    Publication publication;

    long revision;

    /** Optimistic version, shown as the ETag. */
    @Version
    long version;

    protected Agreement() {
    }

    /** A new draft; {@code predecessor} is the agreement named by {@code terms.predecessorId()}, if any. */
    public Agreement(String id, AgreementTerms terms, Agreement predecessor) {
        if (id == null || !VALID_ID.matcher(id).matches()) {
            throw new InvalidInput("id", ID_RULE);
        }
        this.id = id;
        this.status = AgreementStatus.DRAFT;
        apply(terms, predecessor);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public AgreementStatus status() {
        return status;
    }

    public LocalDate concludedOn() {
        return concludedOn;
    }

    public LocalDate inForceFrom() {
        return inForceFrom;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String predecessorId() {
        return predecessorId;
    }

    public String successorId() {
        return successorId;
    }

    public NoticeRule noticeRule() {
        return noticeRule;
    }

    public CostSharingClause costSharingFrom() {
        return costSharingFrom;
    }

    public long revision() {
        return revision;
    }

    public long version() {
        return version;
    }

    public List<Party> parties() {
        return List.copyOf(parties);
    }

    public boolean isParty(String ags) {
        return parties.stream().anyMatch(p -> p.ags().equals(ags));
    }

    /** Replaces the content of a draft; once concluded, the text is fixed (a change is a new agreement). */
    public void revise(AgreementTerms terms, Agreement predecessor) {
        requireStatus(AgreementStatus.DRAFT, "revised");
        apply(terms, predecessor);
        revision++;
    }

    /**
     * Concludes the agreement on {@code on}. Every party's body must have decided in favour by then, on the
     * matching subject: the agreement itself, or, for a successor that lets towns join ({@code joining}, the MEMBER
     * parties that were not MEMBER parties of the predecessor), the accession of every joining town. A
     * recommendation (Kreisausschuss, Bürgermeisterkonferenz), a rejection, a later decision or one on another
     * subject (a termination) does not count. The refusal names each party missing a decision and why.
     */
    public void conclude(LocalDate on, Collection<CouncilResolution> resolutions, Map<String, String> partyNames,
            Set<String> joining, LocalDate today) {
        requireStatus(AgreementStatus.DRAFT, "concluded");
        if (on.isAfter(today)) {
            throw new InvalidInput("concludedOn", "must not be in the future (today is " + today + ")");
        }
        if (count(PartyRole.OPERATOR) != 1 || count(PartyRole.KOPFSTELLE) != 1 || count(PartyRole.MEMBER) < 1) {
            throw new Conflict("agreement " + id + " needs exactly one OPERATOR, one KOPFSTELLE and at least one"
                    + " MEMBER to be concluded");
        }
        List<CouncilResolution> own = resolutions.stream().filter(r -> r.agreementId().equals(id)).toList();
        Map<String, String> missing = new TreeMap<>();
        parties.stream().map(Party::ags).distinct().forEach(ags -> {
            List<CouncilResolution> ofParty = own.stream().filter(r -> r.ags().equals(ags)).toList();
            if (!approves(ofParty, joining, on)) {
                missing.put(ags, whyNot(ofParty, joining, on, partyNames.get(ags)));
            }
        });
        if (!missing.isEmpty()) {
            throw new Conflict("agreement %s cannot be concluded on %s: no approving decision of %s"
                    .formatted(id, on, missing.keySet().stream().map(ags -> ags + " " + partyNames.get(ags))
                            .collect(Collectors.joining(", "))),
                    missing.entrySet().stream().map(e -> new Violation("parties[" + e.getKey() + "]", e.getValue())).toList());
        }
        status = AgreementStatus.CONCLUDED;
        concludedOn = on;
        revision++;
    }

    private static boolean approves(List<CouncilResolution> ofParty, Set<String> joining, LocalDate on) {
        return ofParty.stream().anyMatch(r -> r.approvesAgreementBy(on))
                || !joining.isEmpty() && joining.stream().allMatch(town -> ofParty.stream().anyMatch(r -> r.approvesAccessionBy(town, on)));
    }

    private static String whyNot(List<CouncilResolution> ofParty, Set<String> joining, LocalDate on, String name) {
        String wanted = joining.isEmpty() ? "on the agreement (subject AGREEMENT)"
                : "on the agreement (subject AGREEMENT) or on the accession of each of " + String.join(", ", new TreeSet<>(joining))
                        + " (subject ACCESSION)";
        String has = ofParty.stream().filter(r -> r.approvesBy(on)).map(CouncilResolution::describeSubject).distinct()
                .collect(Collectors.joining(", "));
        String later = ofParty.stream().anyMatch(r -> r.decidedOn().isAfter(on)) ? "; a decision dated after " + on + " does not count" : "";
        return name + " has no approving decision " + wanted + " dated on or before " + on
                + (has.isEmpty() ? "" : "; it approved only " + has) + later;
    }

    /**
     * Records the steps that make a concluded agreement take effect (GkG NRW § 24): the supervisory approval, given
     * on or after the conclusion; the publication, on or after the approval and not in the future; legal effect on
     * the day after the publication or on the later day the agreement names. An agreement never takes effect
     * before its publication: days before that can only share costs, by a {@link CostSharingClause}. A successor
     * supersedes its predecessor, which must be in force: the predecessor's last day is the day before.
     */
    public void enterIntoForce(EntryIntoForce step, Agreement predecessor, LocalDate today) {
        requireStatus(AgreementStatus.CONCLUDED, "put into force");
        SupervisoryApproval approval = step.supervisoryApproval();
        Publication published = step.publication();
        if (approval.approvedOn().isBefore(concludedOn)) {
            throw new Conflict("agreement %s was concluded on %s; the supervisory authority cannot have approved it on %s, before"
                    .formatted(id, concludedOn, approval.approvedOn()));
        }
        if (published.publishedOn().isAfter(today)) {
            throw new InvalidInput("publication.publishedOn", "must not be in the future (today is " + today + ")");
        }
        if (published.publishedOn().isBefore(approval.approvedOn())) {
            throw new Conflict("agreement %s was approved on %s; the authority publishes the agreement with its approval, so not on %s, before"
                    .formatted(id, approval.approvedOn(), published.publishedOn()));
        }
        LocalDate earliest = published.publishedOn().plusDays(1);
        if (step.effectiveFrom() != null && step.effectiveFrom().isBefore(earliest)) {
            throw new Conflict(("agreement %s cannot take effect on %s: it was published on %s, so it takes effect on %s at"
                    + " the earliest (GkG NRW § 24 (4)); sharing costs from an earlier day is a costSharingFrom clause of the agreement")
                    .formatted(id, step.effectiveFrom(), published.publishedOn(), earliest));
        }
        LocalDate from = step.legalEffect();
        if (costSharingFrom != null && costSharingFrom.from().isAfter(from)) {
            throw new Conflict("agreement %s takes effect on %s; its cost-sharing clause from %s would begin later, which adds no day"
                    .formatted(id, from, costSharingFrom.from()));
        }
        if (predecessorId != null) {
            Objects.requireNonNull(predecessor, "the predecessor must be given");
            predecessor.requireInForce("superseded");
            if (!from.isAfter(predecessor.inForceFrom)) {
                throw new Conflict("agreement %s can only supersede %s after %s, the day that one entered into force"
                        .formatted(id, predecessor.id, predecessor.inForceFrom));
            }
            predecessor.status = AgreementStatus.SUPERSEDED;
            predecessor.endedOn = from.minusDays(1);
            predecessor.successorId = id;
            predecessor.revision++;
        }
        supervisoryApproval = approval;
        publication = published;
        status = AgreementStatus.IN_FORCE;
        inForceFrom = from;
        revision++;
    }

    /** The MEMBER parties that were not MEMBER parties of the predecessor: the towns this agreement lets join. */
    public Set<String> joiningMembers(Agreement predecessor) {
        Set<String> members = memberParties();
        if (predecessor != null) {
            members.removeAll(predecessor.memberParties());
        }
        return members;
    }

    /** The AGS of every MEMBER party. */
    public Set<String> memberParties() {
        return parties.stream().filter(p -> p.role() == PartyRole.MEMBER).map(Party::ags).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Withdraws a draft that will not be concluded; it stays on record, and nothing can be done with it any more. */
    public void withdraw() {
        requireStatus(AgreementStatus.DRAFT, "withdrawn");
        status = AgreementStatus.WITHDRAWN;
        revision++;
    }

    /** Ends an agreement in force on {@code lastDay}; its members' periods end with it. */
    public void terminate(LocalDate lastDay) {
        requireInForce("terminated");
        if (lastDay.isBefore(inForceFrom)) {
            throw new Conflict("agreement %s is in force from %s; it cannot end on %s".formatted(id, inForceFrom, lastDay));
        }
        status = AgreementStatus.TERMINATED;
        endedOn = lastDay;
        revision++;
    }

    /** The members a successor takes over must be its MEMBER parties: the refusal names those that are not. */
    public void requireMemberParties(Collection<Municipality> towns) {
        List<String> strangers = towns.stream()
                .filter(t -> !parties.contains(new Party(t.ags(), PartyRole.MEMBER)))
                .map(t -> t.ags() + " " + t.name()).sorted().toList();
        if (!strangers.isEmpty()) {
            throw new Conflict("agreement " + id + " would take over members that are not its MEMBER parties: "
                    + String.join(", ", strangers) + "; add them as parties or end their membership first");
        }
    }

    /**
     * A town becomes a party only by concluding an agreement: a successor (or accession agreement) naming it, concluded
     * by every party after their bodies approved it, takes effect and takes over the members. Adding it to this
     * agreement any other way is refused; the refusal says what is missing. A MEMBER party is already a member
     * from the day the agreement took effect.
     */
    public RuntimeException accessionRefused(String ags, String townName) {
        if (memberParties().contains(ags)) {
            return new Conflict("%s (%s) is a MEMBER party of agreement %s and became a member when it took effect%s; it cannot join again"
                    .formatted(townName, ags, id, inForceFrom == null ? " (it has not yet)" : " on " + inForceFrom));
        }
        return new Conflict(("%s (%s) is no party of agreement %s and cannot be added to it: a town becomes a party only by a new"
                + " agreement. Missing: a draft successor agreement (predecessorId %s) naming %s as MEMBER; an approving decision of"
                + " every party's body on it (subject AGREEMENT, or ACCESSION of %s); its conclusion; the supervisory approval and"
                + " the publication (entry into force), after which it takes over the members of %s").formatted(
                        townName, ags, id, id, ags, ags, id));
    }

    /**
     * Costs of this agreement can be shared on the days from {@code from} to {@code until} only if it was in force on
     * all of them (or a day of its cost-sharing clause): otherwise there is no cost of it to share.
     */
    public void requireCostsOn(LocalDate from, LocalDate until) {
        boolean hasBeenInForce = status == AgreementStatus.IN_FORCE || status == AgreementStatus.SUPERSEDED
                || status == AgreementStatus.TERMINATED;
        LocalDate first = !hasBeenInForce ? null : costSharingFrom != null && costSharingFrom.from().isBefore(inForceFrom)
                ? costSharingFrom.from() : inForceFrom;
        if (first == null || from.isBefore(first) || endedOn != null && until.isAfter(endedOn)) {
            throw new Conflict("agreement %s has costs to share only %s; %s to %s is outside".formatted(id,
                    first == null ? "once it is in force (it is " + status + ")"
                            : "from " + first + (endedOn == null ? "" : " until " + endedOn), from, until));
        }
    }

    /** Members join, give notice and move only under an agreement in force. */
    public void requireInForce(String toBeWhat) {
        requireStatus(AgreementStatus.IN_FORCE, toBeWhat);
    }

    /** A party was renamed: the published parties carry names, so the agreement is republished. */
    public void partyRenamed() {
        revision++;
    }

    public AgreementChanged changed(Map<String, String> partyNames) {
        return new AgreementChanged(id, title, subject, legalBasis, status, concludedOn, inForceFrom, endedOn,
                predecessorId, successorId, revision,
                parties.stream().sorted(Comparator.comparing(Party::role).thenComparing(Party::ags))
                        .map(p -> new AgreementChanged.PartyView(p.ags(), partyNames.get(p.ags()), p.role())).toList(),
                costClause, noticeRule, supervisoryApproval, publication, costSharingFrom);
    }

    private void apply(AgreementTerms terms, Agreement predecessor) {
        if (terms.predecessorId() != null) {
            if (terms.predecessorId().equals(id)) {
                throw new InvalidInput("predecessorId", "an agreement cannot succeed itself");
            }
            Objects.requireNonNull(predecessor, "the predecessor must be given");
            if (predecessor.status != AgreementStatus.CONCLUDED && predecessor.status != AgreementStatus.IN_FORCE) {
                throw new Conflict("agreement %s is %s; only a concluded agreement or one in force can have a successor"
                        .formatted(predecessor.id, predecessor.status));
            }
        }
        if (new HashSet<>(terms.parties()).size() != terms.parties().size()) {
            throw new InvalidInput("parties", "a municipality is listed twice in the same role");
        }
        title = terms.title();
        subject = terms.subject();
        legalBasis = terms.legalBasis();
        predecessorId = terms.predecessorId();
        parties.clear();
        parties.addAll(terms.parties());
        costClause = terms.costClause();
        noticeRule = terms.noticeRule();
        costSharingFrom = terms.costSharingFrom();
    }

    private long count(PartyRole role) {
        return parties.stream().filter(p -> p.role() == role).count();
    }

    private void requireStatus(AgreementStatus required, String toBeWhat) {
        if (status != required) {
            throw new Conflict("agreement %s is %s; only %s can be %s".formatted(id, status, required.described(), toBeWhat));
        }
    }
}
