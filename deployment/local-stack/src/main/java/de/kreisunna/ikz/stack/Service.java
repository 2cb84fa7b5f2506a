package de.kreisunna.ikz.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * One of the three services of the system as the stack runs it: its own database and Keycloak client
 * (both named after it), and the environment variable that moves its local HTTP port.
 */
public record Service(String name, String database, int defaultPort, String portEnvVar) {

    public static final Service MEMBERSHIP =
            new Service("membership-service", "membership", 8081, "IKZ_MEMBERSHIP_PORT");
    public static final Service COSTING =
            new Service("costing-service", "costing", 8082, "IKZ_COSTING_PORT");
    public static final Service SUPPORT =
            new Service("support-service", "support", 8083, "IKZ_SUPPORT_PORT");

    public static final List<Service> ALL = List.of(MEMBERSHIP, COSTING, SUPPORT);

    /** Health and metrics are served on Quarkus' management interface, this far above the API port. */
    public static final int MANAGEMENT_PORT_OFFSET = 1000;

    /** The management port (health, metrics) that belongs to the API port {@code apiPort}. */
    public static int managementPort(int apiPort) {
        return apiPort + MANAGEMENT_PORT_OFFSET;
    }

    public static Service named(String name) {
        return ALL.stream()
                .filter(s -> s.name.equals(name))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("unknown service '" + name + "', known: "
                        + ALL.stream().map(Service::name).toList()));
    }

    /** The Keycloak client the service logs in to Kafka with. */
    public String clientId() {
        return name;
    }

    /** Where {@code mvn package} puts the runnable Quarkus application. */
    public Path jar(Path projectRoot) {
        return projectRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
