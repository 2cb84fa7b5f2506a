package de.kreisunna.ikz.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A new town's own system, provisioned with the operators' command against the real Keycloak: its token is a
 * town's token (role, claim, audience, short life), it fetches its town's invoice as XRechnung, files a support
 * request as itself, and after a rotation the old secret and after the revocation the client are refused.
 */
@ExtendWith(SystemStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TownSystemClientIT {

    private static final String TOWN = "sandbox-townsystem-nord";
    private Sandbox sandbox;

    @BeforeAll
    void sandbox() {
        sandbox = Sandbox.create("townsystem", "0597896", "05996", 2038);
    }

    @Test
    void aTownsSystemIsAddedWithTheCommandFetchesItsXRechnungAndIsRotatedAndRevoked() {
        String secret = TownSystems.command("add", "--town", TOWN, "--ags", sandbox.townA).secret();
        String token = TownSystems.token(TOWN, secret);

        JsonNode claims = Keycloak.claims(token);
        assertThat(claims.path("ags").asText()).isEqualTo(sandbox.townA);
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"municipality\"");
        assertThat(claims.path("aud").toString()).contains("ikz-api");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(120);

        Response xrechnung = given().auth().oauth2(token)
                .get(Api.url(Api.COSTING, "/invoices/" + sandbox.invoiceId + "/xrechnung"));
        assertThat(xrechnung.statusCode()).as(xrechnung.asString()).isEqualTo(200);
        assertThat(xrechnung.contentType()).startsWith("application/xml");
        assertThat(xrechnung.asString()).contains(sandbox.invoiceNumber).contains(TestTowns.leitwegId(sandbox.townA));

        String submittedBy = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("ags", sandbox.townA, "category", "APPLICATION_QUESTION",
                        "subject", "Aus dem Fachverfahren von " + sandbox.nameA, "description", "Automatisch gemeldet"))
                .post(Api.url(Api.SUPPORT, "/support-requests"))
                .then().statusCode(201).extract().path("submittedBy");
        assertThat(submittedBy).as("the audit actor of a town's system").isEqualTo("town-system-" + TOWN);

        String rotated = TownSystems.command("rotate", "--town", TOWN).secret();
        assertThat(rotated).isNotEqualTo(secret);
        assertThatThrownBy(() -> TownSystems.token(TOWN, secret)).hasMessageContaining("401");
        String afterRotation = TownSystems.token(TOWN, rotated);
        given().auth().oauth2(afterRotation).get(Api.url(Api.COSTING, "/invoices/" + sandbox.invoiceId + "/pdf"))
                .then().statusCode(200).contentType("application/pdf");

        TownSystems.Run revoked = TownSystems.command("revoke", "--town", TOWN);
        assertThat(revoked.status()).as(revoked.err()).isZero();
        assertThatThrownBy(() -> TownSystems.token(TOWN, rotated)).hasMessageContaining("401");
        assertThat(TownSystems.command("rotate", "--town", TOWN).err()).contains("no client town-system-" + TOWN);
    }

    @Test
    void theRealmsDemoSystemOfATownGetsATownTokenThatTheServicesScopeToItsTown() {
        String token = Keycloak.clientToken("town-system-bergkamen");

        JsonNode claims = Keycloak.claims(token);
        assertThat(claims.path("ags").asText()).isEqualTo(TestTowns.BERGKAMEN);
        assertThat(claims.path("client_id").asText()).isEqualTo("town-system-bergkamen");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"municipality\"");
        List<String> recipients = given().auth().oauth2(token)
                .get(Api.url(Api.COSTING, "/invoices?issuedSince=2019-01-01&limit=500"))
                .then().statusCode(200).extract().jsonPath().getList("recipientAgs", String.class);
        assertThat(recipients).as("Bergkamen's invoices only (none unless the history replay ran)")
                .allMatch(TestTowns.BERGKAMEN::equals);
    }
}
