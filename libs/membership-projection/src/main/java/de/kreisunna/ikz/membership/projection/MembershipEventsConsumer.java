package de.kreisunna.ikz.membership.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.platform.inbox.IdempotentConsumer;
import de.kreisunna.ikz.platform.inbox.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Consumes {@code ikz.membership.v1} (channel {@value #CHANNEL}) into the projection; other event types are skipped. */
@ApplicationScoped
public class MembershipEventsConsumer {

    public static final String CHANNEL = "membership-events";

    private final IdempotentConsumer consumer;
    private final MembershipProjection projection;
    private final ObjectMapper json;

    MembershipEventsConsumer(IdempotentConsumer consumer, MembershipProjection projection, ObjectMapper json) {
        this.consumer = consumer;
        this.projection = projection;
        this.json = json;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, this::handle);
    }

    private void handle(IncomingEvent event) {
        if (MembershipChangedV1.TYPE.equals(event.type())) {
            projection.apply(event.dataAs(MembershipChangedV1.class, json));
        }
    }
}
