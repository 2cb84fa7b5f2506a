package de.kreisunna.ikz.support.webhook;

import static de.kreisunna.ikz.support.persistence.SqlTimes.instant;

import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.NotFound;
import de.kreisunna.ikz.support.change.ChangeType;
import de.kreisunna.ikz.support.config.WebhookConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The administration of webhook subscriptions and their delivery log. */
@ApplicationScoped
public class Webhooks {

    /** What an administrator sees of a subscription; the secret only right after it was set. */
    public record SubscriptionView(UUID id, String client, String url, List<String> eventTypes, String secret,
            Instant previousSecretValidUntil, boolean paused, Instant pausedAt, String pauseReason,
            int consecutiveFailures, Instant createdAt, String createdBy) {

        static SubscriptionView of(WebhookSubscription s, String secret) {
            return new SubscriptionView(s.id(), s.client(), s.url(), s.eventTypes(), secret, s.previousSecretUntil(),
                    s.pausedAt() != null, s.pausedAt(), s.pauseReason(), s.consecutiveFailures(), s.createdAt(),
                    s.createdBy());
        }
    }

    /** One HTTP attempt of a delivery. */
    public record AttemptView(int attempt, Instant at, Integer statusCode, long latencyMs, String error) {
    }

    public record DeliveryView(UUID id, UUID requestId, String eventType, Instant createdAt, String state,
            int attempts, Instant nextAttemptAt, Instant deliveredAt, List<AttemptView> log) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final WebhookConfig config;

    Webhooks(EntityManager em, Clock clock, WebhookConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    /** Registers a subscription; without a secret one is generated. The answer shows the secret once. */
    @Transactional
    public SubscriptionView register(String client, String url, List<String> eventTypes, String secret, String by) {
        URI uri = WebhookUrl.parse(url, "url");
        WebhookSecret signing = secret == null ? WebhookSecret.generate() : WebhookSecret.parse(secret, "secret");
        WebhookSubscription subscription = new WebhookSubscription(UUID.randomUUID(), client, uri,
                checkedTypes(eventTypes), signing, by, clock.instant());
        em.persist(subscription);
        return SubscriptionView.of(subscription, signing.value());
    }

    @Transactional
    public List<SubscriptionView> list() {
        return em.createQuery("FROM WebhookSubscription s WHERE s.deletedAt IS NULL ORDER BY s.createdAt, s.id",
                WebhookSubscription.class).getResultList().stream().map(s -> SubscriptionView.of(s, null)).toList();
    }

    @Transactional
    public SubscriptionView get(UUID id) {
        return SubscriptionView.of(find(id, LockModeType.NONE), null);
    }

    @Transactional
    public SubscriptionView pause(UUID id, String reason) {
        WebhookSubscription subscription = find(id, LockModeType.PESSIMISTIC_WRITE);
        subscription.pause(reason, clock.instant());
        return SubscriptionView.of(subscription, null);
    }

    /** Resumes a paused subscription; its waiting deliveries are due at once, still in order per request. */
    @Transactional
    public SubscriptionView resume(UUID id) {
        WebhookSubscription subscription = find(id, LockModeType.PESSIMISTIC_WRITE);
        subscription.resume();
        em.createNativeQuery("""
                UPDATE webhook_delivery SET next_attempt_at = :now
                WHERE subscription_id = :id AND delivered_at IS NULL AND next_attempt_at > :now""")
                .setParameter("now", clock.instant()).setParameter("id", id).executeUpdate();
        return SubscriptionView.of(subscription, null);
    }

    /**
     * Rotates the secret (a given one, or a generated one); until {@code overlap} (default
     * {@code support.webhooks.rotation-overlap}) has passed, deliveries carry signatures with both secrets.
     */
    @Transactional
    public SubscriptionView rotate(UUID id, String secret, Duration overlap) {
        WebhookSubscription subscription = find(id, LockModeType.PESSIMISTIC_WRITE);
        WebhookSecret next = secret == null ? WebhookSecret.generate() : WebhookSecret.parse(secret, "secret");
        subscription.rotate(next, clock.instant(), overlap == null ? config.rotationOverlap() : overlap);
        return SubscriptionView.of(subscription, next.value());
    }

    /** Ends a subscription; what was not delivered yet is not sent any more. */
    @Transactional
    public void delete(UUID id) {
        find(id, LockModeType.PESSIMISTIC_WRITE).delete(clock.instant());
    }

    /** The newest deliveries of a subscription with every attempt (status code, latency, error). */
    @Transactional
    public List<DeliveryView> deliveries(UUID id, int limit) {
        find(id, LockModeType.NONE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT d.id, d.request_id, d.event_type, d.created_at, d.attempts, d.next_attempt_at, d.delivered_at
                FROM webhook_delivery d WHERE d.subscription_id = :id
                ORDER BY d.change_position DESC LIMIT :limit""")
                .setParameter("id", id).setParameter("limit", limit).getResultList();
        Map<UUID, List<AttemptView>> logs = new LinkedHashMap<>();
        rows.forEach(r -> logs.put((UUID) r[0], new ArrayList<>()));
        if (!logs.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> attempts = em.createNativeQuery("""
                    SELECT delivery_id, attempt, at, status_code, latency_ms, error FROM webhook_attempt
                    WHERE delivery_id IN (:ids) ORDER BY delivery_id, attempt""")
                    .setParameter("ids", logs.keySet()).getResultList();
            for (Object[] a : attempts) {
                logs.get((UUID) a[0]).add(new AttemptView(((Number) a[1]).intValue(), instant(a[2]),
                        a[3] == null ? null : ((Number) a[3]).intValue(), ((Number) a[4]).longValue(), (String) a[5]));
            }
        }
        return rows.stream().map(r -> new DeliveryView((UUID) r[0], (UUID) r[1], (String) r[2], instant(r[3]),
                r[6] == null ? "PENDING" : "DELIVERED", ((Number) r[4]).intValue(), r[6] == null ? instant(r[5]) : null,
                instant(r[6]), logs.get((UUID) r[0]))).toList();
    }

    private WebhookSubscription find(UUID id, LockModeType lock) {
        WebhookSubscription subscription = em.find(WebhookSubscription.class, id, lock);
        if (subscription == null || subscription.isDeleted()) {
            throw new NotFound("webhook subscription " + id);
        }
        return subscription;
    }

    private static List<String> checkedTypes(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new InvalidInput("eventTypes", "name at least one of " + ChangeType.subscribable());
        }
        for (String type : requested) {
            if (!ChangeType.subscribable().contains(type)) {
                throw new InvalidInput("eventTypes", "'" + type + "' is none of " + ChangeType.subscribable());
            }
        }
        return List.copyOf(new LinkedHashSet<>(requested));
    }
}
