package de.kreisunna.ikz.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

import de.kreisunna.ikz.stack.KafkaTopology;
import de.kreisunna.ikz.stack.KafkaTopology.Grant;
import de.kreisunna.ikz.stack.Service;

/**
 * The Strimzi resources carry the Kafka topology of the local stack (KafkaTopology): the same topics, the
 * same ACLs, the same super users, and a listener that validates Keycloak tokens as the local broker does.
 */
class KafkaTopologyTest {

    /** The local broker's validator settings, on its listener named sasl_plaintext. */
    private static final String LOCAL_LISTENER_PREFIX = "listener.name.sasl_plaintext.";

    @Test
    void servicesUseOnlyTopicsAndGroupsTheTopologyGrantsThem() {
        for (Service service : Service.ALL) {
            ServiceConfig config = ServiceConfig.of(service.name());
            Set<Grant> grants = new HashSet<>(KafkaTopology.grantsOf(service.clientId()));

            assertThat(config.topicsWritten()).as(service.name() + " writes").isNotEmpty();
            for (String topic : union(config.topicsWritten(), config.deadLetterTopics())) {
                assertThat(grants).as(service.name() + " writes " + topic)
                        .contains(grant(service, ResourceType.TOPIC, topic, AclOperation.WRITE));
            }
            for (String topic : config.topicsRead()) {
                assertThat(grants).as(service.name() + " reads " + topic)
                        .contains(grant(service, ResourceType.TOPIC, topic, AclOperation.READ));
            }
            for (String group : config.consumerGroups()) {
                assertThat(grants).as(service.name() + " consumes in group " + group)
                        .contains(grant(service, ResourceType.GROUP, group, AclOperation.READ));
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> kafkaTopicsAreTheTopicsOfTheLocalStack() {
        return eachOverlay(rendered -> {
            Map<String, Integer> expected = KafkaTopology.TOPICS.stream()
                    .collect(Collectors.toMap(KafkaTopology.Topic::name, KafkaTopology.Topic::partitions));

            assertThat(rendered.ofKind("KafkaTopic").stream().collect(Collectors.toMap(
                    t -> t.path("spec").path("topicName").asText(Rendered.name(t)),
                    t -> t.path("spec").path("partitions").asInt())))
                    .isEqualTo(expected);
        });
    }

    @TestFactory
    Stream<DynamicTest> kafkaUserAclsAreTheGrantsOfTheLocalStack() {
        return eachOverlay(rendered -> {
            Set<Grant> granted = new HashSet<>();
            for (JsonNode user : rendered.ofKind("KafkaUser")) {
                assertThat(user.path("spec").has("authentication")).as(Rendered.describe(user)
                        + " logs in with Keycloak tokens: no Strimzi credentials").isFalse();
                assertThat(user.path("spec").path("authorization").path("type").asText()).isEqualTo("simple");
                for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                    granted.addAll(grants(Rendered.name(user), acl));
                }
            }

            assertThat(granted).containsExactlyInAnyOrderElementsOf(KafkaTopology.GRANTS);
        });
    }

    @TestFactory
    Stream<DynamicTest> superUsersAreThoseOfTheLocalStack() {
        return eachOverlay(rendered -> {
            JsonNode authorization = kafka(rendered).path("spec").path("kafka").path("authorization");

            assertThat(authorization.path("type").asText()).isEqualTo("simple");
            assertThat(texts(authorization.path("superUsers"))).containsExactlyInAnyOrderElementsOf(KafkaTopology.SUPER_USERS);
        });
    }

    @TestFactory
    Stream<DynamicTest> listenerValidatesKeycloakTokensLikeTheLocalBroker() {
        return eachOverlay(rendered -> {
            JsonNode listener = oauthListener(rendered);
            JsonNode authentication = listener.path("authentication");
            JsonNode config = authentication.path("listenerConfig");
            Properties local = localBrokerTemplate();
            JsonNode keycloak = rendered.ofKind("Keycloak").get(0);
            String realm = rendered.ofKind("KeycloakRealmImport").get(0).path("spec").path("realm").path("realm").asText();

            assertThat(authentication.path("type").asText()).isEqualTo("custom");
            assertThat(authentication.path("sasl").asBoolean()).isTrue();
            assertThat(config.path("sasl.enabled.mechanisms").asText()).isEqualTo(local.getProperty("sasl.enabled.mechanisms"));
            for (String key : List.of("oauthbearer.sasl.server.callback.handler.class", "oauthbearer.sasl.jaas.config",
                    "oauthbearer.sasl.oauthbearer.expected.audience", "oauthbearer.sasl.oauthbearer.sub.claim.name")) {
                assertThat(config.path(key).asText()).as(key).isEqualTo(local.getProperty(LOCAL_LISTENER_PREFIX + key));
            }
            assertThat(config.path("oauthbearer.sasl.oauthbearer.expected.issuer").asText()).as("issuer")
                    .isEqualTo(keycloak.path("spec").path("hostname").path("hostname").asText() + "/realms/" + realm);
            String jwks = config.path("oauthbearer.sasl.oauthbearer.jwks.endpoint.url").asText();
            assertThat(jwks).isEqualTo("http://" + Rendered.name(keycloak) + "-service:8080/realms/" + realm
                    + "/protocol/openid-connect/certs");
            assertThat(allowedUrls(rendered)).as("the broker JVM's allowed OAuth URLs").contains(jwks);
        });
    }

    @TestFactory
    Stream<DynamicTest> servicesBootstrapFromTheOAuthListener() {
        return ServiceWorkload.eachOverlayAndService((workload, config) ->
                assertThat(workload.setting("IKZ_KAFKA_BOOTSTRAP")).isEqualTo(Rendered.name(kafka(workload.rendered()))
                        + "-kafka-bootstrap:" + oauthListener(workload.rendered()).path("port").asInt()));
    }

    @TestFactory
    Stream<DynamicTest> replicationFitsTheBrokers() {
        return eachOverlay(rendered -> {
            int brokers = rendered.ofKind("KafkaNodePool").stream()
                    .filter(pool -> texts(pool.path("spec").path("roles")).contains("broker"))
                    .mapToInt(pool -> pool.path("spec").path("replicas").asInt()).sum();
            JsonNode config = kafka(rendered).path("spec").path("kafka").path("config");
            int minInSync = config.path("min.insync.replicas").asInt(1);

            for (String key : List.of("default.replication.factor", "offsets.topic.replication.factor",
                    "transaction.state.log.replication.factor")) {
                assertThat(config.path(key).asInt()).as(key).isBetween(minInSync, brokers);
            }
            assertThat(rendered.ofKind("KafkaTopic")).allSatisfy(topic -> assertThat(topic.path("spec").path("replicas").asInt())
                    .as(Rendered.describe(topic) + " replicas").isBetween(minInSync, brokers));
        });
    }

    static JsonNode kafka(Rendered rendered) {
        List<JsonNode> clusters = rendered.ofKind("Kafka");
        assertThat(clusters).as("Kafka clusters").hasSize(1);
        return clusters.get(0);
    }

    /** The one listener the services use: SASL with the OAuth validator. */
    static JsonNode oauthListener(Rendered rendered) {
        List<JsonNode> listeners = new ArrayList<>();
        for (JsonNode listener : kafka(rendered).path("spec").path("kafka").path("listeners")) {
            if (listener.path("authentication").path("sasl").asBoolean()) {
                listeners.add(listener);
            }
        }
        assertThat(listeners).as("SASL listeners").hasSize(1);
        return listeners.get(0);
    }

    private static List<String> allowedUrls(Rendered rendered) {
        for (JsonNode property : kafka(rendered).path("spec").path("kafka").path("jvmOptions").path("javaSystemProperties")) {
            if (property.path("name").asText().equals("org.apache.kafka.sasl.oauthbearer.allowed.urls")) {
                return List.of(property.path("value").asText().split(","));
            }
        }
        return List.of();
    }

    /** The local stack's broker configuration template (placeholders left in). */
    static Properties localBrokerTemplate() {
        Properties properties = new Properties();
        try (InputStream in = Service.class.getResourceAsStream("kafka-server.properties")) {
            assertThat(in).as("kafka-server.properties of the local stack").isNotNull();
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A Strimzi ACL rule as the local stack's grants: one per operation, literal pattern, any host. */
    private static List<Grant> grants(String user, JsonNode acl) {
        JsonNode resource = acl.path("resource");
        assertThat(acl.path("type").asText("allow")).isEqualTo("allow");
        assertThat(acl.path("host").asText("*")).isEqualTo("*");
        assertThat(resource.path("patternType").asText("literal")).isEqualTo("literal");
        ResourceType type = ResourceType.fromString(resource.path("type").asText());
        return texts(acl.path("operations")).stream()
                .map(op -> new Grant(user, type, resource.path("name").asText(),
                        AclOperation.fromString(op.toUpperCase(Locale.ROOT))))
                .toList();
    }

    private static Grant grant(Service service, ResourceType type, String name, AclOperation operation) {
        return new Grant(service.clientId(), type, name, operation);
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Stream<DynamicTest> eachOverlay(Consumer<Rendered> check) {
        return Project.overlays().stream().map(overlay -> dynamicTest(overlay, () -> check.accept(Kustomize.render(overlay))));
    }
}
