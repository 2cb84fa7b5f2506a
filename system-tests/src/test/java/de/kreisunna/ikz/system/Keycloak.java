package de.kreisunna.ikz.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.stack.LocalCredentials;
import de.kreisunna.ikz.stack.Tokens;
import de.kreisunna.ikz.stack.StackConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Gets real tokens from the stack's Keycloak and talks to its admin API. */
final class Keycloak {

    static final String DEMO_PASSWORD = LocalCredentials.DEMO_USER_PASSWORD;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Tokens by user or client, reused while they have at least a minute left (tests send hundreds of requests). */
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Keycloak() {
    }

    /** An access token of a demo user, through the people's client {@code ikz-portal}. */
    static String userToken(String username) {
        return Tokens.demoUser(SystemStack.stack(), username);
    }

    /** An access token of a confidential client (client-credentials grant). */
    static String clientToken(String clientId) {
        return token(SystemStack.stack().tokenUrl(), Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", SystemStack.stack().clientSecret(clientId)));
    }

    /** A user's token from the cache, or a new one when the cached one has less than a minute left. */
    static String cachedUserToken(String username) {
        return CACHE.compute("user:" + username, (key, token) -> fresh(token) ? token : userToken(username));
    }

    /** A confidential client's token from the cache, or a new one when the cached one has less than a minute left. */
    static String cachedClientToken(String clientId) {
        return CACHE.compute("client:" + clientId, (key, token) -> fresh(token) ? token : clientToken(clientId));
    }

    /**
     * Creates a town user (role {@code municipality}, claim {@code ags}, password {@link #DEMO_PASSWORD}) for a
     * fictitious town, shaped like the realm's demo users; an existing user of that name is kept. Tests use such
     * towns so that the real towns' keys stay free for the history replay.
     */
    static void createTownUser(String username, String ags) {
        String url = SystemStack.stack().keycloakUrl() + "/admin/realms/" + StackConfig.REALM
                + "/partialImport";
        Map<String, Object> user = Map.of("username", username, "enabled", true,
                "email", username + "@ikz.example", "emailVerified", true,
                "firstName", "Systemtest", "lastName", username,
                "credentials", List.of(Map.of("type", "password", "value", DEMO_PASSWORD, "temporary", false)),
                "realmRoles", List.of("municipality"),
                "attributes", Map.of("ags", List.of(ags)));
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("ifResourceExists", "SKIP", "users", List.of(user)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + masterAdminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("creating user " + username + " failed: " + response.statusCode() + " "
                    + response.body());
        }
    }

    /** A token of Keycloak's own admin, from the master realm (another issuer than ikz-sozialwesen). */
    static String masterAdminToken() {
        return token(SystemStack.stack().keycloakUrl() + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", LocalCredentials.KEYCLOAK_ADMIN_USER, "password", LocalCredentials.KEYCLOAK_ADMIN_PASSWORD));
    }

    /** Creates a client in the realm through the admin API (for test-only clients). */
    static void createClient(String representationJson) {
        String url = SystemStack.stack().keycloakUrl() + "/admin/realms/ikz-sozialwesen/clients";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + masterAdminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(representationJson)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("creating a client failed: " + response.statusCode() + " " + response.body());
        }
    }

    private static boolean fresh(String token) {
        return token != null && claims(token).get("exp").asLong() - Instant.now().getEpochSecond() > 60;
    }

    static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(String tokenUrl, Map<String, String> form) {
        return Tokens.request(tokenUrl, form);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
