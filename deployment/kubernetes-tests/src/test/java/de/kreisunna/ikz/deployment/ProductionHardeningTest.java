package de.kreisunna.ikz.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * What a real installation needs beyond valid manifests: encrypted and verified connections inside the cluster,
 * default-deny networking, exact images, backups through the Barman Cloud plugin, Keycloak's admin console off the
 * internet, Keycloak sized and protected against drains, services spread and shut down gracefully.
 */
class ProductionHardeningTest {

    /** The labels of the pods the operators make (Keycloak, CloudNativePG, Strimzi: brokers and entity operator). */
    private static final Map<String, Map<String, String>> OPERATOR_PODS = Map.of(
            "Keycloak", Map.of("app", "keycloak", "app.kubernetes.io/instance", "ikz-keycloak"),
            "PostgreSQL", Map.of("cnpg.io/cluster", "ikz-postgres", "cnpg.io/podRole", "instance"),
            "Kafka broker", Map.of("strimzi.io/cluster", "ikz-kafka", "strimzi.io/broker-role", "true"),
            "Kafka entity operator", Map.of("strimzi.io/cluster", "ikz-kafka", "strimzi.io/kind", "Kafka"));
    private static final Pattern EXACT_TAG = Pattern.compile(".+:(\\d+\\.\\d+\\.\\d+|\\d+\\.\\d+-[a-z0-9-]+)(@sha256:[0-9a-f]{64})?");

    @TestFactory
    Stream<DynamicTest> aDefaultDenyPolicySelectsEveryPodAndEveryWorkloadHasItsOwnAllows() {
        return eachOverlay(rendered -> {
            List<NetworkPolicy> policies = rendered.allTyped("NetworkPolicy", NetworkPolicy.class);
            assertThat(policies).as("a policy selecting every pod, denying in and out")
                    .anySatisfy(p -> {
                        assertThat(ServiceDeploymentsTest.selectsEveryPod(p.getSpec().getPodSelector())).isTrue();
                        assertThat(p.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
                        assertThat(p.getSpec().getIngress()).isNullOrEmpty();
                        assertThat(p.getSpec().getEgress()).isNullOrEmpty();
                    });
            Map<String, Map<String, String>> pods = new HashMap<>(OPERATOR_PODS);
            for (String service : Project.SERVICES) {
                pods.put(service, new ServiceWorkload(rendered, service).podLabels());
            }
            pods.forEach((what, labels) -> assertThat(policies).as("an allow policy for the " + what + " pods")
                    .anySatisfy(p -> {
                        assertThat(ServiceDeploymentsTest.selectsEveryPod(p.getSpec().getPodSelector())).isFalse();
                        assertThat(matches(p.getSpec().getPodSelector(), labels)).isTrue();
                        assertThat(p.getSpec().getPolicyTypes()).contains("Egress");
                    }));
        });
    }

    @TestFactory
    Stream<DynamicTest> kafkaListenerIsTlsAndTheServicesTrustStrimzisClusterCa() {
        return eachOverlay(rendered -> {
            JsonNode kafka = rendered.ofKind("Kafka").get(0);
            JsonNode listener = kafka.path("spec").path("kafka").path("listeners").get(0);
            assertThat(listener.path("tls").asBoolean()).as("listener tls").isTrue();
            assertThat(kafka.path("spec").path("kafka").path("version").asText()).as("pinned Kafka version")
                    .matches("\\d+\\.\\d+\\.\\d+");
            for (String service : Project.SERVICES) {
                ServiceWorkload workload = new ServiceWorkload(rendered, service);
                assertThat(workload.endpoint("IKZ_KAFKA_BOOTSTRAP").getPort()).isEqualTo(listener.path("port").asInt());
                assertThat(workload.setting("KAFKA_SECURITY_PROTOCOL")).as(service).isEqualTo("SASL_SSL");
                assertThat(workload.setting("KAFKA_SSL_TRUSTSTORE_TYPE")).as(service).isEqualTo("PEM");
                assertThat(mountedSecretFile(workload, workload.setting("KAFKA_SSL_TRUSTSTORE_LOCATION")))
                        .as(service + ": the truststore file").isEqualTo(Rendered.name(kafka) + "-cluster-ca-cert/ca.crt");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> servicesAndKeycloakVerifyThePostgresServerAgainstTheCloudNativePgCa() {
        return eachOverlay(rendered -> {
            String cluster = Rendered.name(rendered.ofKind("Cluster").get(0));
            for (String service : Project.SERVICES) {
                ServiceWorkload workload = new ServiceWorkload(rendered, service);
                Map<String, String> query = query(workload.setting("IKZ_DB_URL"));
                assertThat(query.get("sslmode")).as(service).isEqualTo("verify-full");
                assertThat(mountedSecretFile(workload, query.get("sslrootcert"))).as(service + ": sslrootcert")
                        .isEqualTo(cluster + "-ca/ca.crt");
            }
            JsonNode keycloak = rendered.ofKind("Keycloak").get(0).path("spec");
            Map<String, String> query = query(keycloak.path("db").path("url").asText());
            assertThat(query.get("sslmode")).as("Keycloak").isEqualTo("verify-full");
            JsonNode pod = keycloak.path("unsupported").path("podTemplate").path("spec");
            String mount = pod.path("containers").get(0).path("volumeMounts").get(0).path("mountPath").asText();
            assertThat(query.get("sslrootcert")).startsWith(mount + "/");
            assertThat(pod.path("volumes").get(0).path("secret").path("secretName").asText()).isEqualTo(cluster + "-ca");
        });
    }

    @TestFactory
    Stream<DynamicTest> keycloaksAdminConsoleIsOnlyOnAnInternalHost() {
        return eachOverlay(rendered -> {
            JsonNode hostname = rendered.one("Keycloak", "ikz-keycloak").path("spec").path("hostname");
            Ingress publicIngress = rendered.typed("Ingress", "ikz-keycloak", Ingress.class);
            Ingress adminIngress = rendered.typed("Ingress", "ikz-keycloak-admin", Ingress.class);
            String publicHost = publicIngress.getSpec().getRules().get(0).getHost();
            String adminHost = adminIngress.getSpec().getRules().get(0).getHost();

            assertThat(hostname.path("admin").asText()).isEqualTo("https://" + adminHost);
            assertThat(adminHost).isNotEqualTo(publicHost);
            assertThat(publicIngress.getSpec().getRules().get(0).getHttp().getPaths())
                    .extracting(p -> p.getPath()).containsExactlyInAnyOrder("/realms/", "/resources/");
            assertThat(adminIngress.getSpec().getIngressClassName()).isNotEqualTo(publicIngress.getSpec().getIngressClassName())
                    .contains("internal");
        });
    }

    @TestFactory
    Stream<DynamicTest> everyIngressHasItsOwnTlsSecret() {
        return eachOverlay(rendered -> {
            List<String> secrets = new ArrayList<>();
            List<Ingress> ingresses = rendered.allTyped("Ingress", Ingress.class);
            for (Ingress ingress : ingresses) {
                assertThat(ingress.getSpec().getTls()).as(ingress.getMetadata().getName()).singleElement()
                        .satisfies(tls -> secrets.add(tls.getSecretName()));
            }
            // the three services, the console, Keycloak's public and its admin host
            assertThat(secrets).hasSize(ingresses.size()).hasSizeGreaterThanOrEqualTo(6).doesNotHaveDuplicates();
        });
    }

    @TestFactory
    Stream<DynamicTest> everyImageHasAnExactVersionAndAPullPolicyThatFits() {
        return eachOverlay(rendered -> {
            for (String service : Project.SERVICES) {
                var container = new ServiceWorkload(rendered, service).container();
                assertThat(container.getImage()).as(service).matches(EXACT_TAG).doesNotContain("SNAPSHOT", "latest");
                assertThat(container.getImagePullPolicy()).as(service).isEqualTo("IfNotPresent");
            }
            JsonNode cluster = rendered.ofKind("Cluster").get(0).path("spec");
            JsonNode ref = cluster.path("imageCatalogRef");
            assertThat(cluster.has("imageName")).isFalse();
            JsonNode catalog = rendered.one(ref.path("kind").asText(), ref.path("name").asText());
            JsonNode image = null;
            for (JsonNode i : catalog.path("spec").path("images")) {
                if (i.path("major").asInt() == ref.path("major").asInt()) {
                    image = i;
                }
            }
            assertThat(image).as("the catalog's image for PostgreSQL " + ref.path("major")).isNotNull();
            assertThat(ref.path("major").asInt()).as("the PostgreSQL major of the local stack").isEqualTo(17);
            assertThat(image.path("image").asText()).matches(EXACT_TAG).contains(":17.");
        });
    }

    @Test
    void productionBacksUpThroughTheBarmanCloudPluginWithAFirstBackupAtOnce() {
        Rendered rendered = Kustomize.render("production");
        JsonNode cluster = rendered.ofKind("Cluster").get(0).path("spec");
        JsonNode store = rendered.ofKind("ObjectStore").get(0);
        JsonNode scheduled = rendered.ofKind("ScheduledBackup").get(0).path("spec");

        assertThat(cluster.path("backup").has("barmanObjectStore")).as("the deprecated in-tree backup").isFalse();
        assertThat(cluster.path("plugins")).singleElement().satisfies(plugin -> {
            assertThat(plugin.path("name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
            assertThat(plugin.path("isWALArchiver").asBoolean()).isTrue();
            assertThat(plugin.path("parameters").path("barmanObjectName").asText()).isEqualTo(Rendered.name(store));
        });
        assertThat(scheduled.path("method").asText()).isEqualTo("plugin");
        assertThat(scheduled.path("pluginConfiguration").path("name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
        assertThat(scheduled.path("immediate").asBoolean()).as("a first backup right after creation").isTrue();
        assertThat(scheduled.path("cluster").path("name").asText()).isEqualTo(Rendered.name(rendered.ofKind("Cluster").get(0)));
        assertThat(Kustomize.render("staging").ofKind("ObjectStore")).as("staging has no backups").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> keycloakIsSizedAsTheOperatorRecommendsAndProtectedByADisruptionBudget() {
        return eachOverlay(rendered -> {
            JsonNode resources = rendered.one("Keycloak", "ikz-keycloak").path("spec").path("resources");
            assertThat(Quantity.getAmountInBytes(new Quantity(resources.path("requests").path("memory").asText())))
                    .as("memory request").isGreaterThanOrEqualTo(Quantity.getAmountInBytes(new Quantity("1700Mi")));
            assertThat(Quantity.getAmountInBytes(new Quantity(resources.path("limits").path("memory").asText())))
                    .as("memory limit").isGreaterThanOrEqualTo(Quantity.getAmountInBytes(new Quantity("2Gi")));
            assertThat(new Quantity(resources.path("requests").path("cpu").asText()).getNumericalAmount())
                    .as("cpu request").isGreaterThanOrEqualTo(java.math.BigDecimal.ONE);
            PodDisruptionBudget budget = rendered.typed("PodDisruptionBudget", "ikz-keycloak", PodDisruptionBudget.class);
            assertThat(matches(budget.getSpec().getSelector(), OPERATOR_PODS.get("Keycloak"))).isTrue();
            assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        });
    }

    @TestFactory
    Stream<DynamicTest> servicesSpreadOverZonesAndNodesAndShutDownGracefully() {
        return ServiceWorkload.eachOverlayAndService((workload, config) -> {
            var pod = workload.deployment().getSpec().getTemplate().getSpec();
            assertThat(pod.getTopologySpreadConstraints()).extracting(c -> c.getTopologyKey())
                    .containsExactlyInAnyOrder("topology.kubernetes.io/zone", "kubernetes.io/hostname");
            assertThat(pod.getTopologySpreadConstraints()).allSatisfy(c ->
                    assertThat(c.getLabelSelector().getMatchLabels()).isEqualTo(workload.podLabels()));
            long preStop = workload.container().getLifecycle().getPreStop().getSleep().getSeconds();
            Matcher timeout = Pattern.compile("-Dquarkus\\.shutdown\\.timeout=(\\d+)S").matcher(workload.expanded("JAVA_TOOL_OPTIONS"));
            assertThat(timeout.find()).as("Quarkus' graceful shutdown timeout").isTrue();
            assertThat(preStop).isPositive();
            assertThat(pod.getTerminationGracePeriodSeconds()).as("grace period covers preStop and shutdown")
                    .isGreaterThan(preStop + Long.parseLong(timeout.group(1)));
        });
    }

    /** The file a path names inside a Secret mounted in the service's container: {@code <secret>/<key>}. */
    private static String mountedSecretFile(ServiceWorkload workload, String path) {
        for (VolumeMount mount : workload.container().getVolumeMounts()) {
            if (path.startsWith(mount.getMountPath() + "/")) {
                Volume volume = workload.deployment().getSpec().getTemplate().getSpec().getVolumes().stream()
                        .filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
                assertThat(volume.getSecret()).as("volume " + volume.getName() + " is a Secret").isNotNull();
                String file = path.substring(mount.getMountPath().length() + 1);
                var items = volume.getSecret().getItems();
                String key = items == null || items.isEmpty() ? file
                        : items.stream().filter(i -> i.getPath().equals(file)).findFirst().orElseThrow().getKey();
                return volume.getSecret().getSecretName() + "/" + key;
            }
        }
        throw new AssertionError(workload.service() + " mounts nothing at " + path);
    }

    private static Map<String, String> query(String url) {
        Map<String, String> query = new HashMap<>();
        int q = url.indexOf('?');
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return query;
    }

    /** Whether a selector (matchLabels and In expressions) selects pods with these labels. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchLabels() != null && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
                if (!"In".equals(r.getOperator()) || !r.getValues().contains(labels.get(r.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Stream<DynamicTest> eachOverlay(java.util.function.Consumer<Rendered> check) {
        return Project.overlays().stream().map(overlay -> dynamicTest(overlay, () -> check.accept(Kustomize.render(overlay))));
    }
}
