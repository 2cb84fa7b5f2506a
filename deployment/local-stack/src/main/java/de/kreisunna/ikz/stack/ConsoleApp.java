package de.kreisunna.ikz.stack;

import java.nio.file.Path;
import java.util.Map;

/**
 * The web console as the stack runs it: no database and no Kafka, only Keycloak (client {@code ikz-console}) and
 * the three services' URLs.
 */
public final class ConsoleApp {

    public static final String NAME = "console";
    public static final String CLIENT_ID = "ikz-console";
    public static final int DEFAULT_PORT = 8084;
    public static final String PORT_ENV = "IKZ_CONSOLE_PORT";
    /** Quarkus' management interface (health) sits at the API port + 1000. */
    public static final int MANAGEMENT_OFFSET = 1000;

    private ConsoleApp() {
    }

    /** Where {@code mvn package} puts the runnable console. */
    public static Path jar(Path projectRoot) {
        return projectRoot.resolve("console/target/quarkus-app/quarkus-run.jar");
    }

    /** The port of the local run command ({@value #PORT_ENV}, default {@value #DEFAULT_PORT}). */
    public static int localPort(Map<String, String> env) {
        String value = env.get(PORT_ENV);
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port + MANAGEMENT_OFFSET < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StackException(PORT_ENV + " must be a port number between 1 and " + (65535 - MANAGEMENT_OFFSET)
                + ", but is '" + value + "'.");
    }

    /** Two free loopback ports for a test run: the console and its management interface. */
    public static int[] freePorts() {
        return Ports.freePorts(2);
    }

    static Map<String, String> environment(int port, int managementPort, String issuer, String membershipUrl,
            String costingUrl, String supportUrl) {
        return Map.of(
                "IKZ_HTTP_PORT", Integer.toString(port),
                "IKZ_HTTP_HOST", "127.0.0.1",
                "IKZ_MANAGEMENT_PORT", Integer.toString(managementPort),
                "IKZ_OIDC_URL", issuer,
                "IKZ_OIDC_CLIENT_SECRET", LocalCredentials.clientSecret(CLIENT_ID),
                "IKZ_SECURE_COOKIES", "false",
                "IKZ_MEMBERSHIP_URL", membershipUrl,
                "IKZ_COSTING_URL", costingUrl,
                "IKZ_SUPPORT_URL", supportUrl);
    }
}
