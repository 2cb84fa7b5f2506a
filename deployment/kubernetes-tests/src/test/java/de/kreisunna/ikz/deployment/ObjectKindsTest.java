package de.kreisunna.ikz.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Every rendered object is what its kind allows: core kinds through the fabric8 model, the operators' kinds
 * through their own CRD schemas (from shared/crds; skipped where that folder is absent).
 */
class ObjectKindsTest {

    /** The API groups of the operators; everything else must be a core kind fabric8 knows. */
    private static final Set<String> OPERATOR_GROUPS = Set.of("kafka.strimzi.io", "k8s.keycloak.org", "postgresql.cnpg.io",
            "monitoring.coreos.com", "barmancloud.cnpg.io");

    @TestFactory
    Stream<DynamicTest> coreObjectsParseAsTheirKindWithoutUnknownFields() {
        if (!Kustomize.usable()) {
            return Stream.of(dynamicTest("rendering", Kustomize::assumeKubectl));
        }
        return objects(false).map(o -> dynamicTest(o.overlay() + ": " + Rendered.describe(o.object()), () -> {
            KubernetesResource typed = CoreKinds.parse(o.object());

            assertThat(CoreKinds.isTyped(typed)).as("fabric8 knows " + o.object().path("apiVersion").asText()
                    + " " + Rendered.kind(o.object())).isTrue();
            assertThat(CoreKinds.unknownFields(typed)).as("unknown fields").isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> operatorObjectsMatchTheirOperatorsCrdSchema() {
        if (!Kustomize.usable()) {
            return Stream.of(dynamicTest("rendering", Kustomize::assumeKubectl));
        }
        return objects(true).map(o -> dynamicTest(o.overlay() + ": " + Rendered.describe(o.object()), () -> {
            CrdSchemas crds = sharedCrds();
            String apiVersion = o.object().path("apiVersion").asText();
            assertThat(crds.knows(apiVersion, Rendered.kind(o.object())))
                    .as("a CRD for " + apiVersion + " " + Rendered.kind(o.object()) + " in shared/crds").isTrue();

            assertThat(crds.violations(o.object())).isEmpty();
        }));
    }

    @Test
    void theCoreCheckReportsAMisspeltField() throws Exception {
        JsonNode deployment = new YAMLMapper().readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replica: 2
                  selector: {matchLabels: {app: x}}
                  template:
                    metadata: {labels: {app: x}}
                    spec:
                      containers: [{name: x, image: x, livenessProbe: {httpGet: {paht: /q/health/live, port: 8080}}}]
                """);

        KubernetesResource typed = CoreKinds.parse(deployment);

        assertThat(typed).isInstanceOf(Deployment.class);
        assertThat(CoreKinds.unknownFields(typed))
                .containsExactlyInAnyOrder(".spec.replica", ".spec.template.spec.containers[0].livenessProbe.httpGet.paht");
    }

    @Test
    void theCrdCheckReportsAMisspeltFieldAndAValueOutsideItsEnum() throws Exception {
        CrdSchemas crds = sharedCrds();
        ObjectNode topic = (ObjectNode) new YAMLMapper().readTree("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partitions: 3, replicas: 1}
                """);
        JsonNode user = new YAMLMapper().readTree("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata: {name: u}
                spec:
                  authorization:
                    type: simple
                    acls: [{resource: {type: topic, name: t}, operations: [Wrte]}]
                """);
        assertThat(crds.violations(topic)).as("a valid topic").isEmpty();

        ((ObjectNode) topic.path("spec")).put("partitons", 3);

        assertThat(crds.violations(topic)).singleElement().asString().contains("partitons");
        assertThat(crds.violations(user)).singleElement().asString().contains("operations");
    }

    private static CrdSchemas sharedCrds() {
        return CrdSchemas.shared().orElseGet(() -> {
            Skips.unless(false, "shared/crds is absent: the operators' CRD schemas cannot be checked");
            return null;
        });
    }

    private record OverlayObject(String overlay, JsonNode object) {
    }

    private static Stream<OverlayObject> objects(boolean ofOperators) {
        return Project.overlays().stream()
                .flatMap(overlay -> Kustomize.render(overlay).objects().stream().map(o -> new OverlayObject(overlay, o)))
                .filter(o -> isOperatorKind(o.object()) == ofOperators);
    }

    private static boolean isOperatorKind(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        return apiVersion.contains("/") && OPERATOR_GROUPS.contains(apiVersion.substring(0, apiVersion.indexOf('/')));
    }
}
