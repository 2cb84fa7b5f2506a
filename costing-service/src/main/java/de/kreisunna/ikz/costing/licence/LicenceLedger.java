package de.kreisunna.ikz.costing.licence;

import de.kreisunna.ikz.platform.inbox.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The licence grants consumed from the support service; a town's licence count of a product on a day is the
 * sum of its grants effective by then. A grant is recorded once per request id, so a redelivery (even under
 * a new event id) counts once.
 */
@ApplicationScoped
public class LicenceLedger {

    private final EntityManager em;
    private final Clock clock;

    LicenceLedger(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Returns false if the request was recorded before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(LicenceChangedV1 event) {
        List<String> problems = event.problems();
        if (!problems.isEmpty()) {
            throw new PoisonEventException("invalid " + LicenceChangedV1.TYPE + ": " + String.join(", ", problems));
        }
        return em.createNativeQuery("""
                INSERT INTO licence_grant (request_id, ags, product, quantity, effective_from, received_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (request_id) DO NOTHING""")
                .setParameter(1, event.requestId()).setParameter(2, event.ags()).setParameter(3, event.product())
                .setParameter(4, event.quantity()).setParameter(5, event.effectiveFrom())
                .setParameter(6, clock.instant()).executeUpdate() == 1;
    }

    /** Every grant, ordered by town, product, date and request id (a stable order for snapshots). */
    @Transactional
    public List<LicenceGrant> all() {
        List<?> rows = em.createNativeQuery("""
                SELECT request_id, ags, product, quantity, effective_from FROM licence_grant
                ORDER BY ags, product, effective_from, request_id""").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new LicenceGrant((String) r[0], (String) r[1],
                (String) r[2], ((Number) r[3]).intValue(), toDate(r[4]))).toList();
    }

    /** A town's licences of a product (all products if null) held on a day. */
    public static long count(List<LicenceGrant> grants, String ags, String product, LocalDate day) {
        return grants.stream()
                .filter(g -> g.ags().equals(ags) && (product == null || g.product().equals(product)))
                .filter(g -> !g.effectiveFrom().isAfter(day))
                .mapToLong(LicenceGrant::quantity).sum();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
