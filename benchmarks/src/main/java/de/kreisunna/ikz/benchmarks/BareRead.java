package de.kreisunna.ikz.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * The bare reference for the town-scoped read: what the stack allows for {@code GET /support-requests/{id}} without
 * a framework or domain logic. The JDK's HTTP server, the token's signature, issuer and expiry checked with jose4j
 * against Keycloak's keys (fetched once), and one prepared {@code SELECT} of the request's row for the token's town
 * on a connection of the thread's own; the answer is a small JSON object. Runs inside the benchmark process on a
 * free loopback port, with as many threads as the load has connections.
 */
final class BareRead implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final JwtConsumer tokens;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final List<Connection> connections = Collections.synchronizedList(new ArrayList<>());
    private final ThreadLocal<PreparedStatement> select = new ThreadLocal<>();

    private BareRead(String jwksUrl, String issuer, String jdbcUrl, String user, String password, int threads)
            throws IOException {
        this.tokens = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(jwksUrl)))
                .setExpectedIssuer(issuer)
                .setRequireExpirationTime()
                .setSkipDefaultAudienceValidation()
                .build();
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.threads = Executors.newFixedThreadPool(threads);
        // without it the JDK's server waits for delayed acknowledgements (about 40 ms per answer on keep-alive)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.createContext("/support-requests/", this::read);
        server.setExecutor(this.threads);
        server.start();
    }

    static BareRead start(String jwksUrl, String issuer, String jdbcUrl, String user, String password, int threads)
            throws IOException {
        return new BareRead(jwksUrl, issuer, jdbcUrl, user, password, threads);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void read(HttpExchange exchange) throws IOException {
        try {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String ags;
            try {
                ags = tokens.processToClaims(authorization == null ? "" : authorization.replaceFirst("^Bearer ", ""))
                        .getStringClaimValue("ags");
            } catch (InvalidJwtException | org.jose4j.jwt.MalformedClaimException e) {
                answer(exchange, 401, "{\"status\":401}");
                return;
            }
            UUID id;
            try {
                id = UUID.fromString(URI.create(exchange.getRequestURI().getPath()).getPath()
                        .substring("/support-requests/".length()));
            } catch (IllegalArgumentException e) {
                answer(exchange, 400, "{\"status\":400}");
                return;
            }
            PreparedStatement statement = statement();
            statement.setObject(1, id);
            statement.setString(2, ags);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    answer(exchange, 404, "{\"status\":404}");
                    return;
                }
                answer(exchange, 200, "{\"id\":\"%s\",\"ags\":\"%s\",\"status\":\"%s\",\"subject\":\"%s\"}".formatted(
                        row.getObject(1), row.getString(2), row.getString(3), row.getString(4).replace("\"", "\\\"")));
            }
        } catch (SQLException e) {
            select.remove();
            answer(exchange, 500, "{\"status\":500}");
        } finally {
            exchange.close();
        }
    }

    private PreparedStatement statement() throws SQLException {
        PreparedStatement statement = select.get();
        if (statement == null) {
            Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
            connections.add(connection);
            statement = connection.prepareStatement(
                    "SELECT id, ags, status, subject FROM support_request WHERE id = ? AND ags = ?");
            select.set(statement);
        }
        return statement;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        synchronized (connections) {
            for (Connection connection : connections) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    // closing at the end of the benchmark
                }
            }
        }
    }
}
