package de.kreisunna.ikz.membership.agreement;

import de.kreisunna.ikz.membership.audit.AuditTrail;
import de.kreisunna.ikz.membership.audit.AuditedEntity;
import de.kreisunna.ikz.membership.municipality.CostShare;
import de.kreisunna.ikz.membership.municipality.CostSharingBasis;
import de.kreisunna.ikz.membership.municipality.Municipality;
import de.kreisunna.ikz.membership.municipality.MunicipalityRepository;
import de.kreisunna.ikz.membership.resolution.ResolutionService;
import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.ExpectedVersion;
import de.kreisunna.ikz.platform.outbox.Outbox;
import de.kreisunna.ikz.platform.time.CooperationCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Owns the transactions of the agreement lifecycle: each change, its {@link AgreementChanged} event, the
 * membership events it causes (hand-over to a successor, termination) and the audit entries commit together.
 */
@ApplicationScoped
public class AgreementService {

    private final EntityManager em;
    private final AgreementRepository agreements;
    private final MunicipalityRepository municipalities;
    private final ResolutionService resolutions;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final CooperationCalendar calendar;

    AgreementService(EntityManager em, AgreementRepository agreements, MunicipalityRepository municipalities,
            ResolutionService resolutions, Outbox outbox, AuditTrail audit, CooperationCalendar calendar) {
        this.em = em;
        this.agreements = agreements;
        this.municipalities = municipalities;
        this.resolutions = resolutions;
        this.outbox = outbox;
        this.audit = audit;
        this.calendar = calendar;
    }

    @Transactional
    public Agreement create(String id, AgreementTerms terms) {
        if (agreements.exists(id)) {
            throw new Conflict("agreement " + id + " already exists");
        }
        terms.parties().forEach(p -> municipalities.require(p.ags()));
        Agreement agreement = new Agreement(id, terms, predecessorOf(terms));
        em.persist(agreement);
        publish(agreement);
        audit.record(AuditedEntity.AGREEMENT, id, "AGREEMENT_CREATED", terms);
        return agreement;
    }

    @Transactional
    public Agreement revise(String id, AgreementTerms terms, ExpectedVersion expected) {
        Agreement agreement = lockAt(id, expected);
        terms.parties().forEach(p -> municipalities.require(p.ags()));
        agreement.revise(terms, predecessorOf(terms));
        publish(agreement);
        audit.record(AuditedEntity.AGREEMENT, id, "AGREEMENT_REVISED", terms);
        return agreement;
    }

    @Transactional
    public Agreement conclude(String id, LocalDate on, ExpectedVersion expected) {
        Agreement agreement = lockAt(id, expected);
        Agreement predecessor = agreement.predecessorId() == null ? null : agreements.require(agreement.predecessorId());
        agreement.conclude(on, resolutions.of(id), partyNames(agreement), agreement.joiningMembers(predecessor),
                calendar.today());
        publish(agreement);
        audit.record(AuditedEntity.AGREEMENT, id, "AGREEMENT_CONCLUDED", Map.of("concludedOn", on));
        return agreement;
    }

    /**
     * Records the supervisory approval and the publication; the agreement takes effect the day after (or on the later
     * day it names). A successor supersedes its predecessor in the same transaction and takes over its members without
     * a gap; every MEMBER party not taken over (a founding member, a joining town) becomes a member on that day, and
     * shares costs from the day of the agreement's cost-sharing clause if it names an earlier one. Every town whose
     * timeline changed is published.
     */
    @Transactional
    public Agreement enterIntoForce(String id, EntryIntoForce step, ExpectedVersion expected) {
        Agreement agreement = lockAt(id, expected);
        Agreement predecessor = agreement.predecessorId() == null ? null : agreements.lock(agreement.predecessorId());
        agreement.enterIntoForce(step, predecessor, calendar.today());
        LocalDate from = agreement.inForceFrom();
        publish(agreement);
        audit.record(AuditedEntity.AGREEMENT, id, "AGREEMENT_ENTERED_INTO_FORCE", Map.of("inForceFrom", from,
                "supervisoryApproval", step.supervisoryApproval(), "publication", step.publication()));
        Set<String> takenOver = new HashSet<>();
        if (predecessor != null) {
            publish(predecessor);
            audit.record(AuditedEntity.AGREEMENT, predecessor.id(), "AGREEMENT_SUPERSEDED",
                    Map.of("successorId", id, "endedOn", predecessor.endedOn()));
            takenOver.addAll(handOverMembers(predecessor, agreement, from));
        }
        for (String ags : agreement.memberParties()) {
            if (!takenOver.contains(ags)) {
                admit(municipalities.lock(ags), agreement, from);
            }
        }
        return agreement;
    }

    /** A MEMBER party not taken over from the predecessor becomes a member the day the agreement takes effect. */
    private void admit(Municipality town, Agreement agreement, LocalDate from) {
        CostSharingClause clause = agreement.costSharingFrom();
        if (clause != null && clause.from().isBefore(from)) {
            town.shareCosts(CostSharingBasis.AGREEMENT_CLAUSE, new CostShare(agreement.id(), clause.from(), from.minusDays(1),
                    agreement.concludedOn(), "the parties of " + agreement.id(),
                    clause.note() == null ? "cost-sharing clause of agreement " + agreement.id() : clause.note(), false),
                    calendar.today());
            audit.record(AuditedEntity.MEMBERSHIP, town.ags(), "COST_SHARING_BY_CLAUSE",
                    Map.of("agreementId", agreement.id(), "validFrom", clause.from(), "validUntil", from.minusDays(1)));
        }
        outbox.add(town.join(agreement.id(), from, null));
        audit.record(AuditedEntity.MEMBERSHIP, town.ags(), "MEMBERSHIP_BEGUN", Map.of("agreementId", agreement.id(), "validFrom", from));
    }

    /** Withdraws a draft; consumers learn it from the AgreementChanged event with status WITHDRAWN. */
    @Transactional
    public Agreement withdraw(String id, ExpectedVersion expected) {
        Agreement agreement = lockAt(id, expected);
        agreement.withdraw();
        publish(agreement);
        audit.record(AuditedEntity.AGREEMENT, id, "AGREEMENT_WITHDRAWN", Map.of("revision", agreement.revision()));
        return agreement;
    }

    /** Terminates the agreement; its members' open periods end on its last day. */
    @Transactional
    public Agreement terminate(String id, LocalDate lastDay, ExpectedVersion expected) {
        Agreement agreement = lockAt(id, expected);
        agreement.terminate(lastDay);
        publish(agreement);
        audit.record(AuditedEntity.AGREEMENT, id, "AGREEMENT_TERMINATED", Map.of("endedOn", lastDay));
        for (Municipality town : municipalities.lockMembersOf(id)) {
            town.endMemberships(id, lastDay).ifPresent(change -> {
                outbox.add(change);
                audit.record(AuditedEntity.MEMBERSHIP, town.ags(), "MEMBERSHIP_ENDED",
                        Map.of("agreementId", id, "validUntil", lastDay));
            });
        }
        return agreement;
    }

    /** A party's name changed: its agreements carry the name in their events, so they are republished. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void partyRenamed(String ags) {
        for (Agreement agreement : agreements.lockOfParty(ags)) {
            agreement.partyRenamed();
            publish(agreement);
        }
    }

    /** Locks the agreement for a change the caller based on a version it read (If-Match). */
    public Agreement lockAt(String id, ExpectedVersion expected) {
        Agreement agreement = agreements.lock(id);
        expected.check("agreement " + id, agreement.version());
        return agreement;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Agreement agreement) {
        outbox.add(agreement.changed(partyNames(agreement)).asEvent());
    }

    /** The agreement as published, with its parties' names (the REST representation too). */
    @Transactional
    public AgreementChanged describe(Agreement agreement) {
        return agreement.changed(partyNames(agreement));
    }

    /** Moves the predecessor's continuing members to the successor; returns their AGS. */
    private Set<String> handOverMembers(Agreement predecessor, Agreement successor, LocalDate from) {
        List<Municipality> towns = municipalities.lockMembersOf(predecessor.id());
        List<Municipality> continuing = towns.stream().filter(t -> t.continuesAfter(predecessor.id(), from.minusDays(1))).toList();
        successor.requireMemberParties(continuing);
        for (Municipality town : towns) {
            town.moveToSuccessor(predecessor.id(), successor.id(), from).ifPresent(change -> {
                outbox.add(change);
                audit.record(AuditedEntity.MEMBERSHIP, town.ags(), "MEMBERSHIP_MOVED",
                        Map.of("fromAgreementId", predecessor.id(), "toAgreementId", successor.id(), "validFrom", from));
            });
        }
        return continuing.stream().map(Municipality::ags).collect(Collectors.toSet());
    }

    private Agreement predecessorOf(AgreementTerms terms) {
        return terms.predecessorId() == null ? null : agreements.lock(terms.predecessorId());
    }

    private Map<String, String> partyNames(Agreement agreement) {
        return municipalities.names(agreement.parties().stream().map(Party::ags).distinct().toList());
    }
}
