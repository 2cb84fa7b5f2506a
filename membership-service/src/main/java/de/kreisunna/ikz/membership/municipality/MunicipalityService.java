package de.kreisunna.ikz.membership.municipality;

import de.kreisunna.ikz.membership.agreement.AgreementService;
import de.kreisunna.ikz.membership.audit.AuditTrail;
import de.kreisunna.ikz.membership.audit.AuditedEntity;
import de.kreisunna.ikz.membership.concurrency.ExpectedVersion;
import de.kreisunna.ikz.platform.outbox.Outbox;
import de.kreisunna.ikz.platform.problem.Problem;
import de.kreisunna.ikz.platform.security.Caller;
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

    MunicipalityService(EntityManager em, MunicipalityRepository municipalities, AgreementService agreements,
            Outbox outbox, AuditTrail audit) {
        this.em = em;
        this.municipalities = municipalities;
        this.agreements = agreements;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public Municipality register(String ags, MunicipalityData data) {
        if (municipalities.exists(ags)) {
            throw Problem.conflict("municipality " + ags + " is already registered");
        }
        Municipality municipality = new Municipality(ags, data);
        em.persist(municipality);
        outbox.add(municipality.timeline());
        audit.record(AuditedEntity.MUNICIPALITY, ags, "MUNICIPALITY_REGISTERED", data);
        return municipality;
    }

    /** Replaces the master data if the caller saw the current version; a new name is republished everywhere. */
    @Transactional
    public Municipality update(String ags, MunicipalityData data, ExpectedVersion expected) {
        Municipality municipality = lockAt(ags, expected);
        municipality.update(data).ifPresent(renamed -> {
            outbox.add(renamed);
            agreements.partyRenamed(ags);
        });
        audit.record(AuditedEntity.MUNICIPALITY, ags, "MUNICIPALITY_UPDATED", data);
        return withTimeline(municipality);
    }

    /** Adds a period not tied to an agreement (the foundation's endpoint); agreements use accession instead. */
    @Transactional
    public Municipality join(String ags, LocalDate from, LocalDate until, ExpectedVersion expected) {
        Municipality municipality = lockAt(ags, expected);
        outbox.add(municipality.join(from, until));
        audit.record(AuditedEntity.MEMBERSHIP, ags, "MEMBERSHIP_BEGUN", new Unassigned(from, until));
        return municipality;
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
        return municipalities.all();
    }

    private Municipality lockAt(String ags, ExpectedVersion expected) {
        Municipality municipality = municipalities.lock(ags);
        expected.check("municipality " + ags, municipality.version());
        return municipality;
    }

    /** Loads the periods while the transaction is open: the caller shows them after it has ended. */
    private static Municipality withTimeline(Municipality municipality) {
        municipality.periods().size();
        return municipality;
    }

    private record Unassigned(LocalDate validFrom, LocalDate validUntil) {
    }
}
