package de.kreisunna.ikz.support.change;

import de.kreisunna.ikz.support.access.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the change feed: the changes of the requests the caller may see (the rules of
 * {@code SupportRequest.isVisibleTo}), in the order {@link ChangeSequencer} placed them (commit order; a request's
 * changes in the order of its history), after a cursor. Requesters do not see internal changes.
 */
@ApplicationScoped
public class ChangeFeed {

    /** A page of changes (JSON documents as delivered to webhooks) and the cursor to continue after them. */
    public record Page(List<String> changes, String cursor, boolean more) {
    }

    private final EntityManager em;
    private final ChangeSequencer sequencer;

    ChangeFeed(EntityManager em, ChangeSequencer sequencer) {
        this.em = em;
        this.sequencer = sequencer;
    }

    /** Places what has committed since the last read, then reads (one statement, no transaction of its own). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page after(Actor by, long after, int limit) {
        sequencer.placePending();
        StringBuilder sql = new StringBuilder("""
                SELECT c.feed_position, c.payload FROM support_request_change c
                JOIN support_request r ON r.id = c.request_id
                WHERE c.feed_position > :after""");
        switch (by.kind()) {
            case KOPFSTELLE, SYSTEM -> {
            }
            case OPERATOR_IT -> sql.append(" AND (r.category = 'TECHNICAL_INCIDENT' OR r.forwarded_at IS NOT NULL)");
            case HELPDESK -> sql.append(" AND r.channel = 'HELPDESK' AND r.submitted_by = :name");
            case TOWN -> sql.append(" AND r.ags = :ags");
        }
        if (!by.isStaff() && by.kind() != Actor.Kind.SYSTEM) {
            sql.append(" AND NOT c.internal");
        }
        sql.append(" ORDER BY c.feed_position LIMIT :limit");
        Query query = em.createNativeQuery(sql.toString()).setParameter("after", after).setParameter("limit", limit + 1);
        if (by.kind() == Actor.Kind.HELPDESK) {
            query.setParameter("name", by.name());
        }
        if (by.kind() == Actor.Kind.TOWN) {
            query.setParameter("ags", by.ags());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean more = rows.size() > limit;
        List<String> changes = new ArrayList<>();
        long last = after;
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            last = ((Number) row[0]).longValue();
            changes.add((String) row[1]);
        }
        return new Page(changes, FeedCursor.encode(last), more);
    }
}
