package de.kreisunna.ikz.support.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The idempotency keys of submissions, per caller. A key is claimed with {@code INSERT … ON CONFLICT DO
 * NOTHING}: of two concurrent submissions with the same key one inserts, the other waits for it to commit and
 * then sees the first one's request. A claim made by a submission that fails disappears with its rollback.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** How an earlier submission used the key: its content digest and the request it created. */
    public record Use(String fingerprint, UUID requestId) {
    }

    private final EntityManager em;

    IdempotencyKeys(EntityManager em) {
        this.em = em;
    }

    /** Claims the key for the new request {@code requestId}; returns the earlier use if it was taken. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Use> claim(String caller, String key, String fingerprint, UUID requestId, Instant now) {
        int inserted = em.createNativeQuery("""
                INSERT INTO idempotency_key (caller, idempotency_key, fingerprint, request_id, created_at)
                VALUES (:caller, :key, :fingerprint, :request, :now)
                ON CONFLICT (caller, idempotency_key) DO NOTHING""")
                .setParameter("caller", caller).setParameter("key", key).setParameter("fingerprint", fingerprint)
                .setParameter("request", requestId).setParameter("now", now)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT fingerprint, request_id FROM idempotency_key WHERE caller = :caller AND idempotency_key = :key")
                .setParameter("caller", caller).setParameter("key", key).getResultList();
        Object[] row = rows.get(0);
        return Optional.of(new Use((String) row[0], (UUID) row[1]));
    }

    /** Points a key claimed in this transaction at an existing request (a retry that used a second key). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pointAt(String caller, String key, UUID requestId) {
        em.createNativeQuery("UPDATE idempotency_key SET request_id = :request WHERE caller = :caller AND idempotency_key = :key")
                .setParameter("request", requestId).setParameter("caller", caller).setParameter("key", key)
                .executeUpdate();
    }
}
