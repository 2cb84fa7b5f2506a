package de.kreisunna.ikz.membership.municipality;

import de.kreisunna.ikz.membership.agreement.AgreementRepository;
import de.kreisunna.ikz.membership.agreement.AgreementService;
import de.kreisunna.ikz.membership.audit.AuditTrail;
import de.kreisunna.ikz.membership.audit.AuditedEntity;
import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.ExpectedVersion;
import de.kreisunna.ikz.platform.outbox.Outbox;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.time.CooperationCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Owns the transactions: the state change, its event and its audit entry are committed together. */
@ApplicationScoped
public class MunicipalityService {

    private final EntityManager em;
    private final MunicipalityRepository municipalities;
    private final AgreementService agreements;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final AgreementRepository agreementRepository;
    private final CooperationCalendar calendar;

    MunicipalityService(EntityManager em, MunicipalityRepository municipalities, AgreementService agreements,
            Outbox outbox, AuditTrail audit, AgreementRepository agreementRepository, CooperationCalendar calendar) {
        this.agreementRepository = agreementRepository;
        this.calendar = calendar;
        this.em = em;
        this.municipalities = municipalities;
        this.agreements = agreements;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public Municipality register(String ags, MunicipalityData data) {
        if (municipalities.exists(ags)) {
            throw new Conflict("municipality " + ags + " is already registered");
        }
        Municipality municipality = new Municipality(ags, data);
        em.persist(municipality);
        outbox.add(municipality.timeline());
        audit.record(AuditedEntity.MUNICIPALITY, ags, "MUNICIPALITY_REGISTERED", data);
        return municipality;
    }

    /**
     * Replaces the master data if the caller saw the current version. The town's timeline is republished with it
     * (costing invoices with the Leitweg-ID, address and contact it carries); a new name also republishes the agreements.
     */
    @Transactional
    public Municipality update(String ags, MunicipalityData data, ExpectedVersion expected) {
        Municipality municipality = lockAt(ags, expected);
        boolean renamed = !municipality.isNamed(data.name());
        outbox.add(municipality.update(data));
        if (renamed) {
            agreements.partyRenamed(ags);
        }
        audit.record(AuditedEntity.MUNICIPALITY, ags, "MUNICIPALITY_UPDATED", data);
        return withTimeline(municipality);
    }

    /**
     * Records a period from the history before agreements existed (history import only): no party status, no
     * cost sharing. A town becomes a party only by an agreement that takes effect.
     */
    @Transactional
    public Municipality recordHistoricPeriod(String ags, LocalDate from, LocalDate until, ExpectedVersion expected) {
        Municipality municipality = lockAt(ags, expected);
        outbox.add(municipality.recordHistoricPeriod(from, until));
        audit.record(AuditedEntity.MEMBERSHIP, ags, "HISTORIC_PERIOD_RECORDED", new Unassigned(from, until));
        return municipality;
    }

    /** The town went live on the shared installation: it uses the procedure from that day, party or not. */
    @Transactional
    public Municipality recordGoLive(String ags, GoLive goLive) {
        Municipality municipality = municipalities.lock(ags);
        outbox.add(municipality.recordGoLive(goLive));
        audit.record(AuditedEntity.MUNICIPALITY, ags, "GO_LIVE_RECORDED", goLive);
        return withTimeline(municipality);
    }

    /**
     * Records an interim decision: the town, using the procedure before it is a party, shares the costs of an
     * agreement on the given days. The agreement must have costs on all of them.
     */
    @Transactional
    public Municipality shareCostsInterim(String ags, CostShare share) {
        agreementRepository.require(share.agreementId()).requireCostsOn(share.validFrom(), share.validUntil());
        Municipality municipality = municipalities.lock(ags);
        outbox.add(municipality.shareCosts(CostSharingBasis.INTERIM_DECISION, share, calendar.today()));
        audit.record(AuditedEntity.MEMBERSHIP, ags, "INTERIM_COST_SHARING_RECORDED", share);
        return withTimeline(municipality);
    }

    @Transactional
    public Municipality get(String ags, Caller caller) {
        caller.requireVisible(ags, "municipality " + ags);
        return withTimeline(municipalities.require(ags));
    }

    /** Staff see every town; a town-scoped caller only its own. */
    @Transactional
    public List<Municipality> list(Caller caller) {
        if (caller.isTownScoped()) {
            return List.of(get(caller.requiredTown(), caller));
        }
        // the periods come with the query; the cost-sharing decisions are loaded here, inside the transaction
        return municipalities.all().stream().map(MunicipalityService::withTimeline).toList();
    }

    private Municipality lockAt(String ags, ExpectedVersion expected) {
        Municipality municipality = municipalities.lock(ags);
        expected.check("municipality " + ags, municipality.version());
        return municipality;
    }

    /** Loads the periods while the transaction is open: the caller shows them after it has ended. */
    private static Municipality withTimeline(Municipality municipality) {
        municipality.periods().size();
        municipality.costSharingDecisions().size();
        return municipality;
    }

    private record Unassigned(LocalDate validFrom, LocalDate validUntil) {
    }
}
