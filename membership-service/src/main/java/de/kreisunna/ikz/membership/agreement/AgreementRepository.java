package de.kreisunna.ikz.membership.agreement;

import de.kreisunna.ikz.platform.domain.NotFound;
import de.kreisunna.ikz.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;

/** Loads agreements; what a town-scoped caller may see is decided here, once. */
@ApplicationScoped
public class AgreementRepository {

    private final EntityManager em;

    AgreementRepository(EntityManager em) {
        this.em = em;
    }

    public boolean exists(String id) {
        return em.find(Agreement.class, id) != null;
    }

    public Agreement require(String id) {
        Agreement agreement = em.find(Agreement.class, id);
        if (agreement == null) {
            throw new NotFound("agreement " + id);
        }
        return agreement;
    }

    public Agreement lock(String id) {
        Agreement agreement = em.find(Agreement.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (agreement == null) {
            throw new NotFound("agreement " + id);
        }
        return agreement;
    }

    /** The agreement, if the caller may see it: staff see all, a town only those it is a party of (others: 404). */
    public Agreement requireVisible(String id, Caller caller) {
        Agreement agreement = require(id);
        if (caller.isTownScoped() && !agreement.isParty(caller.requiredTown())) {
            throw new NotFound("agreement " + id);
        }
        return agreement;
    }

    /** Every agreement, oldest first (drafts last). */
    public List<Agreement> all() {
        return em.createQuery("FROM Agreement a ORDER BY a.inForceFrom NULLS LAST, a.id", Agreement.class).getResultList();
    }

    /** The agreements the caller may see, oldest first. */
    public List<Agreement> visible(Caller caller) {
        if (!caller.isTownScoped()) {
            return all();
        }
        return em.createQuery("""
                SELECT a FROM Agreement a WHERE :ags IN (SELECT p.ags FROM a.parties p)
                ORDER BY a.inForceFrom NULLS LAST, a.id""", Agreement.class)
                .setParameter("ags", caller.requiredTown()).getResultList();
    }

    /** The agreements a municipality is a party of, locked (its renaming republishes them). */
    List<Agreement> lockOfParty(String ags) {
        return em.createQuery("SELECT a FROM Agreement a WHERE :ags IN (SELECT p.ags FROM a.parties p) ORDER BY a.id",
                Agreement.class).setParameter("ags", ags).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}
