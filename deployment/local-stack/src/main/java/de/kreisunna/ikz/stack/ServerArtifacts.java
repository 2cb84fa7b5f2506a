package de.kreisunna.ikz.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The Kafka broker jars and the Keycloak zip, as the {@code servers} module found them in the local Maven
 * repository at build time. The broker gets its own classpath because the services' Kafka client (managed
 * by the Quarkus BOM) is older than the broker.
 */
record ServerArtifacts(String kafkaVersion, String kafkaClasspath, String keycloakVersion, Path keycloakZip) {

    private static final String RESOURCE = "/de/kreisunna/ikz/servers/servers.properties";

    static ServerArtifacts load() {
        Properties p = new Properties();
        try (InputStream in = ServerArtifacts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new StackException("The classpath lacks " + RESOURCE + " (module deployment/servers). "
                        + "Build the project first: mvn -DskipTests install");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerArtifacts artifacts = new ServerArtifacts(
                p.getProperty("kafka.version"),
                p.getProperty("kafka.broker.classpath"),
                p.getProperty("keycloak.version"),
                Path.of(p.getProperty("keycloak.dist.zip")));
        artifacts.requireFilesExist();
        return artifacts;
    }

    /** The local repository may have been cleaned since the build. */
    private void requireFilesExist() {
        if (!Files.isRegularFile(keycloakZip)) {
            throw missing("the Keycloak " + keycloakVersion + " distribution " + keycloakZip);
        }
        for (String jar : kafkaClasspath.split(":")) {
            if (!Files.isRegularFile(Path.of(jar))) {
                throw missing("the Kafka " + kafkaVersion + " broker jar " + jar);
            }
        }
    }

    private static StackException missing(String what) {
        return new StackException("Missing " + what + " in the local Maven repository. Download it again with: "
                + "mvn -B -q install -f deployment/servers/pom.xml");
    }
}
