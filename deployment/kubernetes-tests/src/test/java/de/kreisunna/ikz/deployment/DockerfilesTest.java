package de.kreisunna.ikz.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.kreisunna.ikz.stack.ImageJvm;

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
    void baseImageIsAJava25RuntimeNamedWithoutARegistryHost() {
        for (String service : Project.SERVICES) {
            List<String> images = FROM.matcher(dockerfile(service)).results().map(m -> m.group(1)).toList();

            assertThat(images).as(service).singleElement().satisfies(image -> {
                // 25: the AOT cache needs at least 24, and the image stays on a long-term-support release
                assertThat(image).matches(".*(jre|jdk).*").matches(".*:25\\b.*");
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

    /**
     * The AOT cache is made in the image, by the image's JVM, after the application files are in place and before the
     * unprivileged user, with exactly the JVM flags the ENTRYPOINT runs with (a cache made with other flags or
     * another JVM is refused at start, and the start-up gain is gone without an error). The training run cannot reach
     * a database, so it ends at its first connection, and the build fails if no cache was written.
     */
    @Test
    void theAotCacheIsMadeByTheImagesOwnJvmWithTheFlagsTheEntrypointRunsWith() {
        for (String service : Project.SERVICES) {
            ImageJvm image = ImageJvm.of(Project.ROOT, service);
            String cache = ImageJvm.APP_DIR + "app.aot";

            assertThat(image.entrypoint()).as(service + " ENTRYPOINT").startsWith("java", "-XX:AOTCache=" + cache)
                    .endsWith("-jar", ImageJvm.APP_DIR + "quarkus-run.jar");
            List<String> expectedTraining = new java.util.ArrayList<>(image.entrypoint());
            expectedTraining.set(1, "-XX:AOTCacheOutput=" + cache);
            assertThat(image.training()).as(service + " training RUN").isEqualTo(expectedTraining);
            assertThat(image.trainingEnvironment()).as(service + " training environment")
                    .containsExactly(java.util.Map.entry("IKZ_DB_URL", "jdbc:postgresql://127.0.0.1:1/none"));

            String dockerfile = dockerfile(service);
            int training = dockerfile.indexOf("-XX:AOTCacheOutput=");
            assertThat(dockerfile.substring(training)).as(service + ": the build fails without a cache")
                    .contains("test -s " + cache + " ||");
            assertThat(training).as(service + ": training after the last COPY").isGreaterThan(dockerfile.lastIndexOf("\nCOPY "));
            assertThat(training).as(service + ": training before USER").isLessThan(dockerfile.lastIndexOf("\nUSER "));
        }
    }

    private static String dockerfile(String service) {
        Path file = Project.ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm");
        assertThat(Files.isRegularFile(file)).as(file.toString()).isTrue();
        return Project.read(file);
    }
}
