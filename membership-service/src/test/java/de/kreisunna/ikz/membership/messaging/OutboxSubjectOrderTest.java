package de.kreisunna.ikz.membership.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.platform.outbox.DomainEvent;
import de.kreisunna.ikz.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/**
 * Events about one subject (one Kafka key) get their outbox positions in commit order, and a transaction that
 * wrote such an event does not hold up another one about the same subject for the rest of its work: the subject's
 * lock is taken only when the events are written, right before the commit.
 */
@QuarkusTest
class OutboxSubjectOrderTest {

    record Probe(String subject, String note) implements DomainEvent {
        @Override
        public String type() {
            return "ikz.test.Probe.v1";
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Test
    void aTransactionStillAtWorkDoesNotHoldUpAnotherAboutTheSameSubjectAndPositionsFollowTheCommits()
            throws Exception {
        String subject = "05978873";
        CountDownLatch added = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> slow = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.add(new Probe(subject, "added first, committed last"));
                added.countDown();
                await(release);
            }));
            assertThat(added.await(10, TimeUnit.SECONDS)).isTrue();

            threads.submit(() -> QuarkusTransaction.requiringNew().run(() ->
                    outbox.add(new Probe(subject, "added second, committed first")))).get(10, TimeUnit.SECONDS);
            release.countDown();
            slow.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }

        List<String> byPosition = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT payload ->> 'note' FROM outbox_event WHERE subject = :subject AND event_type = 'ikz.test.Probe.v1'
                ORDER BY position""", String.class).setParameter("subject", subject).getResultList());
        assertThat(byPosition).containsExactly("added second, committed first", "added first, committed last");
    }

    @Test
    void writingTheEventsAtCommitLeavesNoConnectionOpenForThePoolToCloseAndTheRowIsCommitted() {
        List<String> poolWarnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    poolWarnings.add(new SimpleFormatter().formatMessage(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger pool = Logger.getLogger("io.agroal.pool");
        pool.addHandler(handler);
        String subject = "05978874";
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("SELECT count(*) FROM outbox_event").getSingleResult();   // the caller's own work
                outbox.add(new Probe(subject, "written at commit"));
            });
        } finally {
            pool.removeHandler(handler);
        }

        assertThat(poolWarnings).isEmpty();
        List<String> notes = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT payload ->> 'note' FROM outbox_event WHERE subject = :subject AND event_type = 'ikz.test.Probe.v1'""",
                String.class).setParameter("subject", subject).getResultList());
        assertThat(notes).containsExactly("written at commit");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
