package de.kreisunna.ikz.membership.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.platform.inbox.IdempotentConsumer;
import de.kreisunna.ikz.platform.inbox.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes {@code ikz.membership.v1} (channel {@value #CHANNEL}): timelines go into the projection, other
 * types to the service's {@link MembershipTopicHandler}s; types nobody handles are skipped (tolerant reader).
 */
@ApplicationScoped
public class MembershipEventsConsumer {

    public static final String CHANNEL = "membership-events";

    private final IdempotentConsumer consumer;
    private final MembershipProjection projection;
    private final ObjectMapper json;
    private final Instance<MembershipTopicHandler> handlers;
    /** The types this service handles; others are skipped before any transaction. */
    private final Set<String> types;

    MembershipEventsConsumer(IdempotentConsumer consumer, MembershipProjection projection, ObjectMapper json,
            @Any Instance<MembershipTopicHandler> handlers) {
        this.consumer = consumer;
        this.projection = projection;
        this.json = json;
        this.handlers = handlers;
        Set<String> handled = new HashSet<>(Set.of(MembershipChangedV1.TYPE));
        handlers.forEach(h -> handled.add(h.type()));
        this.types = Set.copyOf(handled);
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, types, this::handle);
    }

    private void handle(IncomingEvent event) {
        if (MembershipChangedV1.TYPE.equals(event.type())) {
            projection.apply(event.dataAs(MembershipChangedV1.class, json));
        }
        handlers.stream().filter(h -> h.type().equals(event.type())).forEach(h -> h.handle(event));
    }
}
