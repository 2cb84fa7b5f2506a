package de.kreisunna.ikz.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.stack.LocalCredentials;
import de.kreisunna.ikz.stack.StackConfig;
import de.kreisunna.ikz.stack.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A town user created through Keycloak's admin API, as docs/operations.md ("Adding a town") says, gets the
 * {@code ags} claim in its token: the realm's user profile declares the attribute (Keycloak discards undeclared
 * ones) and refuses a value that is not an AGS.
 */
@ExtendWith(SystemStack.class)
class TownUserProfileIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aTownUserCreatedThroughTheAdminApiGetsItsAgsClaimInTheToken() throws Exception {
        HttpResponse<String> created = admin("POST", "/users", Map.of("username", "profile-sb1", "enabled", true,
                "email", "profile-sb1@ikz.example", "firstName", "Sachbearbeitung", "lastName", "Profilstadt",
                "attributes", Map.of("ags", List.of("05978712"))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String userId = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        JsonNode role = JSON.readTree(admin("GET", "/roles/municipality", null).body());
        assertThat(admin("POST", "/users/" + userId + "/role-mappings/realm", List.of(role)).statusCode()).isEqualTo(204);
        assertThat(admin("PUT", "/users/" + userId + "/reset-password",
                Map.of("type", "password", "value", "profile-demo", "temporary", false)).statusCode()).isEqualTo(204);

        String token = Tokens.request(SystemStack.stack().tokenUrl(), Map.of("grant_type", "password",
                "client_id", LocalCredentials.PORTAL_CLIENT, "username", "profile-sb1", "password", "profile-demo"));

        JsonNode claims = Keycloak.claims(token);
        assertThat(claims.path("ags").asText()).isEqualTo("05978712");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"municipality\"");
    }

    @Test
    void aUserWithAnAgsThatIsNotEightDigitsIsRefused() throws Exception {
        HttpResponse<String> refused = admin("POST", "/users", Map.of("username", "profile-bad-ags", "enabled", true,
                "email", "profile-bad@ikz.example", "firstName", "Falsch", "lastName", "Profilstadt",
                "attributes", Map.of("ags", List.of("5978712"))));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("8 Ziffern");
        assertThat(admin("GET", "/users?exact=true&username=profile-bad-ags", null).body()).isEqualTo("[]");
    }

    private static HttpResponse<String> admin(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SystemStack.stack().keycloakUrl() + "/admin/realms/"
                        + StackConfig.REALM + path))
                .header("Authorization", "Bearer " + Keycloak.masterAdminToken())
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
