package de.kreisunna.ikz.support.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Webhook delivery settings (keys {@code support.webhooks.*}). */
@ConfigMapping(prefix = "support.webhooks")
public interface WebhookConfig {

    /** How often due deliveries are sent ("1s"; "off" in tests, which dispatch themselves). */
    @WithDefault("1s")
    String dispatchInterval();

    /** The delay before the first retry; it doubles per failed attempt of the same delivery. */
    @WithDefault("10s")
    Duration backoffBase();

    /** The longest delay between two attempts of a delivery. */
    @WithDefault("1h")
    Duration backoffMax();

    /** A subscription is paused after this many failed attempts in a row (of any of its deliveries). */
    @WithDefault("20")
    int pauseAfterFailures();

    /** How long both the old and the new secret sign deliveries after a rotation, unless the rotation says. */
    @WithDefault("24h")
    Duration rotationOverlap();

    /** Connect timeout of one attempt. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Time for the receiver to answer one attempt. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** The most deliveries one dispatch run sends. */
    @WithDefault("200")
    int batchSize();
}
