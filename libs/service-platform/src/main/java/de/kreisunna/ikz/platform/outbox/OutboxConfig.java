package de.kreisunna.ikz.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "ikz.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event this service publishes, e.g. {@code /ikz/membership-service}. */
    String source();

    /**
     * How often the relay looks for pending events, as a Quarkus scheduler interval ("1s");
     * "off" disables the schedule (tests then call {@link OutboxRelay#relayPending()} themselves).
     */
    @WithDefault("1s")
    String interval();

    /**
     * Whether a commit that wrote outbox rows starts a relay at once (events reach the broker within
     * milliseconds); the scheduled relay stays as the safety net. Tests switch it off to relay explicitly.
     */
    @WithDefault("true")
    boolean relayOnCommit();

    /** Most events relayed in one transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch before it retries later. */
    @WithDefault("10s")
    Duration ackTimeout();
}
