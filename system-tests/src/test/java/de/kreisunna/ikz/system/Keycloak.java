package de.kreisunna.ikz.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.stack.LocalCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Gets real tokens from the stack's Keycloak and talks to its admin API. */
final class Keycloak {

    static final String DEMO_PASSWORD = LocalCredentials.DEMO_USER_PASSWORD;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Keycloak() {
    }

    /** An access token of a demo user, through the people's client {@code ikz-portal}. */
    static String userToken(String username) {
        return token(SystemStack.stack().tokenUrl(), Map.of("grant_type", "password", "client_id", LocalCredentials.PORTAL_CLIENT,
                "username", username, "password", DEMO_PASSWORD));
    }

    /** An access token of a confidential client (client-credentials grant). */
    static String clientToken(String clientId) {
        return token(SystemStack.stack().tokenUrl(), Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", SystemStack.stack().clientSecret(clientId)));
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

    static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(String tokenUrl, Map<String, String> form) {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request failed: " + response.statusCode() + " " + response.body());
        }
        try {
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
