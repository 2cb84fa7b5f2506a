package de.kreisunna.ikz.support;

import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.membership.projection.MembershipChangedV1;
import de.kreisunna.ikz.membership.projection.MembershipEventsConsumer;
import de.kreisunna.ikz.testing.TestEvents;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Feeds membership timelines through the consumed channel, as membership-service would publish them. Each test
 * takes fresh towns from {@link #newTown()}, so tests sharing the database never see each other's towns.
 */
public final class Members {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Members() {
    }

    /** An AGS no other test uses (05979xxx is not a real town of Kreis Unna). */
    public static String newTown() {
        return "05979%03d".formatted(NEXT.incrementAndGet());
    }

    /** Delivers the town's timeline; periods as JSON objects, e.g. {@code {"validFrom":"2019-01-01"}}. */
    public static void timeline(InMemoryConnector connector, String eventId, String ags, long revision, String... periods) {
        String data = "{\"ags\":\"" + ags + "\",\"name\":\"Teststadt " + ags + "\",\"revision\":" + revision
                + ",\"periods\":[" + String.join(",", periods) + "]}";
        var delivery = TestEvents.tracked(TestEvents.cloudEvent(eventId, MembershipChangedV1.TYPE, ags, data));
        connector.source(MembershipEventsConsumer.CHANNEL).send(delivery.message());
        assertThat(delivery.awaitOutcome()).as("membership event for " + ags + " processed").isEmpty();
    }

    public static void timeline(InMemoryConnector connector, String ags, long revision, String... periods) {
        timeline(connector, UUID.randomUUID().toString(), ags, revision, periods);
    }

    /** A new town that is a member since 2019 without end. */
    public static String member(InMemoryConnector connector) {
        String ags = newTown();
        timeline(connector, ags, 1, "{\"validFrom\":\"2019-01-01\",\"validUntil\":null}");
        return ags;
    }
}
