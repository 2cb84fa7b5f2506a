package de.kreisunna.ikz.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 from the zonky binaries, with one database and owner per service plus one for Keycloak.
 * The server runs as its own daemon (pg_ctl), so it is stopped through {@link EmbeddedPostgres#close()}.
 */
final class PostgresServer implements AutoCloseable {

    static final String KEYCLOAK_DATABASE = "keycloak";

    private final EmbeddedPostgres postgres;
    private final int port;

    private PostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    static PostgresServer start(int port, Path dataDir, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new PostgresServer(postgres, port);
        } catch (IOException | RuntimeException e) {
            throw new StackException("PostgreSQL did not start on port " + port + ": " + e.getMessage()
                    + System.lineSeparator() + "Log: " + logFile + System.lineSeparator()
                    + ChildProcess.tail(logFile, 30), e);
        }
    }

    /** Creates what is missing; resets the password so the data directory keeps working if it changes. */
    void ensureDatabases(List<String> databases) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String db : databases) {
                String password = LocalCredentials.databasePassword(db);
                if (exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", db)) {
                    s.execute("ALTER ROLE " + db + " LOGIN PASSWORD '" + password + "'");
                } else {
                    s.execute("CREATE ROLE " + db + " LOGIN PASSWORD '" + password + "'");
                }
                if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", db)) {
                    s.execute("CREATE DATABASE " + db + " OWNER " + db);
                }
            }
        } catch (SQLException e) {
            throw new StackException("PostgreSQL on port " + port + ": cannot create the databases: "
                    + e.getMessage(), e);
        }
    }

    /** Drops a database with its open connections and creates it empty. */
    void recreateDatabase(String db) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + db + " OWNER " + db);
        } catch (SQLException e) {
            throw new StackException("PostgreSQL on port " + port + ": cannot recreate database " + db + ": "
                    + e.getMessage(), e);
        }
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new StackException("PostgreSQL on port " + port + " did not stop cleanly: " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
