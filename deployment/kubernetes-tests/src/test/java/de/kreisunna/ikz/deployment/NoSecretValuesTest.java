package de.kreisunna.ikz.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import de.kreisunna.ikz.stack.LocalCredentials;

/** Secrets reach the cluster only as references: no Secret objects, no literal passwords, no demo values. */
class NoSecretValuesTest {

    @TestFactory
    Stream<DynamicTest> overlaysRenderNoSecretAndNoLiteralCredential() {
        return Project.overlays().stream().map(overlay -> dynamicTest(overlay, () -> {
            Rendered rendered = Kustomize.render(overlay);

            assertThat(rendered.ofKind("Secret")).isEmpty();
            for (var deployment : rendered.ofKind("Deployment")) {
                for (var container : deployment.path("spec").path("template").path("spec").path("containers")) {
                    assertThat(container.path("env")).allSatisfy(env -> {
                        if (env.path("name").asText().matches("(?i).*(password|secret).*")) {
                            assertThat(env.has("value")).as(Rendered.describe(deployment) + " " + env.path("name")).isFalse();
                        }
                    });
                }
            }
        }));
    }

    @Test
    void kubernetesFilesContainNoLocalDemoCredential() throws IOException {
        List<String> demoValues = List.of("local-demo", LocalCredentials.KEYCLOAK_ADMIN_PASSWORD,
                LocalCredentials.clientSecret("kafka-broker"), LocalCredentials.databasePassword("membership"));
        try (Stream<Path> files = Files.walk(Project.KUBERNETES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Project.read(file)).as(Project.ROOT.relativize(file).toString()).doesNotContain(demoValues);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
