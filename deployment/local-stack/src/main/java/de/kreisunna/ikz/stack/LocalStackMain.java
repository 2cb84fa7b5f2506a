package de.kreisunna.ikz.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The local run command: starts the whole system for a person to try, prints where everything is, and
 * runs until Ctrl-C.
 */
public final class LocalStackMain {

    private static final String USAGE = """
            Usage: java -Dikz.project.root=<project root> -jar deployment/local-stack/target/local-stack.jar [options]
              --fresh       delete the local stack's data (databases, Kafka, logs) before starting
              --infra-only  start PostgreSQL, Keycloak and Kafka, but not the services
              --help        show this text
            Ports can be moved with IKZ_POSTGRES_PORT, IKZ_KEYCLOAK_PORT, IKZ_KEYCLOAK_MANAGEMENT_PORT,
            IKZ_KAFKA_PORT, IKZ_KAFKA_CONTROLLER_PORT, IKZ_MEMBERSHIP_PORT, IKZ_COSTING_PORT, IKZ_SUPPORT_PORT,
            IKZ_CONSOLE_PORT (health on that port + 1000);
            data lives under IKZ_CACHE_DIR (default ~/.cache/ikz).""";

    /** Held so the configured levels are not lost when the loggers are garbage-collected. */
    private static final List<Logger> CONFIGURED_LOGGERS =
            List.of(Logger.getLogger(""), Logger.getLogger("org.apache.kafka"));

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> options = List.of(args);
        if (options.contains("--help") || options.contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        List<String> unknown = options.stream().filter(o -> !o.equals("--fresh") && !o.equals("--infra-only")).toList();
        if (!unknown.isEmpty()) {
            System.err.println("Unknown option(s): " + String.join(" ", unknown));
            System.err.println(USAGE);
            System.exit(2);
        }
        String unsupported = unsupportedRuntime();
        if (unsupported != null) {
            fail(unsupported);
        }
        quietLibraryLogging();

        Path projectRoot = Path.of(System.getProperty("ikz.project.root", ".")).toAbsolutePath().normalize();
        Progress progress = Progress.console();
        LocalStack stack;
        try {
            StackConfig config = StackConfig.local(projectRoot);
            if (options.contains("--fresh")) {
                if (!Ports.isFree(config.postgresPort())) {
                    fail("Port " + config.postgresPort() + " (PostgreSQL) is in use: is the local stack already "
                            + "running? Stop it first; --fresh deleted nothing.");
                }
                progress.message("--fresh: deleting " + config.workDir());
                Dirs.deleteRecursively(config.workDir());
            }
            if (!options.contains("--infra-only")) {
                LocalStack.requireServicesBuilt(config, Service.ALL);
            }
            stack = LocalStack.startInfrastructure(config, progress);
            if (!options.contains("--infra-only")) {
                stack.startServices();
                int consolePort = ConsoleApp.localPort(System.getenv());
                stack.startConsole(consolePort, consolePort + ConsoleApp.MANAGEMENT_OFFSET);
                HistoryDataSet.load(stack, progress);
            }
        } catch (StackException e) {
            fail("The local stack did not start." + System.lineSeparator() + e.getMessage());
            return;
        } catch (RuntimeException e) {
            fail("The local stack did not start: " + e + System.lineSeparator()
                    + "The servers' logs are in " + StackConfig.cacheDir(System.getenv()).resolve("local-stack/logs"));
            return;
        }
        printHowToUse(System.out, stack, !options.contains("--infra-only"));
        new CountDownLatch(1).await();
    }

    private static void printHowToUse(PrintStream out, LocalStack stack, boolean withServices) {
        String tokenCommand = "curl -s -d grant_type=password -d client_id=" + LocalCredentials.PORTAL_CLIENT
                + " -d username=admin -d password=" + LocalCredentials.DEMO_USER_PASSWORD + " " + stack.tokenUrl();
        out.println();
        out.println("The IKZ local stack is running (all on 127.0.0.1; local demo credentials only).");
        out.println();
        if (withServices) {
            out.printf("  %-19s %s   (sign in as admin, kopfstelle, finance or a town, e.g. luenen; password %s)%n",
                    "Web console", stack.consoleUrl(), LocalCredentials.DEMO_USER_PASSWORD);
            for (Service service : Service.ALL) {
                out.printf("  %-19s %s   Swagger UI: %s/q/swagger-ui%n", service.name(),
                        stack.serviceUrl(service.name()), stack.serviceUrl(service.name()));
            }
        } else {
            out.println("  services            not started (--infra-only)");
        }
        out.printf("  %-19s %s/admin   (user %s, password %s)%n", "Keycloak admin", stack.keycloakUrl(),
                LocalCredentials.KEYCLOAK_ADMIN_USER, LocalCredentials.KEYCLOAK_ADMIN_PASSWORD);
        out.printf("  %-19s %s%n", "OIDC issuer", stack.issuer());
        out.printf("  %-19s %s   (SASL/OAUTHBEARER, client credentials)%n", "Kafka", stack.kafkaBootstrap());
        out.printf("  %-19s %s   (users membership/costing/support, password <name>-local-demo)%n", "PostgreSQL",
                stack.jdbcUrl("<name>"));
        out.printf("  %-19s %s%n", "logs", stack.config().logDir());
        out.println();
        out.println("Demo users (password '" + LocalCredentials.DEMO_USER_PASSWORD + "'): admin (ikz-admin), "
                + "kopfstelle, finance, and one per town: bergkamen, boenen, holzwickede, luenen, schwerte, selm,");
        out.println("unna, werne (role municipality, claim ags). A token for user admin:");
        out.println();
        out.println("  " + tokenCommand);
        out.println();
        out.println("Calling a service with it:");
        out.println();
        out.println("  TOKEN=$(" + tokenCommand + " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        out.println("  curl -H \"Authorization: Bearer $TOKEN\" " + stack.serviceUrl(Service.MEMBERSHIP.name())
                + "/agreements/ikz-asylblg-2021/members?at=2022-01-01");
        out.println("  curl -H \"Authorization: Bearer $TOKEN\" " + stack.serviceUrl(Service.COSTING.name())
                + "/members?at=2022-01-01");
        out.println();
        out.println("Press Ctrl-C to stop everything.");
    }

    /** Checked here because the failure would otherwise surface deep inside a server's log. */
    private static String unsupportedRuntime() {
        if (Runtime.version().feature() < 17) {
            return "The local stack needs Java 17 or newer; this is Java " + Runtime.version() + ".";
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return "The local stack needs Linux on x86-64 (its PostgreSQL binaries are built for linux-amd64); "
                    + "this is " + System.getProperty("os.name") + " on " + arch + ".";
        }
        return null;
    }

    /** The servers log to their own files; the console shows only the stack's progress. */
    private static void quietLibraryLogging() {
        CONFIGURED_LOGGERS.get(0).setLevel(Level.WARNING);
        CONFIGURED_LOGGERS.get(1).setLevel(Level.SEVERE);
    }

    private static void fail(String message) {
        System.err.println();
        System.err.println(message);
        System.exit(1);
    }
}
