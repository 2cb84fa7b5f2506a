package de.kreisunna.ikz.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

class OverlayRenderingTest {

    @Test
    void thereIsAStagingAndAProductionOverlay() {
        assertThat(Project.overlays()).contains("staging", "production");
    }

    @TestFactory
    Stream<DynamicTest> everyOverlayRendersWithKubectlKustomize() {
        return Project.overlays().stream().map(overlay -> dynamicTest(overlay, () -> {
            Rendered rendered = Kustomize.render(overlay);

            assertThat(rendered.objects()).extracting(Rendered::describe).contains(
                    "Deployment/membership-service", "Deployment/costing-service", "Deployment/support-service",
                    "Kafka/ikz-kafka", "Keycloak/ikz-keycloak", "KeycloakRealmImport/ikz-sozialwesen",
                    "Cluster/ikz-postgres");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyObjectOfAnOverlayLandsInTheOverlaysNamespace() {
        return Project.overlays().stream().map(overlay -> dynamicTest(overlay, () -> {
            Rendered rendered = Kustomize.render(overlay);
            List<JsonNode> namespaces = rendered.ofKind("Namespace");
            assertThat(namespaces).as("the overlay's own Namespace").hasSize(1);
            String namespace = Rendered.name(namespaces.get(0));

            assertThat(rendered.objects())
                    .filteredOn(o -> !Rendered.kind(o).equals("Namespace"))
                    .allSatisfy(o -> assertThat(o.path("metadata").path("namespace").asText())
                            .as(Rendered.describe(o)).isEqualTo(namespace));
        }));
    }
}
