package de.kreisunna.ikz.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The cluster's KeycloakRealmImport is made from the local stack's realm file by RealmImportGenerator, never
 * edited by hand, and carries none of the file's demo secrets or demo people.
 */
class RealmImportTest {

    /** The web console's client: the overlays set its redirect URIs to the console's public host. */
    private static final JsonNode REALM_FILE = readJson(Project.ROOT.resolve(RealmImportGenerator.REALM_FILE));
    private static final String COMMITTED = Project.read(Project.ROOT.resolve(RealmImportGenerator.REALM_IMPORT));

    @Test
    void committedRealmImportIsGeneratedFromTheRealmFile() {
        assertThat(COMMITTED)
                .as("%s is stale: regenerate it with  mvn -B -f deployment/kubernetes-tests/pom.xml compile exec:java",
                        RealmImportGenerator.REALM_IMPORT)
                .isEqualTo(RealmImportGenerator.realmImportYaml(REALM_FILE));
    }

    @Test
    void realmImportHoldsNoSecretValueAndNoDemoPerson() {
        JsonNode spec = readYaml(COMMITTED).path("spec");
        JsonNode realm = spec.path("realm");

        for (JsonNode client : realm.path("clients")) {
            if (client.has("secret")) {
                String clientId = client.path("clientId").asText();
                String placeholder = RealmImportGenerator.placeholder(clientId);
                assertThat(client.path("secret").asText()).as(clientId).isEqualTo("${" + placeholder + "}");
                assertThat(spec.path("placeholders").path(placeholder).path("secret"))
                        .as(placeholder).isEqualTo(new ObjectMapper().createObjectNode()
                                .put("name", RealmImportGenerator.secretName(clientId))
                                .put("key", RealmImportGenerator.SECRET_KEY));
            }
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false)).as(client.path("clientId") + " password grant")
                    .isFalse();
        }
        assertThat(realm.path("users")).isNotEmpty().allSatisfy(user -> {
            assertThat(user.hasNonNull("serviceAccountClientId")).as(user.path("username") + " is a service account").isTrue();
            assertThat(user.has("credentials")).as(user.path("username") + " credentials").isFalse();
        });
        assertThat(COMMITTED).doesNotContain(secretValuesOfTheRealmFile()).doesNotContain("local-demo");
    }

    @Test
    void realmImportKeepsTheRolesClientsMappersAndServiceAccountsOfTheRealmFile() {
        JsonNode realm = readYaml(COMMITTED).path("spec").path("realm");

        assertThat(realm.path("realm")).isEqualTo(REALM_FILE.path("realm"));
        assertThat(realm.path("roles")).isEqualTo(REALM_FILE.path("roles"));
        assertThat(realm.path("accessTokenLifespan")).isEqualTo(REALM_FILE.path("accessTokenLifespan"));
        List<JsonNode> clusterClients = new ArrayList<>();
        REALM_FILE.path("clients").forEach(c -> {
            if (!c.path("clientId").asText().startsWith(RealmImportGenerator.TOWN_SYSTEM_PREFIX)) {
                clusterClients.add(c);
            }
        });
        assertThat(realm.path("clients")).hasSameSizeAs(clusterClients);
        for (int i = 0; i < clusterClients.size(); i++) {
            JsonNode local = clusterClients.get(i);
            JsonNode cluster = realm.path("clients").get(i);
            assertThat(cluster.path("clientId")).isEqualTo(local.path("clientId"));
            assertThat(cluster.path("protocolMappers")).as(local.path("clientId") + " mappers").isEqualTo(local.path("protocolMappers"));
            assertThat(cluster.path("serviceAccountsEnabled")).isEqualTo(local.path("serviceAccountsEnabled"));
        }
        List<JsonNode> serviceAccounts = new ArrayList<>();
        REALM_FILE.path("users").forEach(u -> {
            if (u.has("serviceAccountClientId")) {
                serviceAccounts.add(u);
            }
        });
        assertThat(realm.path("users")).containsExactlyElementsOf(serviceAccounts);
    }

    @Test
    void realmImportHasNoClientOfATownsSystemThoughTheRealmFileHasOneForEachDemoTown() {
        JsonNode realm = readYaml(COMMITTED).path("spec").path("realm");

        List<String> townSystems = new ArrayList<>();
        REALM_FILE.path("clients").forEach(c -> {
            if (c.path("clientId").asText().startsWith(RealmImportGenerator.TOWN_SYSTEM_PREFIX)) {
                townSystems.add(c.path("clientId").asText());
            }
        });
        assertThat(townSystems).hasSize(8);
        assertThat(realm.path("clients")).noneSatisfy(c ->
                assertThat(c.path("clientId").asText()).startsWith(RealmImportGenerator.TOWN_SYSTEM_PREFIX));
        assertThat(COMMITTED).doesNotContain(RealmImportGenerator.TOWN_SYSTEM_PREFIX).doesNotContain("oidc-hardcoded-claim-mapper");
    }

    /** What the cluster receives after kustomize: the realm file with exactly the generator's changes. */
    @TestFactory
    Stream<DynamicTest> renderedRealmImportIsTheRealmFileForTheCluster() {
        return Project.overlays().stream().map(overlay -> dynamicTest(overlay, () -> {
            Rendered rendered = Kustomize.render(overlay);
            JsonNode realmImport = rendered.one("KeycloakRealmImport", REALM_FILE.path("realm").asText());

            JsonNode renderedRealm = realmImport.path("spec").path("realm");
            com.fasterxml.jackson.databind.node.ObjectNode expected = RealmImportGenerator.clusterRealm(REALM_FILE);
            // the browser clients' redirect URIs get the overlay's host names (components/site); the rest is as generated
            for (JsonNode client : expected.withArray("clients")) {
                if (client.path("redirectUris").toString().contains(RealmImportGenerator.SITE_HOST)) {
                    JsonNode actual = client(renderedRealm, client.path("clientId").asText()).path("redirectUris");
                    assertThat(actual).as(overlay + " " + client.path("clientId").asText()).hasSize(client.path("redirectUris").size())
                            .allSatisfy(uri -> assertThat(uri.asText()).startsWith("https://")
                                    .doesNotContain(RealmImportGenerator.SITE_HOST).contains("kreis-unna"));
                    ((com.fasterxml.jackson.databind.node.ObjectNode) client).set("redirectUris", actual);
                }
            }
            assertThat(renderedRealm).isEqualTo(expected);
            rendered.one("Keycloak", realmImport.path("spec").path("keycloakCRName").asText());
        }));
    }

    private static ObjectNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return (ObjectNode) client;
            }
        }
        throw new AssertionError("no client " + clientId + " in the realm");
    }

    private static List<String> secretValuesOfTheRealmFile() {
        List<String> values = new ArrayList<>();
        REALM_FILE.path("clients").forEach(c -> {
            if (c.has("secret")) {
                values.add(c.path("secret").asText());
            }
        });
        assertThat(values).as("the realm file's client secrets").isNotEmpty();
        return values;
    }

    private static JsonNode readJson(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readYaml(String yaml) {
        try {
            return new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
