package de.kreisunna.ikz.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The outbox table as the relay sees it, over one connection of its own in auto-commit mode: no statement
 * of the relay keeps a transaction open, and none waits for the broker. The relay lock is a session-level
 * advisory lock on that connection, so it is held exactly as long as the connection lives (a crashed
 * replica's lock goes with its connection).
 */
final class JdbcOutboxStore implements RelayEngine.Store {

    /** Any fixed number: each service has its own database, so it only has to be unique there. */
    static final long RELAY_LOCK = 7_417_001L;
    private static final Logger LOG = Logger.getLogger(JdbcOutboxStore.class);

    private final DataSource dataSource;
    private Connection connection;
    private boolean locked;

    JdbcOutboxStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized boolean tryLock() {
        if (locked) {
            return true;
        }
        return run(c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                lock.setLong(1, RELAY_LOCK);
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    locked = rs.getBoolean(1);
                }
            }
            if (!locked) {
                close();   // another replica relays; do not keep a connection for nothing
            }
            return locked;
        });
    }

    @Override
    public synchronized List<RelayEngine.PendingEvent> pending(Set<Long> excluded, int limit) {
        return run(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT position, event_id, event_type, subject, payload::text, occurred_at, traceparent FROM outbox_event
                    WHERE published_at IS NULL AND position <> ALL (?) ORDER BY position LIMIT ?""")) {
                select.setArray(1, c.createArrayOf("bigint", excluded.toArray()));
                select.setInt(2, limit);
                List<RelayEngine.PendingEvent> rows = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new RelayEngine.PendingEvent(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                                rs.getString(7)));
                    }
                }
                return rows;
            }
        });
    }

    @Override
    public synchronized void markPublished(List<Long> positions, Instant at) {
        run(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE outbox_event SET published_at = ? WHERE position = ANY (?) AND published_at IS NULL")) {
                update.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                update.setArray(2, c.createArrayOf("bigint", positions.toArray()));
                return update.executeUpdate();
            }
        });
    }

    /** Gives the connection (and with it the relay lock) back, e.g. at shutdown. */
    synchronized void close() {
        locked = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("closing the relay's connection: %s", e.getMessage());
            }
            connection = null;
        }
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try {
            if (connection == null) {
                connection = dataSource.getConnection();
                connection.setAutoCommit(true);
            }
            return work.on(connection);
        } catch (SQLException e) {
            close();   // a broken connection has lost the lock too: start over with a new one
            throw new IllegalStateException("outbox table: " + e.getMessage(), e);
        }
    }
}
