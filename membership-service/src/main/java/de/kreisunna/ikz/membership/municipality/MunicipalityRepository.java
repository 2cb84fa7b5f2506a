package de.kreisunna.ikz.membership.municipality;

import de.kreisunna.ikz.platform.domain.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Loads towns for the services; a change locks the town's row so its timeline revisions stay consecutive. */
@ApplicationScoped
public class MunicipalityRepository {

    private final EntityManager em;

    MunicipalityRepository(EntityManager em) {
        this.em = em;
    }

    public boolean exists(String ags) {
        return em.find(Municipality.class, ags) != null;
    }

    public Municipality require(String ags) {
        Municipality municipality = em.find(Municipality.class, ags);
        if (municipality == null) {
            throw new NotFound("municipality " + ags);
        }
        return municipality;
    }

    public Municipality lock(String ags) {
        Municipality municipality = em.find(Municipality.class, ags, LockModeType.PESSIMISTIC_WRITE);
        if (municipality == null) {
            throw new NotFound("municipality " + ags);
        }
        return municipality;
    }

    /** The towns with any period in the agreement, locked in AGS order (so two hand-overs cannot deadlock). */
    public List<Municipality> lockMembersOf(String agreementId) {
        return em.createQuery("""
                FROM Municipality m WHERE m.ags IN (SELECT p.municipality.ags FROM MembershipPeriod p WHERE p.agreementId = :id)
                ORDER BY m.ags""", Municipality.class)
                .setParameter("id", agreementId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public Map<String, String> names(Collection<String> ags) {
        if (ags.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT m.ags, m.name FROM Municipality m WHERE m.ags IN :ags", Object[].class)
                .setParameter("ags", ags).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    public List<Municipality> all() {
        return em.createQuery("SELECT DISTINCT m FROM Municipality m LEFT JOIN FETCH m.periods ORDER BY m.ags",
                Municipality.class).getResultList();
    }
}
