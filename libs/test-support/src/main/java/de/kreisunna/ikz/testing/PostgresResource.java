package de.kreisunna.ikz.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL 17 (embedded binaries, no container) for {@code @QuarkusTest}s. One server per test
 * JVM; every Quarkus application started gets a fresh database owned by a non-superuser, like production.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    @Override
    public Map<String, String> start() {
        String db = "test_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + db + " LOGIN PASSWORD '" + db + "'");
            s.execute("CREATE DATABASE " + db + " OWNER " + db);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + db, e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + server().getPort() + "/" + db,
                "quarkus.datasource.username", db,
                "quarkus.datasource.password", db);
    }

    @Override
    public void stop() {
        // the server lives as long as the test JVM; zonky stops it in a shutdown hook
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
        return server;
    }
}
