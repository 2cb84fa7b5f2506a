package de.kreisunna.ikz.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The event meters every service shares: events published by the relay, events consumed (by type and outcome:
 * processed, duplicate, dead-lettered) and the stage timers of the path between them; how far a consumer is
 * behind is {@link de.kreisunna.ikz.platform.inbox.ConsumerProgress}'s. Names and help texts are part of
 * the operations contract (alerts, dashboard): see docs/operations.md before renaming one.
 */
@ApplicationScoped
public class EventMetrics {

    /** Outcome of an event the consumer gave up on and sent to the dead-letter topic. */
    public static final String DEAD_LETTERED = "dead-lettered";

    private final MeterRegistry registry;
    private final Clock clock;

    EventMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** One event acknowledged by the broker and marked published in the outbox. */
    public void published(String type) {
        Counter.builder("ikz.outbox.published")
                .description("Events the outbox relay published and the broker acknowledged, by event type")
                .tag("type", type)
                .register(registry).increment();
    }

    /**
     * The relay handed an event to the producer: records the time since the event was written (the rest of the
     * writing transaction, its commit and the relay's pass), {@code ikz_outbox_relay_delay_seconds}.
     */
    public void handedOver(Instant eventTime) {
        stage("ikz.outbox.relay.delay", "from the event's time (outbox write) to handing it to the producer", null,
                Duration.between(eventTime, clock.instant()));
    }

    /**
     * A record reached the consumer's handler: records the time since the producer created it (the broker, the
     * consumer's fetch and the hand-over to a worker thread), {@code ikz_events_receive_delay_seconds}.
     */
    public void received(String channel, Instant recordTime) {
        stage("ikz.events.receive.delay", "from the producer's record time to the consumer's handler", channel,
                Duration.between(recordTime, clock.instant()));
    }

    /** How long the handler took for one event (its transaction included), {@code ikz_events_handling_seconds}. */
    public void handled(String channel, Duration took) {
        stage("ikz.events.handling", "the consumer's handling of one event, its transaction included", channel, took);
    }

    private void stage(String name, String description, String channel, Duration took) {
        Timer.Builder timer = Timer.builder(name).description(description).publishPercentiles(0.5, 0.99);
        if (channel != null) {
            timer.tag("channel", channel);
        }
        timer.register(registry).record(took.isNegative() ? Duration.ZERO : took);
    }

    /** One delivery handled by the idempotent consumer, with its outcome. */
    public void consumed(String type, String outcome) {
        Counter.builder("ikz.events.consumed")
                .description("Event deliveries handled by the consumer, by event type and outcome "
                        + "(processed, duplicate, dead-lettered)")
                .tag("type", type == null ? "unknown" : type)
                .tag("outcome", outcome)
                .register(registry).increment();
    }
}
