package de.kreisunna.ikz.support.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Places committed changes in the feed: gives each change without a feed position the next one, in the order of
 * the positions they were written with (a request's changes in the order of its history). One sequencer at a
 * time (a transaction-level advisory lock, also across replicas), and each pass commits before the next starts,
 * so readers see feed positions appear in order and never a gap that fills later. Changes still in an open
 * transaction are invisible here and placed by a later pass, after everything placed before.
 *
 * <p>Writers take no lock of the feed at all; the price is that a change reaches the feed only through a pass,
 * which every read of the feed makes first (so a reader sees its own changes at once).
 */
@ApplicationScoped
public class ChangeSequencer {

    /** Any fixed number: the support database is this service's own. */
    static final long LOCK = 7_417_003L;

    private final EntityManager em;

    ChangeSequencer(EntityManager em) {
        this.em = em;
    }

    /** Places every committed change not yet in the feed; returns how many it placed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int placePending() {
        boolean pending = (Boolean) em.createNativeQuery(
                "SELECT EXISTS (SELECT 1 FROM support_request_change WHERE feed_position IS NULL)").getSingleResult();
        if (!pending) {
            return 0;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(:lock)").setParameter("lock", LOCK).getSingleResult();
        // a statement after the lock: its snapshot includes what the previous pass committed
        return em.createNativeQuery("""
                WITH placed AS (SELECT coalesce(max(feed_position), 0) AS last FROM support_request_change),
                     pending AS (SELECT id, row_number() OVER (ORDER BY position) AS n
                                 FROM support_request_change WHERE feed_position IS NULL)
                UPDATE support_request_change c SET feed_position = placed.last + pending.n
                FROM placed, pending WHERE c.id = pending.id""").executeUpdate();
    }
}
