package de.kreisunna.ikz.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Makes the Keycloak operator's {@code KeycloakRealmImport} for the cluster from the realm file of the local
 * stack, so there is one realm and no hand-kept copy. The realm file is a local demo; for the cluster this
 * <ul>
 *   <li>replaces every client secret by a placeholder {@code ${<CLIENT_ID>_CLIENT_SECRET}} that the operator
 *       fills from the Secret {@code <client-id>-client-secret} (key {@code client-secret});</li>
 *   <li>leaves out the demo people (every user that is not a client's service account) and the demo clients of
 *       the towns' own systems (those are added per town with the command of {@code deployment/town-systems});</li>
 *   <li>turns the password grant off for every client (it is enabled for the local demo only);</li>
 *   <li>gives the browser clients (the console, Swagger UI) redirect URIs on the site's hosts instead of loopback:
 *       {@link #SITE_HOST} placeholders that each overlay's site values replace (components/site);</li>
 *   <li>requires TLS for external requests ({@code sslRequired=external}) and drops the "LOCAL DEMO" note from
 *       the display name.</li>
 * </ul>
 * Everything else (roles, clients, mappers, token lifespans) is taken as it is.
 * Run {@code mvn -B -f deployment/kubernetes-tests/pom.xml compile exec:java} after changing the realm file;
 * {@code RealmImportTest} fails while the committed import is stale.
 */
public final class RealmImportGenerator {

    public static final Path REALM_FILE = Path.of("deployment/keycloak/ikz-sozialwesen-realm.json");
    public static final Path REALM_IMPORT = Path.of("deployment/kubernetes/base/keycloak/realm-import.yaml");
    /** The Keycloak custom resource the import belongs to (base/keycloak/keycloak.yaml). */
    public static final String KEYCLOAK_CR_NAME = "ikz-keycloak";
    public static final String SECRET_KEY = "client-secret";
    /**
     * The client ids of the towns' own systems (deployment/town-systems, TownSystemClient.CLIENT_ID_PREFIX; this
     * module is regenerated on its own, so it does not depend on that one).
     */
    public static final String TOWN_SYSTEM_PREFIX = "town-system-";

    /** The host part that components/site replaces with the overlay's host names (consoleHost, membershipHost, …). */
    public static final String SITE_HOST = "site-host.invalid";

    /** The cluster's redirect URIs of the browser clients, in the order components/site replaces their hosts. */
    private static final java.util.Map<String, java.util.List<String>> SITE_REDIRECTS = java.util.Map.of(
            "ikz-console", java.util.List.of("https://" + SITE_HOST + "/*"),
            "ikz-swagger-ui", java.util.List.of(
                    "https://" + SITE_HOST + "/q/swagger-ui/oauth2-redirect.html",     // membership-service
                    "https://" + SITE_HOST + "/q/swagger-ui/oauth2-redirect.html",     // costing-service
                    "https://" + SITE_HOST + "/q/swagger-ui/oauth2-redirect.html"));   // support-service

    private static final String HEADER = """
            # GENERATED from deployment/keycloak/ikz-sozialwesen-realm.json by RealmImportGenerator: do not edit.
            # Regenerate: mvn -B -f deployment/kubernetes-tests/pom.xml compile exec:java
            # Client secrets come from the Secrets <client-id>-client-secret (key client-secret); no demo users.
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private RealmImportGenerator() {
    }

    /** Writes {@link #REALM_IMPORT} from {@link #REALM_FILE}, both relative to the project root. */
    public static void main(String[] args) throws IOException {
        Path root = args.length > 0 ? Path.of(args[0]) : projectRoot();
        String yaml = realmImportYaml(JSON.readTree(root.resolve(REALM_FILE).toFile()));
        Files.writeString(root.resolve(REALM_IMPORT), yaml, StandardCharsets.UTF_8);
        System.out.println("wrote " + root.resolve(REALM_IMPORT));
    }

    /** The whole {@code KeycloakRealmImport} document, as committed. */
    public static String realmImportYaml(JsonNode localRealm) {
        ObjectNode realm = clusterRealm(localRealm);
        ObjectNode doc = JSON.createObjectNode();
        doc.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        doc.put("kind", "KeycloakRealmImport");
        doc.putObject("metadata").put("name", realm.path("realm").asText());
        ObjectNode spec = doc.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK_CR_NAME);
        ObjectNode placeholders = spec.putObject("placeholders");
        for (JsonNode client : clusterClients(localRealm)) {
            if (client.has("secret")) {
                String clientId = client.path("clientId").asText();
                placeholders.putObject(placeholder(clientId)).putObject("secret")
                        .put("name", secretName(clientId))
                        .put("key", SECRET_KEY);
            }
        }
        spec.set("realm", realm);
        try {
            return HEADER + YAML.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realm as the cluster imports it: the local realm with the changes listed in the class comment. */
    public static ObjectNode clusterRealm(JsonNode localRealm) {
        ObjectNode realm = localRealm.deepCopy();
        realm.put("displayName", realm.path("displayName").asText().replaceFirst("\\s*-\\s*LOCAL DEMO.*$", ""));
        realm.put("sslRequired", "external");
        realm.set("clients", clusterClients(localRealm));
        for (JsonNode node : realm.withArray("clients")) {
            ObjectNode client = (ObjectNode) node;
            if (client.has("secret")) {
                client.put("secret", "${" + placeholder(client.path("clientId").asText()) + "}");
            }
            if (client.has("directAccessGrantsEnabled")) {
                client.put("directAccessGrantsEnabled", false);
            }
            java.util.List<String> redirects = SITE_REDIRECTS.get(client.path("clientId").asText());
            if (redirects != null) {
                ArrayNode uris = client.putArray("redirectUris");
                redirects.forEach(uris::add);
            }
        }
        ArrayNode serviceAccounts = JSON.createArrayNode();
        for (JsonNode user : realm.withArray("users")) {
            if (user.hasNonNull("serviceAccountClientId")) {
                serviceAccounts.add(user);
            }
        }
        realm.set("users", serviceAccounts);
        return realm;
    }

    /** The realm file's clients without the demo clients of the towns' own systems. */
    private static ArrayNode clusterClients(JsonNode localRealm) {
        ArrayNode clients = JSON.createArrayNode();
        for (JsonNode client : localRealm.path("clients")) {
            if (!client.path("clientId").asText().startsWith(TOWN_SYSTEM_PREFIX)) {
                clients.add(client.deepCopy());
            }
        }
        return clients;
    }

    /** {@code costing-service} → {@code COSTING_SERVICE_CLIENT_SECRET}. */
    public static String placeholder(String clientId) {
        return clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_CLIENT_SECRET";
    }

    /** The Secret holding a client's secret, shared by the realm import and the client's workload. */
    public static String secretName(String clientId) {
        return clientId + "-client-secret";
    }

    /** The nearest directory at or above the working directory that holds the realm file. */
    public static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(REALM_FILE))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no " + REALM_FILE + " at or above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
