package de.kreisunna.ikz.support.webhook;

import de.kreisunna.ikz.support.config.WebhookConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries. A delivery is sent only when it is the oldest undelivered one of its
 * (subscription, request), so a receiver sees each request's changes in order; a failure does not hold up
 * other requests. Each attempt is its own transaction that locks the delivery ({@code FOR UPDATE SKIP
 * LOCKED}, so several instances never send the same one at once), records the attempt in the log and
 * schedules the next one with {@link Backoff}. Retries are rows with {@code next_attempt_at}, not in-memory
 * retries: they survive restarts and keep the per-request order (docs/decisions/0012-webhook-delivery-table.md).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 500;
    /**
     * A delivery {@code d} of an active subscription {@code s} whose attempt is due ({@code %s}: the time now), as
     * both the schedule's look and the attempt read it.
     */
    private static final String DUE = """
            d.delivered_at IS NULL AND d.next_attempt_at <= %s AND s.paused_at IS NULL AND s.deleted_at IS NULL""";
    private static final String ANYTHING_DUE = """
            SELECT EXISTS (SELECT 1 FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                           WHERE %s)""".formatted(DUE.formatted("?"));
    /** The oldest due delivery whose request has no earlier one undelivered, locked for its attempt. */
    private static final String NEXT_DUE = """
            SELECT d.id, d.subscription_id, d.attempts, c.payload FROM webhook_delivery d
            JOIN webhook_subscription s ON s.id = d.subscription_id
            JOIN support_request_change c ON c.position = d.change_position
            WHERE %s
              AND NOT EXISTS (SELECT 1 FROM webhook_delivery e
                              WHERE e.subscription_id = d.subscription_id AND e.request_id = d.request_id
                                AND e.delivered_at IS NULL AND e.change_position < d.change_position)
            ORDER BY d.next_attempt_at, d.change_position
            LIMIT 1
            FOR UPDATE OF d SKIP LOCKED""".formatted(DUE.formatted(":now"));

    private final EntityManager em;
    private final DataSource dataSource;
    private final Clock clock;
    private final WebhookConfig config;
    private final Backoff backoff;
    private final HttpClient http;
    private final MeterRegistry metrics;

    WebhookDispatcher(EntityManager em, DataSource dataSource, Clock clock, WebhookConfig config,
            MeterRegistry metrics) {
        this.em = em;
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config;
        this.metrics = metrics;
        this.backoff = new Backoff(config.backoffBase(), config.backoffMax());
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${support.webhooks.dispatch-interval:1s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledDispatch() {
        if (anythingDue()) {
            dispatchDue();
        }
    }

    /**
     * Whether any delivery of an active subscription is due now: one indexed read on a connection of its own,
     * without a transaction, so the ticks that find nothing (nearly all of them in an idle service) cost one
     * round trip. A failed read counts as "due": the dispatch then reports the problem.
     */
    public boolean anythingDue() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement due = connection.prepareStatement(ANYTHING_DUE)) {
            due.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            try (ResultSet rs = due.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            LOG.debugf("looking for due webhook deliveries failed: %s", e.getMessage());
            return true;
        }
    }

    /** Sends what is due now; returns how many attempts were made. */
    public int dispatchDue() {
        int attempts = 0;
        while (attempts < config.batchSize()) {
            try {
                if (!attemptNext()) {
                    break;
                }
            } catch (RuntimeException e) {
                LOG.warnf("webhook dispatch failed, will retry: %s", e.getMessage());
                break;
            }
            attempts++;
        }
        return attempts;
    }

    /** Attempts the next due delivery; false when none is due. */
    @Transactional
    public boolean attemptNext() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery(NEXT_DUE).setParameter("now", now).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        UUID delivery = (UUID) due.get(0)[0];
        UUID subscriptionId = (UUID) due.get(0)[1];
        int attempt = ((Number) due.get(0)[2]).intValue() + 1;
        String body = (String) due.get(0)[3];
        WebhookSubscription subscription = em.find(WebhookSubscription.class, subscriptionId);

        Outcome outcome = send(subscription, delivery, body, now);

        em.refresh(subscription, LockModeType.PESSIMISTIC_WRITE);
        em.createNativeQuery("""
                INSERT INTO webhook_attempt (delivery_id, attempt, at, status_code, latency_ms, error)
                VALUES (:delivery, :attempt, :at, :status, :latency, :error)""")
                .setParameter("delivery", delivery).setParameter("attempt", attempt).setParameter("at", now)
                .setParameter("status", outcome.status()).setParameter("latency", outcome.latencyMs())
                .setParameter("error", outcome.error()).executeUpdate();
        count(outcome);
        if (outcome.succeeded()) {
            subscription.recordSuccess();
            em.createNativeQuery("UPDATE webhook_delivery SET attempts = :attempt, delivered_at = :now WHERE id = :id")
                    .setParameter("attempt", attempt).setParameter("now", now).setParameter("id", delivery)
                    .executeUpdate();
        } else {
            subscription.recordFailure(config.pauseAfterFailures(), now);
            Instant next = now.plus(backoff.after(attempt, ThreadLocalRandom.current()::nextDouble));
            em.createNativeQuery("UPDATE webhook_delivery SET attempts = :attempt, next_attempt_at = :next WHERE id = :id")
                    .setParameter("attempt", attempt).setParameter("next", next).setParameter("id", delivery)
                    .executeUpdate();
            LOG.infof("webhook delivery %s to subscription %s failed (attempt %d: %s), next attempt at %s", delivery,
                    subscriptionId, attempt, outcome.status() != null ? outcome.status() : outcome.error(), next);
        }
        return true;
    }

    /** Delivery attempts by outcome (delivered, or failed: answered non-2xx or not reached), and their latency. */
    private void count(Outcome outcome) {
        String result = outcome.succeeded() ? "delivered" : outcome.status() != null ? "rejected" : "unreachable";
        Counter.builder("ikz.webhook.deliveries")
                .description("Webhook delivery attempts by outcome: delivered (2xx), rejected (other status), unreachable")
                .tag("outcome", result).register(metrics).increment();
        Timer.builder("ikz.webhook.delivery.latency")
                .description("From sending a webhook to the receiver's answer (or the failure)")
                .register(metrics).record(Duration.ofMillis(outcome.latencyMs()));
    }

    private record Outcome(Integer status, long latencyMs, String error) {

        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private Outcome send(WebhookSubscription subscription, UUID delivery, String body, Instant now) {
        String id = "msg_" + delivery;
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url()))
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.ID_HEADER, id)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.header(subscription.signingSecrets(now), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        long started = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), elapsedMs(started),
                    response.statusCode() / 100 == 2 ? null : "answered " + response.statusCode());
        } catch (IOException e) {
            return new Outcome(null, elapsedMs(started), truncate(e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, elapsedMs(started), "interrupted");
        }
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static String truncate(String text) {
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
