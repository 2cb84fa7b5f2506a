package de.kreisunna.ikz.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.kreisunna.ikz.stack.LocalStack;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Real Keycloak tokens against the packaged services: what is accepted and every way a token is refused. */
@ExtendWith(SystemStack.class)
class RestSecurityIT {

    private final LocalStack stack = SystemStack.stack();

    @Test
    void aKeycloakUserTokenIsAcceptedByEveryService() {
        String token = Keycloak.userToken("kopfstelle");

        assertThat(Keycloak.claims(token).at("/realm_access/roles").toString()).contains("kopfstelle");
        for (String service : services()) {
            given().auth().oauth2(token).get(stack.serviceUrl(service) + endpoint(service)).then().statusCode(200);
        }
    }

    @Test
    void aTownUsersTokenCarriesItsAgsAndLimitsItToItsOwnTown() {
        String token = Keycloak.userToken("bergkamen");

        assertThat(Keycloak.claims(token).get("ags").asText()).isEqualTo("05978004");
        given().auth().oauth2(token).get(stack.serviceUrl("membership-service") + "/municipalities/05978008")
                .then().statusCode(404);
        given().auth().oauth2(token).contentType("application/json").body("{\"ags\":\"05978004\",\"name\":\"x\"}")
                .post(stack.serviceUrl("membership-service") + "/municipalities")
                .then().statusCode(403);
    }

    @Test
    void withoutATokenEveryServiceAnswers401() {
        for (String service : services()) {
            given().get(stack.serviceUrl(service) + endpoint(service)).then().statusCode(401);
        }
    }

    @Test
    void anExpiredTokenIs401() throws InterruptedException {
        Keycloak.createClient("""
                {"clientId":"expiry-probe","publicClient":true,"directAccessGrantsEnabled":true,
                 "attributes":{"access.token.lifespan":"1"},
                 "protocolMappers":[{"name":"aud","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
                   "config":{"included.custom.audience":"ikz-api","access.token.claim":"true"}}]}""");
        String token = Keycloak.token(stack.tokenUrl(), java.util.Map.of("grant_type", "password",
                "client_id", "expiry-probe", "username", "admin", "password", Keycloak.DEMO_PASSWORD));
        long lifetime = Keycloak.claims(token).get("exp").asLong() - Keycloak.claims(token).get("iat").asLong();
        assertThat(lifetime).isLessThanOrEqualTo(1);

        Thread.sleep(4_000);

        given().auth().oauth2(token).get(stack.serviceUrl("membership-service") + "/municipalities")
                .then().statusCode(401);
    }

    @Test
    void aForgedTokenIs401() {
        String[] parts = Keycloak.userToken("bergkamen").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"municipality\"", "\"ikz-admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        given().auth().oauth2(forged).get(stack.serviceUrl("membership-service") + "/municipalities")
                .then().statusCode(401);
    }

    @Test
    void aTokenOfAnotherIssuerIs401() {
        String masterToken = Keycloak.masterAdminToken();

        assertThat(Keycloak.claims(masterToken).get("iss").asText()).endsWith("/realms/master");
        given().auth().oauth2(masterToken).get(stack.serviceUrl("membership-service") + "/municipalities")
                .then().statusCode(401);
    }

    @Test
    void aServicesKafkaTokenIsNotAnApiToken() {
        String kafkaToken = Keycloak.clientToken("costing-service");

        assertThat(Keycloak.claims(kafkaToken).get("aud").toString()).contains("kafka").doesNotContain("ikz-api");
        given().auth().oauth2(kafkaToken).get(stack.serviceUrl("costing-service") + "/members")
                .then().statusCode(401);
    }

    @Test
    void theHelpdeskIntegrationGetsItsRoleByClientCredentials() {
        String token = Keycloak.clientToken("prosoz-helpdesk");

        assertThat(Keycloak.claims(token).at("/realm_access/roles").toString()).contains("helpdesk");
        given().auth().oauth2(token).get(stack.serviceUrl("membership-service") + "/municipalities")
                .then().statusCode(403).body("status", equalTo(403));
    }

    private static List<String> services() {
        return List.of("membership-service", "costing-service", "support-service");
    }

    private static String endpoint(String service) {
        return service.equals("membership-service") ? "/municipalities" : "/members";
    }
}
