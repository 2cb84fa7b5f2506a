package de.kreisunna.ikz.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** Each service's Deployment and the objects around it, against the service's own application.properties. */
class ServiceDeploymentsTest {

    /** The JVM flags variable; with the Kafka client settings below, the only ones application.properties does not read. */
    private static final String JVM_OPTIONS = "JAVA_TOOL_OPTIONS";
    /** Kafka client settings the services take from the environment (over application.properties): TLS. */
    static final Set<String> KAFKA_CLIENT_VARIABLES = Set.of("KAFKA_SECURITY_PROTOCOL", "KAFKA_SSL_TRUSTSTORE_TYPE",
            "KAFKA_SSL_TRUSTSTORE_LOCATION");
    private static final String ALLOWED_URLS = "-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=";
    private static final Set<String> SECRET_VARIABLES = Set.of("IKZ_DB_USER", "IKZ_DB_PASSWORD", "IKZ_KAFKA_CLIENT_SECRET");

    @TestFactory
    Stream<DynamicTest> deploymentSetsExactlyTheVariablesTheServiceReads() {
        return ServiceWorkload.eachOverlayAndService((workload, config) -> {
            Set<String> names = new TreeSet<>(workload.environmentNames());
            names.remove(JVM_OPTIONS);
            names.removeAll(KAFKA_CLIENT_VARIABLES);

            assertThat(names).as("variables set (ConfigMap in base/kustomization.yaml, env in the Deployment) vs read by "
                    + "application.properties").isEqualTo(config.environmentVariables());
        });
    }

    @TestFactory
    Stream<DynamicTest> credentialsComeFromSecretReferencesOnly() {
        return ServiceWorkload.eachOverlayAndService((workload, config) -> {
            assertThat(workload.configMapValues()).as("ConfigMap keys").doesNotContainKeys(
                    SECRET_VARIABLES.toArray(String[]::new));
            for (String name : SECRET_VARIABLES) {
                SecretKeySelector ref = workload.env(name).getValueFrom().getSecretKeyRef();
                assertThat(ref).as(name).isNotNull();
                assertThat(workload.env(name).getValue()).as(name + " literal value").isNull();
            }
            assertThat(workload.env("IKZ_KAFKA_CLIENT_SECRET").getValueFrom().getSecretKeyRef())
                    .as("the Secret the realm import takes the client's secret from")
                    .extracting(SecretKeySelector::getName, SecretKeySelector::getKey)
                    .containsExactly(RealmImportGenerator.secretName(workload.service()), RealmImportGenerator.SECRET_KEY);
        });
    }

    @TestFactory
    Stream<DynamicTest> jvmAllowsTheKafkaTokenUrlForOAuth() {
        return ServiceWorkload.eachOverlayAndService((workload, config) -> assertThat(
                List.of(workload.expanded(JVM_OPTIONS).split("\\s+")))
                .contains(ALLOWED_URLS + workload.setting("IKZ_KAFKA_TOKEN_URL")));
    }

    /**
     * The pods run the image's ENTRYPOINT as it is (its AOT cache and collector, see DockerfilesTest): no command or
     * arguments of their own, and no JVM option that would choose another collector or cache (the JVM would then
     * refuse the image's cache and start twice as slowly, without an error).
     */
    @TestFactory
    Stream<DynamicTest> podsRunTheImagesJvmFlagsSoItsAotCacheIsUsed() {
        return ServiceWorkload.eachOverlayAndService((workload, config) -> {
            assertThat(workload.container().getCommand()).as("command").isEmpty();
            assertThat(workload.container().getArgs()).as("args").isEmpty();
            assertThat(workload.expanded(JVM_OPTIONS)).as(JVM_OPTIONS).doesNotContainPattern("-XX:[+-]Use\\w*GC")
                    .doesNotContain("AOTCache").doesNotContain("SharedArchiveFile");
        });
    }

    @TestFactory
    Stream<DynamicTest> containerListensOnTheConfiguredHttpPort() {
        return ServiceWorkload.eachOverlayAndService((workload, config) ->
                assertThat(workload.setting("IKZ_HTTP_PORT")).isEqualTo(String.valueOf(workload.httpPort())));
    }

    /** Health lives on Quarkus' management interface, on the API port + 1000 (9081, 9082, 9083). */
    @TestFactory
    Stream<DynamicTest> probesAskTheQuarkusHealthEndpointsOnTheManagementPort() {
        return ServiceWorkload.eachOverlayAndService((workload, config) -> {
            Container container = workload.container();

            assertHealthProbe(container.getLivenessProbe(), "/q/health/live", workload);
            assertHealthProbe(container.getReadinessProbe(), "/q/health/ready", workload);
            assertHealthProbe(container.getStartupProbe(), "/q/health/started", workload);
        });
    }

    @TestFactory
    Stream<DynamicTest> containerHasResourceRequestsAndLimits() {
        return ServiceWorkload.eachOverlayAndService((workload, config) -> {
            var resources = workload.container().getResources();

            assertThat(resources.getRequests()).as("requests").containsKeys("cpu", "memory");
            assertThat(resources.getLimits()).as("limits").containsKeys("cpu", "memory");
            assertThat(Quantity.getAmountInBytes(resources.getRequests().get("memory")))
                    .isLessThanOrEqualTo(Quantity.getAmountInBytes(resources.getLimits().get("memory")));
        });
    }

    @TestFactory
    Stream<DynamicTest> podRunsAsNonRootWithAReadOnlyRootFilesystem() {
        return ServiceWorkload.eachOverlayAndService((workload, config) -> {
            PodSecurityContext pod = workload.deployment().getSpec().getTemplate().getSpec().getSecurityContext();
            var container = workload.container().getSecurityContext();

            assertThat(pod.getRunAsNonRoot()).as("runAsNonRoot").isTrue();
            assertThat(pod.getRunAsUser()).as("runAsUser").isNotNull().isNotZero();
            assertThat(pod.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            assertThat(container.getReadOnlyRootFilesystem()).as("readOnlyRootFilesystem").isTrue();
            assertThat(container.getAllowPrivilegeEscalation()).as("allowPrivilegeEscalation").isFalse();
            assertThat(container.getCapabilities().getDrop()).containsExactly("ALL");
        });
    }

    @TestFactory
    Stream<DynamicTest> serviceBudgetAndAutoscalerCoverTheDeployment() {
        return ServiceWorkload.eachOverlayAndService((workload, config) -> {
            Service service = workload.rendered().typed("Service", workload.service(), Service.class);
            PodDisruptionBudget budget = workload.rendered()
                    .typed("PodDisruptionBudget", workload.service(), PodDisruptionBudget.class);
            HorizontalPodAutoscaler autoscaler = workload.rendered()
                    .typed("HorizontalPodAutoscaler", workload.service(), HorizontalPodAutoscaler.class);

            assertThat(workload.podLabels()).containsAllEntriesOf(service.getSpec().getSelector());
            assertThat(service.getSpec().getPorts()).singleElement()
                    .extracting(p -> p.getTargetPort().getStrVal()).isEqualTo("http");
            assertThat(selects(budget.getSpec().getSelector(), workload.podLabels())).as("budget selects the pods").isTrue();
            assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(workload.service());
            assertThat(autoscaler.getSpec().getMinReplicas()).isBetween(1, autoscaler.getSpec().getMaxReplicas());
        });
    }

    @TestFactory
    Stream<DynamicTest> ingressRoutesToTheServicesHttpPort() {
        return ServiceWorkload.eachOverlayAndService((workload, config) -> {
            Ingress ingress = workload.rendered().typed("Ingress", workload.service(), Ingress.class);

            assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> {
                assertThat(rule.getHttp().getPaths()).singleElement().satisfies(path -> {
                    assertThat(path.getBackend().getService().getName()).isEqualTo(workload.service());
                    assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
                });
                assertThat(ingress.getSpec().getTls()).singleElement()
                        .satisfies(tls -> assertThat(tls.getHosts()).containsExactly(rule.getHost()));
            });
        });
    }

    /**
     * In: the HTTP port only. Out: exactly the database, Kafka and Keycloak the service's settings name (and
     * DNS), each on the port of that setting.
     */
    @TestFactory
    Stream<DynamicTest> networkPolicyLetsInOnlyHttpAndOutOnlyToDatabaseKafkaAndKeycloak() {
        return ServiceWorkload.eachOverlayAndService((workload, config) -> {
            NetworkPolicy policy = workload.rendered().allTyped("NetworkPolicy", NetworkPolicy.class).stream()
                    .filter(p -> !selectsEveryPod(p.getSpec().getPodSelector()))
                    .filter(p -> selects(p.getSpec().getPodSelector(), workload.podLabels()))
                    .reduce((a, b) -> {
                        throw new AssertionError("more than one NetworkPolicy selects " + workload.service());
                    })
                    .orElseThrow(() -> new AssertionError("no NetworkPolicy selects " + workload.service()));
            var spec = policy.getSpec();

            assertThat(spec.getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(ingressSources(spec.getIngress())).containsExactlyInAnyOrder(
                    "namespace {kubernetes.io/metadata.name=ingress-nginx} {any pod} TCP/" + workload.httpPort(),
                    "{app.kubernetes.io/name=console} TCP/" + workload.httpPort(),
                    "namespace {kubernetes.io/metadata.name=monitoring} {any pod} TCP/" + workload.managementPort());
            assertThat(spec.getEgress()).allSatisfy(rule -> {
                assertThat(rule.getTo()).as("egress rule without destination").isNotEmpty();
                assertThat(rule.getPorts()).as("egress rule without ports").isNotEmpty();
            });
            assertThat(egressDestinations(spec.getEgress())).containsExactlyInAnyOrderElementsOf(expectedEgress(workload));
        });
    }

    private static Set<String> expectedEgress(ServiceWorkload workload) {
        Rendered rendered = workload.rendered();
        var database = workload.endpoint("IKZ_DB_URL");
        var kafka = workload.endpoint("IKZ_KAFKA_BOOTSTRAP");
        var keycloak = workload.endpoint("IKZ_OIDC_URL");
        String cluster = database.getHost().replaceFirst("-rw$", "");
        String kafkaCluster = kafka.getHost().replaceFirst("-kafka-bootstrap$", "");
        String keycloakName = keycloak.getHost().replaceFirst("-service$", "");
        // the settings name the Services the operators make for these resources: the resources must exist
        rendered.one("Cluster", cluster);
        rendered.one("Kafka", kafkaCluster);
        rendered.one("Keycloak", keycloakName);
        return Set.of(
                "{cnpg.io/cluster=" + cluster + "} TCP/" + database.getPort(),
                "{strimzi.io/broker-role=true, strimzi.io/cluster=" + kafkaCluster + "} TCP/" + kafka.getPort(),
                "{app=keycloak, app.kubernetes.io/instance=" + keycloakName + "} TCP/" + keycloak.getPort(),
                "namespace {kubernetes.io/metadata.name=kube-system} {k8s-app=kube-dns} UDP/53",
                "namespace {kubernetes.io/metadata.name=kube-system} {k8s-app=kube-dns} TCP/53");
    }

    /** "[namespace {labels}] {pod labels} PROTOCOL/port" for every source and port of the rules. */
    private static Set<String> ingressSources(List<NetworkPolicyIngressRule> rules) {
        Set<String> sources = new HashSet<>();
        for (NetworkPolicyIngressRule rule : rules) {
            assertThat(rule.getFrom()).as("ingress rule without source").isNotEmpty();
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                ports(rule.getPorts()).forEach(port -> sources.add(describe(peer) + " " + port));
            }
        }
        return sources;
    }

    static boolean selectsEveryPod(LabelSelector selector) {
        return (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    }

    /** "[namespace {labels}] {pod labels} PROTOCOL/port" for every destination and port of the rules. */
    private static Set<String> egressDestinations(List<NetworkPolicyEgressRule> rules) {
        Set<String> destinations = new HashSet<>();
        for (NetworkPolicyEgressRule rule : rules) {
            for (NetworkPolicyPeer peer : rule.getTo()) {
                ports(rule.getPorts()).forEach(port -> destinations.add(describe(peer) + " " + port));
            }
        }
        return destinations;
    }

    private static String describe(NetworkPolicyPeer peer) {
        if (peer.getIpBlock() != null) {
            return "ipBlock " + peer.getIpBlock().getCidr();
        }
        String pods = peer.getPodSelector() == null ? "{any pod}" : sorted(peer.getPodSelector());
        return peer.getNamespaceSelector() == null ? pods : "namespace " + sorted(peer.getNamespaceSelector()) + " " + pods;
    }

    private static String sorted(LabelSelector selector) {
        return new TreeMap<>(Objects.requireNonNullElse(selector.getMatchLabels(), Map.of())).toString();
    }

    private static List<String> ports(List<NetworkPolicyPort> ports) {
        return ports.stream().map(p -> Objects.requireNonNullElse(p.getProtocol(), "TCP") + "/" + portValue(p.getPort())).toList();
    }

    private static String portValue(IntOrString port) {
        return port.getIntVal() != null ? port.getIntVal().toString() : port.getStrVal();
    }

    private static void assertHealthProbe(Probe probe, String path, ServiceWorkload workload) {
        assertThat(probe).as(path + " probe").isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        IntOrString port = probe.getHttpGet().getPort();
        assertThat(port.getStrVal() != null ? port.getStrVal() : port.getIntVal().toString())
                .isIn("management", String.valueOf(workload.managementPort()));
        assertThat(workload.managementPort()).isEqualTo(workload.httpPort() + 1000);
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        return selector != null && selector.getMatchExpressions().isEmpty() && selector.getMatchLabels() != null
                && !selector.getMatchLabels().isEmpty() && labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }
}
