package de.kreisunna.ikz.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RelayEngineTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    /** The outbox table in memory; records every statement the relay would run. */
    static final class FakeStore implements RelayEngine.Store {
        final TreeMap<Long, RelayEngine.PendingEvent> unpublished = new TreeMap<>();
        final Map<Long, Instant> published = new TreeMap<>();
        final List<List<Long>> markStatements = new ArrayList<>();
        final List<Integer> readLimits = new ArrayList<>();
        boolean lockFree = true;
        boolean databaseDown;

        void add(long... positions) {
            for (long p : positions) {
                unpublished.put(p, new RelayEngine.PendingEvent(p, "id-" + p, "t", "key-" + (p % 2), "{}", NOW, null));
            }
        }

        @Override
        public boolean tryLock() {
            return lockFree;
        }

        @Override
        public List<RelayEngine.PendingEvent> pending(Set<Long> excluded, int limit) {
            readLimits.add(limit);
            return unpublished.values().stream().filter(e -> !excluded.contains(e.position())).limit(limit).toList();
        }

        @Override
        public void markPublished(List<Long> positions, Instant at) {
            if (databaseDown) {
                throw new IllegalStateException("database down");
            }
            markStatements.add(List.copyOf(positions));
            positions.forEach(p -> {
                unpublished.remove(p);
                published.put(p, at);
            });
        }
    }

    /** The producer: remembers every send; the test acknowledges or fails them. */
    static final class FakeSender implements RelayEngine.Sender {
        final List<Long> sent = new ArrayList<>();
        final Map<Long, CompletableFuture<Void>> acks = new TreeMap<>();

        @Override
        public CompletionStage<Void> send(RelayEngine.PendingEvent event) {
            sent.add(event.position());
            CompletableFuture<Void> ack = new CompletableFuture<>();
            acks.put(event.position(), ack);
            return ack;
        }

        void ack(long... positions) {
            for (long p : positions) {
                acks.get(p).complete(null);
            }
        }

        void fail(long position) {
            acks.get(position).completeExceptionally(new IllegalStateException("broker said no"));
        }
    }

    private final FakeStore store = new FakeStore();
    private final FakeSender sender = new FakeSender();
    private final AtomicInteger wakes = new AtomicInteger();

    private RelayEngine engine(int batchSize, int maxInFlight) {
        return new RelayEngine(store, sender, Clock.fixed(NOW, ZoneOffset.UTC), batchSize, maxInFlight,
                wakes::incrementAndGet);
    }

    @Test
    void aRowInFlightIsNotSentAgainByLaterPassesWhileTheBrokerIsSilent() {
        RelayEngine relay = engine(10, 100);
        store.add(1, 2, 3);

        assertThat(relay.pass()).isEqualTo(3);
        assertThat(relay.pass()).isZero();
        assertThat(relay.pass()).isZero();

        assertThat(sender.sent).containsExactly(1L, 2L, 3L);
        assertThat(relay.inFlight()).isEqualTo(3);
        assertThat(store.published).isEmpty();
    }

    @Test
    void rowsAreSentInOutboxOrderAcrossBatchesInOnePass() {
        RelayEngine relay = engine(2, 100);
        store.add(5, 3, 4, 1, 2);

        assertThat(relay.pass()).isEqualTo(5);

        assertThat(sender.sent).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(store.readLimits).containsExactly(2, 2, 2);
    }

    @Test
    void rowsAreMarkedOnlyAfterTheirAcknowledgementAndEverythingAcknowledgedInOneStatement() {
        RelayEngine relay = engine(10, 100);
        store.add(1, 2, 3, 4);
        relay.pass();

        sender.ack(1, 2, 3);
        assertThat(store.published).isEmpty();
        assertThat(wakes.get()).as("each acknowledgement asks for a pass").isEqualTo(3);
        relay.pass();

        assertThat(store.markStatements).containsExactly(List.of(1L, 2L, 3L));
        assertThat(store.published).containsOnlyKeys(1L, 2L, 3L).containsValue(NOW);
        assertThat(relay.inFlight()).isEqualTo(1);
        assertThat(relay.markedTotal()).isEqualTo(3);
        assertThat(sender.sent).as("nothing sent twice").containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void afterAFailedSendNothingNewIsSentUntilAllOutstandingSettledThenTheFailedRowIsSentAgain() {
        RelayEngine relay = engine(10, 100);
        store.add(1, 2, 3);
        relay.pass();

        sender.fail(1);
        store.add(4);
        assertThat(relay.pass()).as("2 and 3 are still outstanding").isZero();
        sender.ack(2);
        assertThat(relay.pass()).isZero();
        sender.ack(3);
        assertThat(relay.pass()).isEqualTo(2);

        assertThat(sender.sent).containsExactly(1L, 2L, 3L, 1L, 4L);
        assertThat(store.unpublished).containsOnlyKeys(1L, 4L);
    }

    @Test
    void noMoreThanMaxInFlightRowsAreOutstanding() {
        RelayEngine relay = engine(2, 4);
        store.add(1, 2, 3, 4, 5, 6, 7);

        assertThat(relay.pass()).isEqualTo(4);
        assertThat(relay.pass()).isZero();
        sender.ack(1, 2);
        assertThat(relay.pass()).isEqualTo(2);

        assertThat(sender.sent).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void withoutTheRelayLockNothingIsSent() {
        RelayEngine relay = engine(10, 100);
        store.add(1);
        store.lockFree = false;

        assertThat(relay.pass()).isZero();

        assertThat(sender.sent).isEmpty();
    }

    @Test
    void acknowledgedRowsThatCouldNotBeMarkedStayInFlightAndAreMarkedLaterWithoutBeingSentAgain() {
        RelayEngine relay = engine(10, 100);
        store.add(1, 2);
        relay.pass();
        sender.ack(1, 2);
        store.databaseDown = true;

        assertThatThrownBy(relay::pass).hasMessageContaining("database down");
        store.databaseDown = false;
        relay.pass();

        assertThat(store.markStatements).containsExactly(List.of(1L, 2L));
        assertThat(sender.sent).containsExactly(1L, 2L);
    }

    @Test
    void awaitSettledReturnsOnceEverySendWasAnswered() throws InterruptedException {
        RelayEngine relay = engine(10, 100);
        store.add(1, 2);
        relay.pass();

        assertThat(relay.awaitSettled(Duration.ofMillis(20))).isFalse();
        sender.ack(1);
        sender.fail(2);
        assertThat(relay.awaitSettled(Duration.ofMillis(20))).isTrue();
    }

    @Test
    void aProducerThatRefusesASendStopsThePassAtThatRow() {
        RelayEngine relay = new RelayEngine(store, event -> {
            if (event.position() == 2) {
                throw new IllegalStateException("buffer full");
            }
            return sender.send(event);
        }, Clock.fixed(NOW, ZoneOffset.UTC), 10, 100, () -> { });
        store.add(1, 2, 3);

        assertThat(relay.pass()).isEqualTo(1);

        assertThat(sender.sent).containsExactly(1L);
    }

    @Test
    void markOnlyMarksWhatWasAcknowledgedAndSendsNothingNew() {
        RelayEngine relay = engine(10, 100);
        store.add(1);
        relay.pass();
        sender.ack(1);
        store.add(2);

        relay.markOnly();

        assertThat(store.published).containsOnlyKeys(1L);
        assertThat(sender.sent).containsExactly(1L);
    }
}
