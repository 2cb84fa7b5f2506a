package de.kreisunna.ikz.support.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.support.request.HistoryEntry;
import de.kreisunna.ikz.support.request.Status;
import de.kreisunna.ikz.support.request.SupportRequest;
import de.kreisunna.ikz.support.webhook.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes the changes of a request to the change feed and queues their webhook deliveries, in the transaction
 * that made the changes. No lock beyond the request's own row: a change is numbered by a sequence (so a request's
 * changes in the order of its history) and placed in the feed after its commit by {@link ChangeSequencer}.
 */
@ApplicationScoped
public class ChangeLog {

    private final EntityManager em;
    private final ObjectMapper json;
    private final WebhookOutbox webhooks;

    ChangeLog(EntityManager em, ObjectMapper json, WebhookOutbox webhooks) {
        this.em = em;
        this.json = json;
        this.webhooks = webhooks;
    }

    /** Records the history entries of {@code request} from index {@code from} on (those this command added). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(SupportRequest request, int from, Instant now) {
        List<HistoryEntry> history = request.history();
        int count = history.size() - from;
        if (count <= 0) {
            return;
        }
        em.flush();   // the request's rows first: the changes refer to them
        for (int i = 0; i < count; i++) {
            int index = from + i;
            HistoryEntry entry = history.get(index);
            UUID changeId = UUID.randomUUID();
            ChangeType type = ChangeType.of(entry.change());
            ChangeEvent event = new ChangeEvent(type.wireName(), entry.at(), new ChangeEvent.Data(changeId,
                    request.id(), request.ags(), request.category(), request.externalReference(), entry.change(),
                    entry.fromStatus(), entry.toStatus(), statusAt(history, index)));
            em.createNativeQuery("""
                    INSERT INTO support_request_change
                        (id, request_id, history_position, event_type, internal, occurred_at, payload)
                    VALUES (:id, :request, :index, :type, :internal, :at, :payload)""")
                    .setParameter("id", changeId)
                    .setParameter("request", request.id()).setParameter("index", index)
                    .setParameter("type", type.wireName()).setParameter("internal", entry.internal() || type.isInternal())
                    .setParameter("at", entry.at()).setParameter("payload", write(event))
                    .executeUpdate();
            if (!entry.internal() && !type.isInternal()) {
                webhooks.enqueue(changeId, request.id(), request.submittedBy(), type.wireName(), now);
            }
        }
    }

    /** The status right after the entry: the last status an entry up to it moved to. */
    private static Status statusAt(List<HistoryEntry> history, int index) {
        for (int i = index; i >= 0; i--) {
            if (history.get(i).toStatus() != null) {
                return history.get(i).toStatus();
            }
        }
        throw new IllegalStateException("a request's history starts with its submission");
    }

    private String write(ChangeEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change event not serialisable", e);
        }
    }
}
