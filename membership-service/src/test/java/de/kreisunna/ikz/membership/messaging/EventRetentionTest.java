package de.kreisunna.ikz.membership.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.platform.retention.EventRetention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Retention of the event tables (30 days each by default; batches of 2 in tests): published outbox rows and
 * consumed-event ids past their retention are deleted, in as many batches as it takes; younger rows and every
 * unpublished outbox row, however old, stay.
 */
@QuarkusTest
class EventRetentionTest {

    private static final Duration DAY = Duration.ofDays(1);

    @Inject
    EventRetention retention;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Test
    void publishedOutboxRowsAndProcessedEventIdsOlderThanTheirRetentionAreDeletedAndUnpublishedRowsStay() {
        String subject = "retention-" + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 5; i++) {
                outboxRow(subject, "published 31 days ago", now.minus(DAY.multipliedBy(40)), now.minus(DAY.multipliedBy(31)));
                processedEvent(subject, "processed 31 days ago", now.minus(DAY.multipliedBy(31)));
            }
            outboxRow(subject, "published 29 days ago", now.minus(DAY.multipliedBy(40)), now.minus(DAY.multipliedBy(29)));
            outboxRow(subject, "never published", now.minus(DAY.multipliedBy(90)), null);
            processedEvent(subject, "processed 29 days ago", now.minus(DAY.multipliedBy(29)));
        });

        EventRetention.Purged purged = retention.purge();

        assertThat(purged.outboxRows()).isGreaterThanOrEqualTo(5);
        assertThat(purged.processedEvents()).isGreaterThanOrEqualTo(5);
        assertThat(remaining("SELECT payload ->> 'note' FROM outbox_event WHERE subject = :subject ORDER BY position",
                subject)).containsExactly("published 29 days ago", "never published");
        assertThat(remaining("SELECT event_type FROM processed_event WHERE subject = :subject", subject))
                .containsExactly("processed 29 days ago");
    }

    private void outboxRow(String subject, String note, OffsetDateTime occurredAt, OffsetDateTime publishedAt) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO outbox_event (event_id, event_type, subject, payload, occurred_at)
                VALUES (:id, 'ikz.test.Retention.v1', :subject, jsonb_build_object('note', CAST(:note AS text)),
                        :occurredAt)""")
                .setParameter("id", id)
                .setParameter("subject", subject)
                .setParameter("note", note)
                .setParameter("occurredAt", occurredAt)
                .executeUpdate();
        if (publishedAt != null) {
            em.createNativeQuery("UPDATE outbox_event SET published_at = :at WHERE event_id = :id")
                    .setParameter("at", publishedAt)
                    .setParameter("id", id)
                    .executeUpdate();
        }
    }

    private void processedEvent(String subject, String type, OffsetDateTime processedAt) {
        em.createNativeQuery("""
                INSERT INTO processed_event (event_id, event_type, subject, processed_at)
                VALUES (:id, :type, :subject, :at)""")
                .setParameter("id", UUID.randomUUID().toString())
                .setParameter("type", type)
                .setParameter("subject", subject)
                .setParameter("at", processedAt)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<String> remaining(String query, String subject) {
        return QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery(query, String.class).setParameter("subject", subject).getResultList());
    }
}
