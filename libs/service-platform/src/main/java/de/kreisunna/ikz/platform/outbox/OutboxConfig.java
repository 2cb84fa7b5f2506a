package de.kreisunna.ikz.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "ikz.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event this service publishes, e.g. {@code /ikz/membership-service}. */
    String source();

    /**
     * How often the relay looks for pending events (the safety net beside the relay on commit), as a Quarkus
     * scheduler interval ("1s"); "off" disables the schedule (tests then call {@link OutboxRelay#relayPending()} themselves).
     */
    @WithDefault("1s")
    String interval();

    /**
     * Whether a commit that wrote outbox rows starts a relay at once (events reach the broker within
     * milliseconds); the scheduled relay stays as the safety net. Tests switch it off to relay explicitly.
     */
    @WithDefault("true")
    boolean relayOnCommit();

    /** Most rows the relay reads in one statement. */
    @WithDefault("200")
    int batchSize();

    /**
     * Most rows handed to the producer and not yet acknowledged (a broker outage then holds this many in the
     * producer and the rest in the table); below the Kafka connector's {@code max-inflight-messages} (1024).
     */
    @WithDefault("1000")
    int maxInFlight();

    /** How long {@link OutboxRelay#relayPending()} waits for the broker's acknowledgements per round. */
    @WithDefault("10s")
    Duration ackTimeout();
}
