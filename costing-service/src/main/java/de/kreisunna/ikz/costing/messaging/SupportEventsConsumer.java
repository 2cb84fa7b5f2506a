package de.kreisunna.ikz.costing.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.costing.licence.LicenceChangedV1;
import de.kreisunna.ikz.costing.licence.LicenceLedger;
import de.kreisunna.ikz.platform.inbox.IdempotentConsumer;
import de.kreisunna.ikz.platform.inbox.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes {@code ikz.support.v1} (channel {@value #CHANNEL}): granted licences go into the licence counts;
 * the support service's other event types are skipped (tolerant reader).
 */
@ApplicationScoped
public class SupportEventsConsumer {

    public static final String CHANNEL = "support-events";

    private final IdempotentConsumer consumer;
    private final LicenceLedger licences;
    private final ObjectMapper json;

    SupportEventsConsumer(IdempotentConsumer consumer, LicenceLedger licences, ObjectMapper json) {
        this.consumer = consumer;
        this.licences = licences;
        this.json = json;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, Set.of(LicenceChangedV1.TYPE), this::handle);
    }

    private void handle(IncomingEvent event) {
        if (LicenceChangedV1.TYPE.equals(event.type())) {
            licences.record(event.dataAs(LicenceChangedV1.class, json));
        }
    }
}
