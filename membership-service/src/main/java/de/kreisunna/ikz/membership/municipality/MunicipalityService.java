package de.kreisunna.ikz.membership.municipality;

import de.kreisunna.ikz.platform.outbox.Outbox;
import de.kreisunna.ikz.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Owns the transactions: the state change and its event are committed together. */
@ApplicationScoped
public class MunicipalityService {

    private final EntityManager em;
    private final Outbox outbox;

    MunicipalityService(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    @Transactional
    public Municipality register(String ags, String name) {
        if (em.find(Municipality.class, ags) != null) {
            throw Problem.conflict("municipality " + ags + " is already registered");
        }
        Municipality municipality = new Municipality(ags, name);
        em.persist(municipality);
        outbox.add(municipality.timeline());
        return municipality;
    }

    /** Locks the town's row so concurrent changes get consecutive revisions. */
    @Transactional
    public Municipality join(String ags, LocalDate from, LocalDate until) {
        Municipality municipality = em.find(Municipality.class, ags, LockModeType.PESSIMISTIC_WRITE);
        if (municipality == null) {
            throw Problem.notFound("municipality " + ags);
        }
        outbox.add(municipality.join(from, until));
        return municipality;
    }

    @Transactional
    public Municipality get(String ags) {
        Municipality municipality = em.find(Municipality.class, ags);
        if (municipality == null) {
            throw Problem.notFound("municipality " + ags);
        }
        municipality.periods().size();
        return municipality;
    }

    @Transactional
    public List<Municipality> list() {
        return em.createQuery("SELECT DISTINCT m FROM Municipality m LEFT JOIN FETCH m.periods ORDER BY m.ags",
                Municipality.class).getResultList();
    }
}
