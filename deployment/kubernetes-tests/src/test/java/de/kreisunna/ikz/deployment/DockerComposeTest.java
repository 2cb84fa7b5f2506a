package de.kreisunna.ikz.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import de.kreisunna.ikz.stack.KafkaTopology;
import de.kreisunna.ikz.stack.KafkaTopology.Grant;
import de.kreisunna.ikz.stack.LocalCredentials;

/** docker-compose.yml: accepted by docker-compose, and the same system as the local stack. */
class DockerComposeTest {

    private static final JsonNode COMPOSE = RealmImportTest.readYaml(Project.read(Project.COMPOSE_FILE)).path("services");
    private static final String ALLOWED_URLS = "-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=";
    /** Variables of the apache/kafka image that are JVM settings, not broker properties. */
    private static final Set<String> KAFKA_IMAGE_VARIABLES = Set.of("KAFKA_OPTS", "KAFKA_HEAP_OPTS", "KAFKA_JMX_OPTS",
            "KAFKA_LOG4J_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_GC_LOG_OPTS");
    /** Where the broker listens and what it announces differ in a container; the listener names and ports do not. */
    private static final Set<String> ADDRESS_KEYS = Set.of("listeners", "advertised.listeners",
            "controller.quorum.bootstrap.servers");

    @Test
    void dockerComposeAcceptsTheFile() {
        Skips.unless(Commands.onPath("docker-compose"), "docker-compose is not installed (.ci/run installs Debian's package)");

        Commands.Result result = Commands.exec(List.of("docker-compose", "-f", Project.COMPOSE_FILE.toString(), "config", "-q"));

        assertThat(result.exitCode()).as(result.stderr()).isZero();
    }

    @Test
    void eachServiceGetsExactlyTheVariablesItReads() {
        for (String service : Project.SERVICES) {
            Set<String> names = new TreeSet<>(environment(service).keySet());
            names.remove("JAVA_TOOL_OPTIONS");

            assertThat(names).as(service + ": variables in docker-compose.yml vs read by application.properties")
                    .isEqualTo(ServiceConfig.of(service).environmentVariables());
        }
    }

    @Test
    void eachServiceJvmAllowsItsKafkaTokenUrl() {
        for (String service : Project.SERVICES) {
            Map<String, String> env = environment(service);

            assertThat(env.get("JAVA_TOOL_OPTIONS").split("\\s+")).as(service)
                    .contains(ALLOWED_URLS + env.get("IKZ_KAFKA_TOKEN_URL"));
        }
    }

    @Test
    void eachServiceIsBuiltFromItsDockerfileAndPublishesItsPortAndItsManagementPortOnLoopback() {
        for (String service : Project.SERVICES) {
            JsonNode compose = COMPOSE.path(service);
            String port = environment(service).get("IKZ_HTTP_PORT");

            assertThat(Project.ROOT.resolve(compose.path("build").path("context").asText())
                    .resolve(compose.path("build").path("dockerfile").asText()).normalize())
                    .isEqualTo(Project.ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm"));
            String management = environment(service).get("IKZ_MANAGEMENT_PORT");
            // the API on every interface; health and metrics (the management port) on the host's loopback only
            assertThat(KafkaTopologyTest.texts(compose.path("ports")))
                    .containsExactly(port + ":" + port, "127.0.0.1:" + management + ":" + management);
        }
    }

    @Test
    void keycloakImportsTheRealmFileOfTheLocalStack() {
        JsonNode keycloak = COMPOSE.path("keycloak");

        assertThat(KafkaTopologyTest.texts(keycloak.path("command"))).contains("--import-realm");
        assertThat(KafkaTopologyTest.texts(keycloak.path("volumes"))).contains(
                "./" + RealmImportGenerator.REALM_FILE + ":/opt/keycloak/data/import/ikz-sozialwesen-realm.json:ro");
    }

    /**
     * Every broker property of the local stack's template, filled in with this network's URLs, is set on the
     * compose broker with the same value, and the compose broker sets nothing else.
     */
    @Test
    void kafkaHasTheBrokerSettingsOfTheLocalStack() {
        Map<String, String> env = environment("kafka");
        String tokenUrl = environment("membership-service").get("IKZ_KAFKA_TOKEN_URL");
        String jwksUrl = tokenUrl.replaceFirst("/token$", "/certs");
        Map<String, String> values = Map.of(
                "kafkaPort", "9092",
                "controllerPort", "9093",
                "dataDir", env.get("KAFKA_LOG_DIRS"),
                "issuer", keycloakIssuer(),
                "jwksUrl", jwksUrl,
                "tokenUrl", tokenUrl,
                "brokerClientSecret", LocalCredentials.clientSecret("kafka-broker"));

        assertThat(withoutHosts(brokerProperties(env))).isEqualTo(withoutHosts(render(KafkaTopologyTest.localBrokerTemplate(), values)));
        assertThat(List.of(env.get("KAFKA_OPTS").replace(ALLOWED_URLS, "").split(","))).containsExactlyInAnyOrder(jwksUrl, tokenUrl);
    }

    @Test
    void setupCreatesTheTopicsAndAclsOfTheTopology() {
        String script = KafkaTopologyTest.texts(COMPOSE.path("kafka-setup").path("entrypoint")).get(2);
        Map<String, Integer> topics = new HashMap<>();
        Matcher topic = Pattern.compile("--create --if-not-exists --topic (\\S+) --partitions (\\d+)").matcher(script);
        while (topic.find()) {
            topics.put(topic.group(1), Integer.parseInt(topic.group(2)));
        }
        Set<Grant> grants = new HashSet<>();
        Matcher acl = Pattern.compile("--add --allow-principal User:(\\S+) ((?:--operation \\S+ )+)--(topic|group) (\\S+)").matcher(script);
        while (acl.find()) {
            for (String operation : acl.group(2).replace("--operation ", "").trim().split(" ")) {
                grants.add(new Grant(acl.group(1), ResourceType.fromString(acl.group(3)), acl.group(4),
                        AclOperation.fromString(operation.toUpperCase(Locale.ROOT))));
            }
        }

        assertThat(topics).isEqualTo(KafkaTopology.TOPICS.stream()
                .collect(Collectors.toMap(KafkaTopology.Topic::name, KafkaTopology.Topic::partitions)));
        assertThat(grants).containsExactlyInAnyOrderElementsOf(KafkaTopology.GRANTS);
        assertThat(script).contains("client.id=kafka-admin");
        assertThat(KafkaTopology.SUPER_USERS).contains("kafka-admin");
    }

    /** The issuer Keycloak puts into tokens here: its pinned hostname and the realm. */
    private static String keycloakIssuer() {
        String hostname = KafkaTopologyTest.texts(COMPOSE.path("keycloak").path("command")).stream()
                .filter(arg -> arg.startsWith("--hostname=")).findFirst()
                .orElseThrow(() -> new AssertionError("Keycloak's issuer is not pinned with --hostname"))
                .substring("--hostname=".length());
        return hostname + "/realms/ikz-sozialwesen";
    }

    /** The apache/kafka image's mapping: KAFKA_A_B__C___D is the property a.b_c-d. */
    static Map<String, String> brokerProperties(Map<String, String> env) {
        Map<String, String> properties = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith("KAFKA_") && !KAFKA_IMAGE_VARIABLES.contains(name)) {
                String key = name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT)
                        .replace("___", "-").replace("__", "\u0000").replace('_', '.').replace('\u0000', '_');
                properties.put(key, value);
            }
        });
        return properties;
    }

    private static Map<String, String> render(Properties template, Map<String, String> values) {
        Map<String, String> rendered = new TreeMap<>();
        for (String key : template.stringPropertyNames()) {
            Matcher m = Pattern.compile("\\{\\{(\\w+)}}").matcher(template.getProperty(key));
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
            }
            rendered.put(key, m.appendTail(out).toString());
        }
        return rendered;
    }

    /** {@code SASL_PLAINTEXT://127.0.0.1:9092} and {@code SASL_PLAINTEXT://kafka:9092} both become {@code SASL_PLAINTEXT://:9092}. */
    private static Map<String, String> withoutHosts(Map<String, String> properties) {
        Map<String, String> result = new TreeMap<>(properties);
        ADDRESS_KEYS.forEach(key -> result.computeIfPresent(key, (k, v) -> v.replaceAll("[A-Za-z0-9.-]+:(\\d+)", ":$1")));
        return result;
    }

    private static Map<String, String> environment(String service) {
        JsonNode environment = COMPOSE.path(service).path("environment");
        assertThat(environment.isObject()).as(service + " environment as a map").isTrue();
        Map<String, String> env = new TreeMap<>();
        environment.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        return env;
    }
}
