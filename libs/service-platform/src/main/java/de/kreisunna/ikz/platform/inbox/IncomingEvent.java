package de.kreisunna.ikz.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Message;

/** A consumed CloudEvent: its id (the deduplication key), type, subject, JSON data and time (may be null). */
public record IncomingEvent(String id, String type, String subject, String data, Instant time) {

    @SuppressWarnings("unchecked")
    static IncomingEvent of(Message<String> message) {
        IncomingCloudEventMetadata<String> ce = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new PoisonEventException("not a CloudEvent: no ce_id/ce_type headers"));
        if (message.getPayload() == null) {
            throw new PoisonEventException("event " + ce.getId() + " has no data");
        }
        return new IncomingEvent(ce.getId(), ce.getType(), ce.getSubject().orElse(null), message.getPayload(),
                ce.getTimeStamp().map(t -> t.toInstant()).orElse(null));
    }

    /** Reads the data into the consumer's own tolerant-reader record; unreadable data is poison. */
    public <T> T dataAs(Class<T> type, ObjectMapper json) {
        try {
            return json.readValue(data, type);
        } catch (Exception e) {
            throw new PoisonEventException("event " + id + " (" + this.type + ") has unreadable data: " + e.getMessage());
        }
    }
}
