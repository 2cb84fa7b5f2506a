package de.kreisunna.ikz.townsystems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TownSystemClientTest {

    private static final Path REALM_FILE = Path.of("deployment/keycloak/ikz-sozialwesen-realm.json");
    private static final Map<String, String> EIGHT_TOWNS = new LinkedHashMap<>();

    static {
        EIGHT_TOWNS.put("bergkamen", "05978004");
        EIGHT_TOWNS.put("boenen", "05978008");
        EIGHT_TOWNS.put("holzwickede", "05978016");
        EIGHT_TOWNS.put("luenen", "05978024");
        EIGHT_TOWNS.put("schwerte", "05978028");
        EIGHT_TOWNS.put("selm", "05978032");
        EIGHT_TOWNS.put("unna", "05978036");
        EIGHT_TOWNS.put("werne", "05978040");
    }

    @Test
    void theRealmFileHasADemoClientForEachOfTheEightTownsShapedExactlyAsTheCommandCreatesThem() throws IOException {
        List<String> seen = new ArrayList<>();
        for (JsonNode client : realm().path("clients")) {
            String clientId = client.path("clientId").asText();
            if (!clientId.startsWith(TownSystemClient.CLIENT_ID_PREFIX)) {
                continue;
            }
            String town = clientId.substring(TownSystemClient.CLIENT_ID_PREFIX.length());
            seen.add(town);
            ObjectNode withoutSecret = client.deepCopy();
            assertThat(withoutSecret.remove("secret").asText()).as(clientId + " is a labelled local demo secret")
                    .isEqualTo(clientId + "-local-demo-secret");
            assertThat(withoutSecret).as(clientId).isEqualTo(TownSystemClient.representation(town, EIGHT_TOWNS.get(town)));
        }
        assertThat(seen).containsExactlyElementsOf(EIGHT_TOWNS.keySet());
    }

    @Test
    void aTownSystemsTokenCarriesTheMunicipalityRoleTheTownsAgsAndTheApiAudienceAndLivesTwoMinutes() {
        JsonNode client = TownSystemClient.representation("froendenberg", "05978012");

        assertThat(client.path("clientId").asText()).isEqualTo("town-system-froendenberg");
        assertThat(client.path("publicClient").asBoolean()).isFalse();
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(client.has("secret")).as("Keycloak generates the secret").isFalse();
        assertThat(client.path("attributes").path("access.token.lifespan").asText()).isEqualTo("120");
        Map<String, JsonNode> mappers = new LinkedHashMap<>();
        client.path("protocolMappers").forEach(m -> mappers.put(m.path("protocolMapper").asText(), m.path("config")));
        assertThat(mappers.get("oidc-hardcoded-role-mapper").path("role").asText()).isEqualTo("municipality");
        assertThat(mappers.get("oidc-hardcoded-claim-mapper").path("claim.name").asText()).isEqualTo("ags");
        assertThat(mappers.get("oidc-hardcoded-claim-mapper").path("claim.value").asText()).isEqualTo("05978012");
        assertThat(mappers.get("oidc-hardcoded-claim-mapper").path("access.token.claim").asText()).isEqualTo("true");
        assertThat(mappers.get("oidc-audience-mapper").path("included.custom.audience").asText()).isEqualTo("ikz-api");
    }

    @Test
    void aTownNameOrAgsOfTheWrongShapeIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> TownSystemClient.representation("Fröndenberg", "05978012"))
                .hasMessageContaining("--town");
        assertThatThrownBy(() -> TownSystemClient.representation("froendenberg", "5978012"))
                .hasMessageContaining("--ags").hasMessageContaining("8-digit");
    }

    private static JsonNode realm() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve(REALM_FILE))) {
            dir = dir.getParent();
        }
        return new ObjectMapper().readTree(dir.resolve(REALM_FILE).toFile());
    }
}
