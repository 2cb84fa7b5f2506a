package de.kreisunna.ikz.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the stack listens and keeps its files.
 *
 * @param persistent  true for the local run command (data survives restarts); false for tests, whose
 *                    {@code workDir} is a fresh temporary directory deleted on close
 * @param projectRoot the checkout, for the realm file and the services' packaged jars
 */
public record StackConfig(
        int postgresPort,
        int keycloakPort,
        int keycloakManagementPort,
        int kafkaPort,
        int kafkaControllerPort,
        int membershipPort,
        int costingPort,
        int supportPort,
        Path workDir,
        boolean persistent,
        Path projectRoot) {

    public static final String REALM = "ikz-sozialwesen";

    /** Fixed ports a person can remember, data kept under the cache directory between runs. */
    public static StackConfig local(Path projectRoot) {
        return local(projectRoot, System.getenv());
    }

    static StackConfig local(Path projectRoot, Map<String, String> env) {
        return new StackConfig(
                port(env, "IKZ_POSTGRES_PORT", 15432),
                port(env, "IKZ_KEYCLOAK_PORT", 8180),
                port(env, "IKZ_KEYCLOAK_MANAGEMENT_PORT", 9180),
                port(env, "IKZ_KAFKA_PORT", 9092),
                port(env, "IKZ_KAFKA_CONTROLLER_PORT", 9093),
                port(env, Service.MEMBERSHIP.portEnvVar(), Service.MEMBERSHIP.defaultPort()),
                port(env, Service.COSTING.portEnvVar(), Service.COSTING.defaultPort()),
                port(env, Service.SUPPORT.portEnvVar(), Service.SUPPORT.defaultPort()),
                cacheDir(env).resolve("local-stack"),
                true,
                projectRoot.toAbsolutePath().normalize());
    }

    /** Random free loopback ports and a throw-away directory, so tests never collide with a running local stack. */
    public static StackConfig ephemeral(Path projectRoot) {
        int[] ports = Ports.freePorts(8);
        try {
            return new StackConfig(ports[0], ports[1], ports[2], ports[3], ports[4], ports[5], ports[6], ports[7],
                    Files.createTempDirectory("ikz-stack-"), false, projectRoot.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the stack", e);
        }
    }

    /** {@code IKZ_CACHE_DIR}, else {@code ~/.cache/ikz}: the unpacked Keycloak and the local stack's data. */
    public static Path cacheDir(Map<String, String> env) {
        String dir = env.get("IKZ_CACHE_DIR");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".cache", "ikz");
    }

    public int servicePort(Service service) {
        if (service.equals(Service.MEMBERSHIP)) {
            return membershipPort;
        }
        if (service.equals(Service.COSTING)) {
            return costingPort;
        }
        return supportPort;
    }

    public Path realmFile() {
        return projectRoot.resolve("deployment/keycloak/" + REALM + "-realm.json");
    }

    public Path logDir() {
        return workDir.resolve("logs");
    }

    private static int port(Map<String, String> env, String name, int defaultPort) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StackException(name + " must be a port number between 1 and 65535, but is '" + value + "'.");
    }
}
