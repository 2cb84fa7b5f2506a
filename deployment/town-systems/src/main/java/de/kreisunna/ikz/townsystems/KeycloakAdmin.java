package de.kreisunna.ikz.townsystems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The few calls of Keycloak's admin REST API that the town systems need, as an administrator of the master realm
 * (password grant of Keycloak's own {@code admin-cli} client). Every unexpected answer is an exception naming the
 * call and Keycloak's answer.
 */
public final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String serverUrl;
    private final String realm;
    private final String adminUser;
    private final String adminPassword;

    /**
     * @param serverUrl Keycloak's base URL, e.g. {@code http://127.0.0.1:8180} (the admin API must be reachable there)
     * @param realm the realm the clients are in
     */
    public KeycloakAdmin(String serverUrl, String realm, String adminUser, String adminPassword) {
        this.serverUrl = serverUrl.replaceAll("/+$", "");
        this.realm = realm;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    /** Keycloak's internal id of the client, if the realm has one with this client id. */
    public Optional<String> findClient(String clientId) {
        HttpResponse<String> response = send(admin("/clients?clientId=" + encode(clientId)).GET(), "looking up " + clientId);
        expect(response, 200, "looking up " + clientId);
        for (JsonNode client : read(response)) {
            if (clientId.equals(client.path("clientId").asText())) {
                return Optional.of(client.path("id").asText());
            }
        }
        return Optional.empty();
    }

    /** Creates the client; answers its internal id. A client with the same client id is refused. */
    public String createClient(JsonNode representation) {
        String clientId = representation.path("clientId").asText();
        HttpResponse<String> response = send(admin("/clients").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(representation.toString())), "creating " + clientId);
        if (response.statusCode() == 409) {
            throw new IllegalStateException("the realm " + realm + " has a client " + clientId + " already");
        }
        expect(response, 201, "creating " + clientId);
        return findClient(clientId).orElseThrow(() -> new IllegalStateException(clientId + " vanished after creation"));
    }

    /** The client's current secret. */
    public String secret(String id) {
        HttpResponse<String> response = send(admin("/clients/" + id + "/client-secret").GET(), "reading a secret");
        expect(response, 200, "reading a secret");
        return read(response).path("value").asText();
    }

    /** Replaces the client's secret by a new one Keycloak generates; the old one is refused from now on. */
    public String regenerateSecret(String id) {
        HttpResponse<String> response = send(admin("/clients/" + id + "/client-secret")
                .POST(HttpRequest.BodyPublishers.noBody()), "regenerating a secret");
        expect(response, 200, "regenerating a secret");
        return read(response).path("value").asText();
    }

    public void deleteClient(String id) {
        HttpResponse<String> response = send(admin("/clients/" + id).DELETE(), "deleting a client");
        expect(response, 204, "deleting a client");
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(serverUrl + "/admin/realms/" + encode(realm) + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + adminToken());
    }

    private String adminToken() {
        String form = Map.of("grant_type", "password", "client_id", "admin-cli", "username", adminUser,
                        "password", adminPassword).entrySet().stream()
                .map(e -> e.getKey() + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(serverUrl + "/realms/master/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = send(request, "logging in as " + adminUser);
        expect(response, 200, "logging in to the master realm as " + adminUser);
        return read(response).path("access_token").asText();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String what) {
        return send(request.build(), what);
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(what + ": Keycloak at " + serverUrl + " did not answer (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + ": interrupted", e);
        }
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": Keycloak answered " + response.statusCode() + " " + response.body());
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak's answer is not JSON: " + response.body(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
