package de.kreisunna.ikz.support.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Queues a change for every subscription of the request's submitter that wants its type, in the transaction of
 * the change (the outbox idea): a change that commits is delivered, one that rolls back never is. Paused
 * subscriptions queue too and receive everything once resumed.
 */
@ApplicationScoped
public class WebhookOutbox {

    private final EntityManager em;

    WebhookOutbox(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(UUID changeId, UUID requestId, String submitter, String eventType, Instant now) {
        em.createNativeQuery("""
                INSERT INTO webhook_delivery
                    (id, subscription_id, change_position, request_id, event_type, created_at, next_attempt_at)
                SELECT gen_random_uuid(), s.id, (SELECT position FROM support_request_change WHERE id = :change),
                       :request, :type, :now, :now
                FROM webhook_subscription s
                WHERE s.client = :client AND s.deleted_at IS NULL AND CAST(:type AS TEXT) = ANY (s.event_types)""")
                .setParameter("change", changeId).setParameter("request", requestId)
                .setParameter("type", eventType).setParameter("now", now).setParameter("client", submitter)
                .executeUpdate();
    }
}
