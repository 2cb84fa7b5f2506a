package de.kreisunna.ikz.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Each service has a JVM image definition for its Quarkus fast-jar, running as an unprivileged user. */
class DockerfilesTest {

    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)");
    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\S+)");
    private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)");

    @Test
    void eachServiceHasAJvmDockerfileForItsFastJar() {
        for (String service : Project.SERVICES) {
            String dockerfile = dockerfile(service);

            assertThat(dockerfile).as(service).contains("COPY target/quarkus-app/lib/", "COPY target/quarkus-app/app/",
                    "COPY target/quarkus-app/quarkus/", "/deployments/quarkus-run.jar");
        }
    }

    @Test
    void baseImageIsAJava17Or21RuntimeNamedWithoutARegistryHost() {
        for (String service : Project.SERVICES) {
            List<String> images = FROM.matcher(dockerfile(service)).results().map(m -> m.group(1)).toList();

            assertThat(images).as(service).singleElement().satisfies(image -> {
                assertThat(image).matches(".*(jre|jdk).*").matches(".*:(17|21)\\b.*");
                String firstPart = image.contains("/") ? image.substring(0, image.indexOf('/')) : "";
                assertThat(firstPart).as("registry host").doesNotContain(".").doesNotContain(":").isNotEqualTo("localhost");
            });
        }
    }

    @Test
    void imageRunsAsAnUnprivilegedUser() {
        for (String service : Project.SERVICES) {
            List<String> users = USER.matcher(dockerfile(service)).results().map(m -> m.group(1)).toList();

            assertThat(users).as(service).isNotEmpty();
            assertThat(users.get(users.size() - 1)).as(service + " final USER").isNotIn("0", "root").matches("\\d+");
        }
    }

    @Test
    void imageExposesThePortTheServiceListensOnByDefault() {
        for (String service : Project.SERVICES) {
            Matcher expose = EXPOSE.matcher(dockerfile(service));

            assertThat(expose.find()).as(service + " EXPOSE").isTrue();
            assertThat(expose.group(1)).isEqualTo(ServiceConfig.of(service).defaultOf("quarkus.http.port"));
        }
    }

    private static String dockerfile(String service) {
        Path file = Project.ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm");
        assertThat(Files.isRegularFile(file)).as(file.toString()).isTrue();
        return Project.read(file);
    }
}
