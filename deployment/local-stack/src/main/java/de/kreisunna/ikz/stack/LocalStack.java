package de.kreisunna.ikz.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Uuid;

/**
 * The whole system on one machine as real processes: PostgreSQL, Keycloak, Kafka (with the topics and ACLs
 * of {@link KafkaTopology}) and the three services. The local run command and the system tests both use
 * it, so what a person tries by hand is what the tests check.
 *
 * <p>Everything listens on 127.0.0.1 only. The stack stops exactly the processes it started (and their
 * children), also from a JVM shutdown hook, so an interrupted test run or a Ctrl-C leaves nothing behind.
 */
public final class LocalStack implements AutoCloseable {

    private static final long KEYCLOAK_TIMEOUT_SECONDS = 300;
    private static final long KAFKA_TIMEOUT_SECONDS = 120;
    private static final long SERVICE_TIMEOUT_SECONDS = 120;
    /**
     * Keycloak's build step writes into the installation shared by all stacks: one start at a time, in this
     * JVM by this monitor, across JVMs by a file lock.
     */
    private static final Object KEYCLOAK_START_LOCK = new Object();

    private static final List<String> DATABASES = List.of(
            Service.MEMBERSHIP.database(), Service.COSTING.database(), Service.SUPPORT.database(),
            PostgresServer.KEYCLOAK_DATABASE);

    private final StackConfig config;
    private final Progress progress;
    private final ServerArtifacts artifacts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread shutdownHook = new Thread(this::close, "ikz-local-stack-shutdown");

    /** Guards the fields below; never held while waiting, so close() can always interrupt a start. */
    private final Object state = new Object();
    private volatile boolean closed;
    private PostgresServer postgres;
    private Path keycloakHome;
    private ChildProcess keycloak;
    private ChildProcess kafka;
    private final Map<Service, ChildProcess> services = new LinkedHashMap<>();
    private ChildProcess console;
    private int consolePort;

    private LocalStack(StackConfig config, Progress progress) {
        this.config = config;
        this.progress = progress;
        this.artifacts = ServerArtifacts.load();
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** PostgreSQL, Keycloak, Kafka with topics and ACLs; on failure everything started so far is stopped again. */
    public static LocalStack startInfrastructure(StackConfig config, Progress progress) {
        LocalStack stack;
        try {
            if (!Files.isRegularFile(config.realmFile())) {
                throw new StackException("The Keycloak realm file " + config.realmFile() + " does not exist. Run "
                        + "from the project's root directory or pass -Dikz.project.root=<project root>.");
            }
            stack = new LocalStack(config, progress);
        } catch (RuntimeException e) {
            if (!config.persistent()) {
                Dirs.deleteRecursively(config.workDir());
            }
            throw e;
        }
        try {
            stack.startInfrastructure();
            return stack;
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
    }

    private synchronized void startInfrastructure() {
        Ports.requireFree(config.postgresPort(), "PostgreSQL", "IKZ_POSTGRES_PORT");
        Ports.requireFree(config.keycloakPort(), "Keycloak", "IKZ_KEYCLOAK_PORT");
        Ports.requireFree(config.keycloakManagementPort(), "Keycloak management", "IKZ_KEYCLOAK_MANAGEMENT_PORT");
        Ports.requireFree(config.kafkaPort(), "Kafka", "IKZ_KAFKA_PORT");
        Ports.requireFree(config.kafkaControllerPort(), "Kafka controller", "IKZ_KAFKA_CONTROLLER_PORT");
        keepPreviousLogs();
        progress.message("Data and logs: " + config.workDir()
                + (config.persistent() ? " (kept between runs)" : " (temporary)"));
        startPostgres();
        Path home = KeycloakDistribution.ensureUnpacked(artifacts.keycloakZip(), artifacts.keycloakVersion(),
                StackConfig.cacheDir(System.getenv()), progress);
        synchronized (state) {
            keycloakHome = home;
        }
        startKeycloak();
        startKafka();
    }

    /** The services from their packaged jars, all launched at once and then awaited (faster on two cores). */
    public synchronized void startServices() {
        requireServicesBuilt(config, Service.ALL);
        Service.ALL.forEach(this::requireServicePortFree);
        long start = System.nanoTime();
        for (Service service : Service.ALL) {
            launchService(service, localJvm());
        }
        for (Service service : Service.ALL) {
            awaitService(service);
        }
        progress.done("Services", secondsSince(start));
    }

    public synchronized void startService(String name) {
        startService(name, localJvm());
    }

    /**
     * Starts one service with the given JVM: the java executable and its options, everything before {@code -jar}
     * (e.g. the container image's, see {@link ImageJvm}).
     */
    public synchronized void startService(String name, List<String> jvm) {
        Service service = Service.named(name);
        requireServicesBuilt(config, List.of(service));
        requireServicePortFree(service);
        long start = System.nanoTime();
        launchService(service, jvm);
        awaitService(service);
        progress.done(service.name(), secondsSince(start));
    }

    /**
     * The web console on {@code port} (health on {@code managementPort}), signed in through this stack's Keycloak
     * and calling this stack's services. Session cookies are not forced to {@code Secure} here: the stack serves
     * plain HTTP on 127.0.0.1 only.
     */
    public synchronized void startConsole(int port, int managementPort) {
        Path jar = ConsoleApp.jar(config.projectRoot());
        if (!Files.isRegularFile(jar)) {
            throw new StackException("The console is not built: missing " + jar + ". Build first: mvn -DskipTests "
                    + "package (in " + config.projectRoot() + ").");
        }
        Ports.requireFree(port, ConsoleApp.NAME, ConsoleApp.PORT_ENV);
        Ports.requireFree(managementPort, ConsoleApp.NAME + " management", ConsoleApp.PORT_ENV);
        long start = System.nanoTime();
        progress.message(ConsoleApp.NAME + ": starting on port " + port + " ...");
        Map<String, String> env = ConsoleApp.environment(port, managementPort, issuer(),
                serviceUrl(Service.MEMBERSHIP.name()), serviceUrl(Service.COSTING.name()),
                serviceUrl(Service.SUPPORT.name()));
        ChildProcess process = ChildProcess.start(ConsoleApp.NAME, List.of(javaExecutable(), "-Xmx192m", "-jar",
                jar.toString()), env, config.workDir(), config.logDir().resolve(ConsoleApp.NAME + ".log"));
        adopt(process, p -> {
            console = p;
            consolePort = port;
        });
        awaitOrStop(process, port, SERVICE_TIMEOUT_SECONDS,
                () -> httpOk("http://127.0.0.1:" + managementPort + "/q/health/ready"), () -> console = null);
        progress.done(ConsoleApp.NAME, secondsSince(start));
    }

    public String consoleUrl() {
        synchronized (state) {
            if (console == null) {
                throw new IllegalStateException("the console is not running");
            }
            return "http://127.0.0.1:" + consolePort;
        }
    }

    /** True while this stack runs the named service (for fault tests that must restore what they stopped). */
    public boolean isServiceRunning(String name) {
        synchronized (state) {
            return services.containsKey(Service.named(name));
        }
    }

    /** The operating-system process id of a running service (benchmarks read its memory from it). */
    public long servicePid(String name) {
        synchronized (state) {
            ChildProcess process = services.get(Service.named(name));
            if (process == null) {
                throw new IllegalStateException(name + " is not running");
            }
            return process.pid();
        }
    }

    public boolean isKafkaRunning() {
        synchronized (state) {
            return kafka != null;
        }
    }

    public synchronized void stopService(String name) {
        Service service = Service.named(name);
        ChildProcess process;
        synchronized (state) {
            process = services.remove(service);
        }
        stop(process);
    }

    /** Starts PostgreSQL on the configured port with the data directory of this stack. */
    public synchronized void startPostgres() {
        synchronized (state) {
            if (postgres != null) {
                throw new IllegalStateException("PostgreSQL is already running");
            }
        }
        Ports.requireFree(config.postgresPort(), "PostgreSQL", "IKZ_POSTGRES_PORT");
        long start = System.nanoTime();
        progress.message("PostgreSQL: starting on port " + config.postgresPort() + " ...");
        PostgresServer server = PostgresServer.start(config.postgresPort(), config.workDir().resolve("postgres"),
                config.logDir().resolve("postgres.log"));
        synchronized (state) {
            if (closed) {
                server.close();
                throw stoppedWhileStarting();
            }
            postgres = server;
        }
        server.ensureDatabases(DATABASES);
        progress.done("PostgreSQL (databases " + String.join(", ", DATABASES) + ")", secondsSince(start));
    }

    public synchronized void stopPostgres() {
        PostgresServer server;
        synchronized (state) {
            server = postgres;
            postgres = null;
        }
        if (server != null) {
            progress.message("PostgreSQL: stopping ...");
            server.close();
        }
    }

    /**
     * Starts Keycloak on this stack's database. {@code --import-realm} skips a realm that already exists, so
     * when the realm file changed since the last successful start, Keycloak's database is recreated first.
     */
    public synchronized void startKeycloak() {
        PostgresServer db;
        Path home;
        synchronized (state) {
            if (keycloak != null) {
                throw new IllegalStateException("Keycloak is already running");
            }
            db = postgres;
            home = keycloakHome;
        }
        if (db == null) {
            throw new IllegalStateException("PostgreSQL must run before Keycloak starts");
        }
        Ports.requireFree(config.keycloakPort(), "Keycloak", "IKZ_KEYCLOAK_PORT");
        Ports.requireFree(config.keycloakManagementPort(), "Keycloak management", "IKZ_KEYCLOAK_MANAGEMENT_PORT");
        long start = System.nanoTime();

        String realmHash = sha256(config.realmFile());
        Path hashFile = config.workDir().resolve("keycloak-realm.sha256");
        String importedHash = readIfExists(hashFile);
        if (!realmHash.equals(importedHash)) {
            if (importedHash != null) {
                progress.message("Keycloak: the realm file changed since the last start; recreating Keycloak's "
                        + "database so the realm is imported again");
            }
            db.recreateDatabase(PostgresServer.KEYCLOAK_DATABASE);
        }
        copy(config.realmFile(), home.resolve("data/import").resolve(config.realmFile().getFileName()));

        Path builtMarker = home.resolve(".ikz-started-once");
        progress.message("Keycloak " + artifacts.keycloakVersion() + ": starting on port " + config.keycloakPort()
                + (Files.exists(builtMarker) ? " ..." : " (the first start builds the server: 1-2 min) ..."));
        synchronized (KEYCLOAK_START_LOCK) {
            try (FileChannel lockFile = FileChannel.open(home.resolveSibling(home.getFileName() + ".start.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockFile.lock()) {
                ChildProcess process = ChildProcess.start("Keycloak", keycloakCommand(home), keycloakEnv(), home,
                        config.logDir().resolve("keycloak.log"));
                adopt(process, p -> keycloak = p);
                awaitOrStop(process, config.keycloakPort(), KEYCLOAK_TIMEOUT_SECONDS,
                        () -> httpOk(issuer() + "/.well-known/openid-configuration"), () -> keycloak = null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock the Keycloak installation " + home, e);
            }
        }
        write(hashFile, realmHash);
        write(builtMarker, "");
        progress.done("Keycloak (realm " + StackConfig.REALM + ")", secondsSince(start));
    }

    public synchronized void stopKeycloak() {
        ChildProcess process;
        synchronized (state) {
            process = keycloak;
            keycloak = null;
        }
        stop(process);
    }

    /** A running Kafka broker keeps working while Keycloak is away; new logins fail until it is back. */
    public synchronized void restartKeycloak() {
        stopKeycloak();
        startKeycloak();
    }

    /**
     * Starts the broker and makes topics and ACLs match {@link KafkaTopology}. Keycloak must answer first:
     * the broker fetches the signing keys and its own token at start-up and exits otherwise.
     */
    public synchronized void startKafka() {
        synchronized (state) {
            if (kafka != null) {
                throw new IllegalStateException("Kafka is already running");
            }
        }
        if (!httpOk(jwksUrl())) {
            throw new StackException("Keycloak must answer at " + jwksUrl() + " before Kafka starts "
                    + "(the broker fetches its signing keys and its own token at start-up).");
        }
        Ports.requireFree(config.kafkaPort(), "Kafka", "IKZ_KAFKA_PORT");
        Ports.requireFree(config.kafkaControllerPort(), "Kafka controller", "IKZ_KAFKA_CONTROLLER_PORT");
        long start = System.nanoTime();

        Path kafkaDir = config.workDir().resolve("kafka");
        Path dataDir = kafkaDir.resolve("data");
        Path serverProperties = kafkaDir.resolve("server.properties");
        Path log4j2 = kafkaDir.resolve("log4j2.properties");
        write(serverProperties, KafkaServerConfig.serverProperties(config.kafkaPort(), config.kafkaControllerPort(),
                dataDir, issuer(), jwksUrl(), tokenUrl(), LocalCredentials.clientSecret("kafka-broker")));
        write(log4j2, KafkaServerConfig.log4j2Properties());
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            formatKafkaStorage(serverProperties, log4j2);
        }

        progress.message("Kafka " + artifacts.kafkaVersion() + ": starting on port " + config.kafkaPort()
                + " (controller " + config.kafkaControllerPort() + ") ...");
        List<String> command = new ArrayList<>(kafkaJvm(log4j2));
        command.addAll(List.of("kafka.Kafka", serverProperties.toString()));
        ChildProcess process = ChildProcess.start("Kafka", command, Map.of(), config.workDir(),
                config.logDir().resolve("kafka.log"));
        adopt(process, p -> kafka = p);
        awaitOrStop(process, config.kafkaPort(), KAFKA_TIMEOUT_SECONDS, () -> tcpOpen(config.kafkaPort()),
                () -> kafka = null);
        try (Admin admin = KafkaProvisioning.admin(kafkaClientProperties("kafka-admin"))) {
            awaitOrStop(process, config.kafkaPort(), KAFKA_TIMEOUT_SECONDS, () -> KafkaProvisioning.answers(admin),
                    () -> kafka = null);
            KafkaProvisioning.apply(admin);
        } catch (ExecutionException | TimeoutException e) {
            throw new StackException("Kafka on port " + config.kafkaPort() + ": creating topics and ACLs as "
                    + "kafka-admin failed: " + causes(e) + System.lineSeparator()
                    + process.logHint(), e);
        } catch (KafkaException e) {
            throw new StackException("Kafka on port " + config.kafkaPort() + ": the client kafka-admin cannot log in "
                    + "at " + tokenUrl() + ": " + causes(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stoppedWhileStarting();
        }
        progress.done("Kafka (" + KafkaTopology.TOPICS.size() + " topics, " + KafkaTopology.GRANTS.size()
                + " ACLs)", secondsSince(start));
    }

    /** The broker's process id (fault tests freeze it with SIGSTOP or kill it with SIGKILL). */
    public long kafkaPid() {
        synchronized (state) {
            if (kafka == null) {
                throw new IllegalStateException("Kafka is not running");
            }
            return kafka.pid();
        }
    }

    public synchronized void stopKafka() {
        ChildProcess process;
        synchronized (state) {
            process = kafka;
            kafka = null;
        }
        stop(process);
    }

    public StackConfig config() {
        return config;
    }

    /** JDBC URL of one of the databases ({@code membership}, {@code costing}, {@code support}, {@code keycloak}). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + config.postgresPort() + "/" + database;
    }

    public String keycloakUrl() {
        return "http://127.0.0.1:" + config.keycloakPort();
    }

    public String issuer() {
        return keycloakUrl() + "/realms/" + StackConfig.REALM;
    }

    public String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + config.kafkaPort();
    }

    public String serviceUrl(String service) {
        return "http://127.0.0.1:" + config.servicePort(Service.named(service));
    }

    /** The service's management interface: {@code /q/health/*} and {@code /q/metrics} (not its API port). */
    public String managementUrl(String service) {
        return "http://127.0.0.1:" + Service.managementPort(config.servicePort(Service.named(service)));
    }

    public String clientSecret(String clientId) {
        return LocalCredentials.clientSecret(clientId);
    }

    /**
     * Properties for a Kafka client logging in as {@code clientId}; also allows this JVM to call the token
     * endpoint, which Kafka 4 clients refuse otherwise.
     */
    public Properties kafkaClientProperties(String clientId) {
        KafkaProvisioning.allowUrl(tokenUrl());
        return KafkaProvisioning.clientProperties(kafkaBootstrap(), tokenUrl(), clientId, clientSecret(clientId));
    }

    /** Stops the services, Kafka, Keycloak and PostgreSQL, in that order; deletes a temporary work directory. */
    @Override
    public void close() {
        synchronized (state) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and runs this very hook
        }
        List<ChildProcess> runningServices;
        List<ChildProcess> servers = new ArrayList<>();
        PostgresServer db;
        synchronized (state) {
            runningServices = new ArrayList<>(services.values());
            services.clear();
            if (console != null) {
                runningServices.add(console);
                console = null;
            }
            if (kafka != null) {
                servers.add(kafka);
            }
            if (keycloak != null) {
                servers.add(keycloak);
            }
            kafka = null;
            keycloak = null;
            db = postgres;
            postgres = null;
        }
        if (!runningServices.isEmpty()) {
            progress.message("Services: stopping "
                    + String.join(", ", runningServices.stream().map(ChildProcess::name).toList()) + " ...");
            ChildProcess.stopAll(runningServices);
        }
        servers.forEach(this::stop);
        if (db != null) {
            progress.message("PostgreSQL: stopping ...");
            db.close();
        }
        if (!config.persistent()) {
            Dirs.deleteRecursively(config.workDir());
        }
        if (!runningServices.isEmpty() || !servers.isEmpty() || db != null) {
            progress.message("Stopped.");
        }
    }

    private void launchService(Service service, List<String> jvm) {
        int port = config.servicePort(service);
        progress.message(service.name() + ": starting on port " + port + " ...");
        List<String> command = new ArrayList<>(jvm);
        command.addAll(List.of("-D" + KafkaProvisioning.ALLOWED_URLS_PROPERTY + "=" + tokenUrl(),
                "-jar", service.jar(config.projectRoot()).toString()));
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "IKZ_HTTP_PORT", Integer.toString(port),
                "IKZ_MANAGEMENT_PORT", Integer.toString(Service.managementPort(port)),
                "IKZ_DB_URL", jdbcUrl(service.database()),
                "IKZ_DB_USER", service.database(),
                "IKZ_DB_PASSWORD", LocalCredentials.databasePassword(service.database()),
                "IKZ_OIDC_URL", issuer(),
                "IKZ_KAFKA_BOOTSTRAP", kafkaBootstrap(),
                "IKZ_KAFKA_TOKEN_URL", tokenUrl(),
                "IKZ_KAFKA_CLIENT_SECRET", clientSecret(service.clientId()),
                "IKZ_LOG_JSON", "false"));
        // one demo user does everything in the local stack: costing's four-eyes control is off here
        env.put("IKZ_FOUR_EYES", "false");
        ChildProcess process = ChildProcess.start(service.name(), command, env, config.workDir(),
                config.logDir().resolve(service.name() + ".log"));
        adopt(process, p -> services.put(service, p));
    }

    private void awaitService(Service service) {
        ChildProcess process;
        synchronized (state) {
            process = services.get(service);
        }
        int port = config.servicePort(service);
        awaitOrStop(process, port, SERVICE_TIMEOUT_SECONDS,
                () -> httpOk(managementUrl(service.name()) + "/q/health/ready"), () -> services.remove(service));
    }

    /** Checked before anything starts, so a missing build is reported at once and not after the infrastructure. */
    static void requireServicesBuilt(StackConfig config, List<Service> wanted) {
        List<String> missing = wanted.stream()
                .map(s -> s.jar(config.projectRoot()))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(Path::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw new StackException("The services are not built: missing " + String.join(", ", missing)
                    + ". Build first: mvn -DskipTests package (in " + config.projectRoot() + ").");
        }
    }

    private void requireServicePortFree(Service service) {
        Ports.requireFree(config.servicePort(service), service.name(), service.portEnvVar());
    }

    private List<String> keycloakCommand(Path home) {
        return List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + config.keycloakPort(),
                "--hostname=" + keycloakUrl(),
                "--http-management-host=127.0.0.1",
                "--http-management-port=" + config.keycloakManagementPort(),
                "--import-realm",
                "--db=postgres",
                "--db-url=" + jdbcUrl(PostgresServer.KEYCLOAK_DATABASE),
                "--db-username=" + PostgresServer.KEYCLOAK_DATABASE,
                "--db-password=" + LocalCredentials.databasePassword(PostgresServer.KEYCLOAK_DATABASE),
                "--log-console-color=false");
    }

    private Map<String, String> keycloakEnv() {
        return Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", LocalCredentials.KEYCLOAK_ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", LocalCredentials.KEYCLOAK_ADMIN_PASSWORD);
    }

    private List<String> kafkaJvm(Path log4j2) {
        return List.of(javaExecutable(), "-Xmx512m",
                "-D" + KafkaProvisioning.ALLOWED_URLS_PROPERTY + "=" + jwksUrl() + "," + tokenUrl(),
                "-Dkafka.logs.dir=" + config.logDir(),
                "-Dlog4j2.configurationFile=" + log4j2,
                "-cp", artifacts.kafkaClasspath());
    }

    private void formatKafkaStorage(Path serverProperties, Path log4j2) {
        progress.message("Kafka: formatting the storage (first start) ...");
        List<String> command = new ArrayList<>(kafkaJvm(log4j2));
        command.addAll(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", serverProperties.toString(), "--standalone"));
        ChildProcess format = ChildProcess.start("Kafka storage format", command, Map.of(), config.workDir(),
                config.logDir().resolve("kafka-format.log"));
        int exit = format.waitFor(120);
        if (exit != 0) {
            throw new StackException("Formatting Kafka's storage failed (exit code " + exit + "). "
                    + format.logHint());
        }
    }

    /** Registers a just-started process, unless the stack was closed meanwhile (then it is stopped at once). */
    private void adopt(ChildProcess process, Consumer<ChildProcess> register) {
        synchronized (state) {
            if (!closed) {
                register.accept(process);
                return;
            }
        }
        process.stop();
        throw stoppedWhileStarting();
    }

    /**
     * Waits until {@code ready} holds; on death, timeout or close, stops the process, forgets it (under the
     * state lock) and fails with a message naming the server, its port and its log.
     */
    private void awaitOrStop(ChildProcess process, int port, long timeoutSeconds, BooleanSupplier ready,
                             Runnable forget) {
        long start = System.nanoTime();
        while (true) {
            if (closed) {
                throw stoppedWhileStarting();
            }
            if (ready.getAsBoolean()) {
                return;
            }
            long elapsed = secondsSince(start);
            String failure = null;
            if (!process.isAlive()) {
                failure = process.name() + " exited with code " + process.exitValue()
                        + " before it was ready on port " + port + ".";
            } else if (elapsed >= timeoutSeconds) {
                failure = process.name() + " did not become ready on port " + port + " within " + timeoutSeconds
                        + " s.";
            }
            if (failure != null) {
                synchronized (state) {
                    forget.run();
                }
                process.stop();
                throw new StackException(failure + System.lineSeparator() + process.logHint());
            }
            progress.waiting(process.name(), elapsed);
            sleep(1000);
        }
    }

    private void stop(ChildProcess process) {
        if (process != null) {
            progress.message(process.name() + ": stopping (pid " + process.pid() + ") ...");
            process.stop();
        }
    }

    private boolean httpOk(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean tcpOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A persistent stack keeps the logs of the previous run in logs.previous. */
    private void keepPreviousLogs() {
        Path logs = config.logDir();
        try {
            if (Files.isDirectory(logs)) {
                Path previous = logs.resolveSibling("logs.previous");
                Dirs.deleteRecursively(previous);
                Files.move(logs, previous);
            }
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the log directory " + logs, e);
        }
    }

    /** The whole chain: Kafka wraps the interesting part (e.g. an HTTP 401 from Keycloak) several levels deep. */
    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    private StackException stoppedWhileStarting() {
        return new StackException("The stack was stopped while starting.");
    }

    /**
     * The JVM the local stack runs the services with (the java executable and its options, everything before
     * {@code -jar}): this JDK, with a heap sized for a developer machine.
     */
    public static List<String> localJvm() {
        return List.of(javaExecutable(), "-Xmx256m");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000_000L;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while starting the stack.", e);
        }
    }

    private static String sha256(Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return HexFormat.of().formatHex(digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readIfExists(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
