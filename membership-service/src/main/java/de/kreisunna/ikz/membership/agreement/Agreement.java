package de.kreisunna.ikz.membership.agreement;

import de.kreisunna.ikz.membership.municipality.Municipality;
import de.kreisunna.ikz.membership.resolution.CouncilResolution;
import de.kreisunna.ikz.platform.problem.Problem;
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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A public-law agreement (öffentlich-rechtliche Vereinbarung, GkG NRW) of the cooperation and its lifecycle:
 * DRAFT → CONCLUDED → IN_FORCE → SUPERSEDED (by its successor) or TERMINATED. Its content can be edited only
 * as a draft; afterwards members only join (accession). Every change raises the revision of its
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

    long revision;

    /** Optimistic version, shown as the ETag. */
    @Version
    long version;

    protected Agreement() {
    }

    /** A new draft; {@code predecessor} is the agreement named by {@code terms.predecessorId()}, if any. */
    public Agreement(String id, AgreementTerms terms, Agreement predecessor) {
        if (id == null || !VALID_ID.matcher(id).matches()) {
            throw Problem.badRequest("id", ID_RULE);
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
     * Concludes the agreement on {@code on}. Every party's council must have decided in favour by then:
     * a recommendation (Kreisausschuss, Bürgermeisterkonferenz) does not count. The refusal names the
     * parties still missing a decision.
     */
    public void conclude(LocalDate on, Collection<CouncilResolution> resolutions, Map<String, String> partyNames, LocalDate today) {
        requireStatus(AgreementStatus.DRAFT, "concluded");
        if (on.isAfter(today)) {
            throw Problem.badRequest("concludedOn", "must not be in the future (today is " + today + ")");
        }
        if (count(PartyRole.OPERATOR) != 1 || count(PartyRole.KOPFSTELLE) != 1 || count(PartyRole.MEMBER) < 1) {
            throw Problem.conflict("agreement " + id + " needs exactly one OPERATOR, one KOPFSTELLE and at least one"
                    + " MEMBER to be concluded");
        }
        Set<String> decided = resolutions.stream().filter(r -> r.agreementId().equals(id) && r.approvesConclusionOn(on))
                .map(CouncilResolution::ags).collect(Collectors.toSet());
        List<String> missing = parties.stream().map(Party::ags).distinct().sorted()
                .filter(ags -> !decided.contains(ags)).toList();
        if (!missing.isEmpty()) {
            throw new Problem(409, "Conflict", "agreement %s cannot be concluded on %s: no positive council decision of %s"
                    .formatted(id, on, missing.stream().map(ags -> ags + " " + partyNames.get(ags)).collect(Collectors.joining(", "))),
                    missing.stream().map(ags -> new Problem.Violation("parties[" + ags + "]",
                            partyNames.get(ags) + " has no positive council decision on or before " + on)).toList());
        }
        status = AgreementStatus.CONCLUDED;
        concludedOn = on;
        revision++;
    }

    /**
     * Puts a concluded agreement into force from {@code from}. A successor supersedes its predecessor, which must
     * be in force: the predecessor's last day is the day before (the members move over without a gap).
     */
    public void enterIntoForce(LocalDate from, Agreement predecessor) {
        requireStatus(AgreementStatus.CONCLUDED, "put into force");
        if (predecessorId != null) {
            Objects.requireNonNull(predecessor, "the predecessor must be given");
            predecessor.requireInForce("superseded");
            if (!from.isAfter(predecessor.inForceFrom)) {
                throw Problem.conflict("agreement %s can only supersede %s after %s, the day that one entered into force"
                        .formatted(id, predecessor.id, predecessor.inForceFrom));
            }
            predecessor.status = AgreementStatus.SUPERSEDED;
            predecessor.endedOn = from.minusDays(1);
            predecessor.successorId = id;
            predecessor.revision++;
        }
        status = AgreementStatus.IN_FORCE;
        inForceFrom = from;
        revision++;
    }

    /** Ends an agreement in force on {@code lastDay}; its members' periods end with it. */
    public void terminate(LocalDate lastDay) {
        requireInForce("terminated");
        if (lastDay.isBefore(inForceFrom)) {
            throw Problem.conflict("agreement %s is in force from %s; it cannot end on %s".formatted(id, inForceFrom, lastDay));
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
            throw Problem.conflict("agreement " + id + " would take over members that are not its MEMBER parties: "
                    + String.join(", ", strangers) + "; add them as parties or end their membership first");
        }
    }

    /**
     * Admits a member from {@code from} (accession): only while in force and not before the agreement began.
     * A town that is not yet a MEMBER party becomes one; returns true if the parties changed.
     */
    public boolean admit(String ags, LocalDate from) {
        requireInForce("joined");
        if (from.isBefore(inForceFrom)) {
            throw Problem.conflict("agreement %s is in force from %s; a membership cannot begin on %s".formatted(id, inForceFrom, from));
        }
        Party member = new Party(ags, PartyRole.MEMBER);
        if (parties.contains(member)) {
            return false;
        }
        parties.add(member);
        revision++;
        return true;
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
                costClause, noticeRule);
    }

    private void apply(AgreementTerms terms, Agreement predecessor) {
        if (terms.predecessorId() != null) {
            if (terms.predecessorId().equals(id)) {
                throw Problem.badRequest("predecessorId", "an agreement cannot succeed itself");
            }
            Objects.requireNonNull(predecessor, "the predecessor must be given");
            if (predecessor.status != AgreementStatus.CONCLUDED && predecessor.status != AgreementStatus.IN_FORCE) {
                throw Problem.conflict("agreement %s is %s; only a concluded agreement or one in force can have a successor"
                        .formatted(predecessor.id, predecessor.status));
            }
        }
        if (new HashSet<>(terms.parties()).size() != terms.parties().size()) {
            throw Problem.badRequest("parties", "a municipality is listed twice in the same role");
        }
        title = terms.title();
        subject = terms.subject();
        legalBasis = terms.legalBasis();
        predecessorId = terms.predecessorId();
        parties.clear();
        parties.addAll(terms.parties());
        costClause = terms.costClause();
        noticeRule = terms.noticeRule();
    }

    private long count(PartyRole role) {
        return parties.stream().filter(p -> p.role() == role).count();
    }

    private void requireStatus(AgreementStatus required, String toBeWhat) {
        if (status != required) {
            throw Problem.conflict("agreement %s is %s; only %s can be %s".formatted(id, status, required.described(), toBeWhat));
        }
    }
}
