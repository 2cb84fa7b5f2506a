package de.kreisunna.ikz.support.webhook;

import de.kreisunna.ikz.platform.domain.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An API client's webhook: where its requests' changes go, which event types, signed with which secret(s).
 * It counts failed attempts in a row and pauses itself after too many; an administrator resumes it.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    UUID id;

    String client;

    String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types")
    String[] eventTypes;

    String secret;

    @Column(name = "previous_secret")
    String previousSecret;

    @Column(name = "previous_secret_until")
    Instant previousSecretUntil;

    @Column(name = "consecutive_failures")
    int consecutiveFailures;

    @Column(name = "paused_at")
    Instant pausedAt;

    @Column(name = "pause_reason")
    String pauseReason;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "deleted_at")
    Instant deletedAt;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(UUID id, String client, URI url, List<String> eventTypes, WebhookSecret secret,
            String by, Instant now) {
        this.id = id;
        this.client = client;
        this.url = url.toString();
        this.eventTypes = eventTypes.toArray(String[]::new);
        this.secret = secret.value();
        this.createdAt = now;
        this.createdBy = by;
    }

    /** The secrets that sign a delivery sent now: the current one, and the previous one during the overlap. */
    public List<WebhookSecret> signingSecrets(Instant now) {
        List<WebhookSecret> secrets = new ArrayList<>(List.of(new WebhookSecret(secret)));
        if (previousSecret != null && now.isBefore(previousSecretUntil)) {
            secrets.add(new WebhookSecret(previousSecret));
        }
        return secrets;
    }

    /** Replaces the secret; the old one keeps signing (as a second signature) for {@code overlap}. */
    public void rotate(WebhookSecret next, Instant now, Duration overlap) {
        if (overlap.isNegative()) {
            throw new InvalidInput("overlap", "must not be negative");
        }
        if (next.value().equals(secret)) {
            throw new InvalidInput("secret", "must differ from the current secret");
        }
        previousSecret = secret;
        previousSecretUntil = now.plus(overlap);
        secret = next.value();
    }

    public void recordSuccess() {
        consecutiveFailures = 0;
    }

    /** Counts a failed attempt; the {@code pauseAfter}-th in a row pauses the subscription. */
    public void recordFailure(int pauseAfter, Instant now) {
        consecutiveFailures++;
        if (pausedAt == null && consecutiveFailures >= pauseAfter) {
            pausedAt = now;
            pauseReason = consecutiveFailures + " failed attempts in a row";
        }
    }

    public void pause(String reason, Instant now) {
        if (pausedAt == null) {
            pausedAt = now;
            pauseReason = reason == null ? "paused by an administrator" : reason;
        }
    }

    /** Resumes delivery; the run of failures starts again from zero. */
    public void resume() {
        pausedAt = null;
        pauseReason = null;
        consecutiveFailures = 0;
    }

    public void delete(Instant now) {
        deletedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String client() {
        return client;
    }

    public String url() {
        return url;
    }

    public List<String> eventTypes() {
        return List.of(eventTypes);
    }

    public Instant previousSecretUntil() {
        return previousSecretUntil;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public String pauseReason() {
        return pauseReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
