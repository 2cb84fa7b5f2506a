package de.kreisunna.ikz.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import de.kreisunna.ikz.stack.HistoryDataSet;
import de.kreisunna.ikz.stack.ImageJvm;
import de.kreisunna.ikz.stack.LocalCredentials;
import de.kreisunna.ikz.stack.LocalStack;
import de.kreisunna.ikz.stack.Progress;
import de.kreisunna.ikz.stack.Service;
import de.kreisunna.ikz.stack.StackConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmarks of docs/benchmarks.md. Every figure stands beside a reference measured in the same run on
 * the same machine: the service's trivial endpoint (the HTTP stack's ceiling) and pgbench running the same
 * insert transaction on the same database. Compared loads alternate round by round after a warm-up, because
 * JIT warm-up takes tens of seconds of load on 2 cores.
 */
public final class Benchmarks {

    private static final String TOWN = "05978004";   // Bergkamen, a member since 2019 in the history data set

    private final boolean quick;
    private final Report report;

    private Benchmarks(boolean quick, Report report) {
        this.quick = quick;
        this.report = report;
    }

    public static void main(String[] args) throws IOException {
        boolean quick = List.of(args).contains("--quick");
        boolean propagationOnly = List.of(args).contains("--propagation");
        boolean consoleOnly = List.of(args).contains("--console");
        boolean httpOnly = List.of(args).contains("--http");
        Path root = Path.of(System.getProperty("ikz.project.root", ".")).toAbsolutePath().normalize();
        // a partial run must not overwrite the full report
        Path output = propagationOnly ? root.resolve("benchmarks/target/propagation.md")
                : consoleOnly ? root.resolve("benchmarks/target/console.md")
                : httpOnly ? root.resolve("benchmarks/target/http.md") : root.resolve("docs/benchmarks.md");
        Files.createDirectories(output.getParent());
        Report report = new Report(output, quick);
        new Benchmarks(quick, report).run(root, propagationOnly, consoleOnly, httpOnly);
        report.write();
        System.out.println("Results written to " + output);
    }

    private void run(Path root, boolean propagationOnly, boolean consoleOnly, boolean httpOnly) throws IOException {
        long start = System.nanoTime();
        try (LocalStack stack = LocalStack.startInfrastructure(StackConfig.ephemeral(root), Progress.console())) {
            long infrastructure = System.nanoTime();
            stack.startServices();
            long ready = System.nanoTime();
            report.startup("whole stack (PostgreSQL, Keycloak, Kafka, topics/ACLs, 3 services), fresh data",
                    seconds(start, ready));
            report.startup("of which the infrastructure", seconds(start, infrastructure));
            HistoryDataSet.load(stack, Progress.console());
            Api api = new Api(stack);
            if (propagationOnly) {
                propagation(stack, api);
                return;
            }
            if (consoleOnly) {
                ConsolePages.measure(stack, quick ? 5 : 20, quick ? 20 : 200, report);
                return;
            }
            if (httpOnly) {
                httpAndDatabase(stack, api, Files.createTempDirectory("ikz-bench"));
                return;
            }
            Path work = Files.createTempDirectory("ikz-bench");
            servicesReadyAndMemory(stack, root, work);
            httpAndDatabase(stack, api, work);
            idleWithOpenRequests(stack);
            propagation(stack, api);
            resumeAfterSigkill(stack, api, root, work);
            costRuns(stack, api);
            ConsolePages.measure(stack, quick ? 5 : 20, quick ? 20 : 200, report);
        }
    }

    /**
     * The memory limit of the services' pods and the heap share their JAVA_TOOL_OPTIONS give it
     * (deployment/kubernetes/base/services/{service}/deployment.yaml), for starts with the image's JVM.
     */
    private static final List<String> POD_MEMORY = List.of("-XX:MaxRAM=512m", "-XX:MaxRAMPercentage=75.0");
    private static final int STARTS = 2;
    /** Per service: the image's JVM on this machine (empty without a JDK of the image's version), made once per run. */
    private final Map<Service, Optional<List<String>>> imageJvms = new java.util.HashMap<>();

    /**
     * Restarts each service alone, {@value #STARTS} times with the local stack's JVM and {@value #STARTS} times with
     * its container image's (the JDK of the image's major version if this machine has one, the AOT cache made by
     * the Dockerfile's own training command, the ENTRYPOINT's flags); times each start to ready and reads the
     * resident memory after the last. The service is left running with the local stack's JVM.
     */
    private void servicesReadyAndMemory(LocalStack stack, Path root, Path work) throws IOException {
        for (Service service : Service.ALL) {
            starts(stack, service, "local stack: Java " + Runtime.version().feature() + ", -Xmx256m", LocalStack.localJvm());
            ImageJvm image = ImageJvm.of(root, service.name());
            Optional<List<String>> jvm = imageJvm(root, service, work);
            if (jvm.isEmpty()) {
                report.serviceStartSkipped(service.name(), "container image's JVM not measured: no Java "
                        + image.javaMajor() + " on this machine (set IKZ_JAVA_" + image.javaMajor() + "_HOME)");
                continue;
            }
            starts(stack, service, "container image: Java " + image.javaMajor() + ", " + String.join(" ",
                    image.jvm().subList(1, image.jvm().size())).replace(ImageJvm.APP_DIR, "") + ", "
                    + String.join(" ", POD_MEMORY), jvm.get());
            restart(stack, service, LocalStack.localJvm());
        }
    }

    /**
     * The image's JVM on this machine: the JDK of the image's Java version, if there is one, with the AOT cache made
     * by the Dockerfile's training command (once per run) and the pods' memory limit.
     */
    private Optional<List<String>> imageJvm(Path root, Service service, Path work) {
        return imageJvms.computeIfAbsent(service, s -> {
            ImageJvm image = ImageJvm.of(root, s.name());
            return ImageJvm.findJava(image.javaMajor()).map(java -> {
                Path appDir = s.jar(root).getParent();
                image.makeCache(java, appDir, work.resolve(s.name() + "-aot-training.log"));
                List<String> jvm = new ArrayList<>(ImageJvm.hostCommand(image.jvm(), java, appDir));
                jvm.addAll(POD_MEMORY);
                return jvm;
            });
        });
    }

    /**
     * costing-service killed with SIGKILL and started again at once (as Kubernetes restarts a container), with
     * the local stack's JVM and with the image's: the time from the kill until a membership change made after the
     * restart is visible in it (it must rejoin its group and get its partitions back).
     */
    private void resumeAfterSigkill(LocalStack stack, Api api, Path root, Path work) {
        Service costing = Service.COSTING;
        String admin = api.userToken("admin");
        String finance = api.userToken("finance");
        Map<String, List<String>> jvms = new LinkedHashMap<>();
        jvms.put("local stack: Java " + Runtime.version().feature(), LocalStack.localJvm());
        imageJvm(root, costing, work).ifPresent(jvm -> jvms.put("container image: Java "
                + ImageJvm.of(root, costing.name()).javaMajor() + " with its AOT cache", jvm));
        int town = 0;
        for (Map.Entry<String, List<String>> jvm : jvms.entrySet()) {
            for (int i = 0; i < STARTS; i++) {
                String ags = "0597%04d".formatted(7000 + town++);
                long killed = System.nanoTime();
                ProcessHandle.of(stack.servicePid(costing.name())).ifPresent(ProcessHandle::destroyForcibly);
                restart(stack, costing, jvm.getValue());
                double ready = (System.nanoTime() - killed) / 1e9;
                newMember(api, admin, stack, ags, "Restart " + ags);
                double visible = awaitRevision(api, finance, stack.serviceUrl(costing.name()) + "/members/" + ags, 1,
                        killed) / 1000;
                report.resume(jvm.getKey(), ready, visible);
            }
        }
        restart(stack, costing, LocalStack.localJvm());
    }

    private void starts(LocalStack stack, Service service, String jvmDescription, List<String> jvm) throws IOException {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            stack.stopService(service.name());
            long start = System.nanoTime();   // from launching java -jar: the stop is not timed
            stack.startService(service.name(), jvm);
            seconds.add(seconds(start, System.nanoTime()));
        }
        report.serviceStart(service.name(), jvmDescription, seconds,
                residentMegabytes(stack.servicePid(service.name())));
    }

    /** Stops the service (or clears a killed one) and starts it with the given JVM, until it is ready. */
    private static void restart(LocalStack stack, Service service, List<String> jvm) {
        stack.stopService(service.name());
        stack.startService(service.name(), jvm);
    }

    /** A new town in membership-service, a member from 2024-01-01: one membership change (revision 1). */
    private static void newMember(Api api, String admin, LocalStack stack, String ags, String name) {
        String membership = stack.serviceUrl(Service.MEMBERSHIP.name());
        api.post(admin, membership + "/municipalities", "{\"ags\":\"" + ags + "\",\"name\":\"" + name + "\"}", 201);
        api.post(admin, membership + "/municipalities/" + ags + "/memberships",
                "{\"validFrom\":\"" + LocalDate.of(2024, 1, 1) + "\"}", 201);
    }

    /** How much of a core support-service uses while idle, with the open requests the submission rounds left. */
    private void idleWithOpenRequests(LocalStack stack) throws IOException {
        Duration window = Duration.ofSeconds(quick ? 15 : 75);
        long pid = stack.servicePid(Service.SUPPORT.name());
        long open;
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(stack.jdbcUrl(Service.SUPPORT.database()),
                Service.SUPPORT.database(), LocalCredentials.databasePassword(Service.SUPPORT.database()));
                java.sql.ResultSet rs = db.createStatement().executeQuery(
                        "SELECT count(*) FROM support_request WHERE status NOT IN ('CLOSED', 'REJECTED')")) {
            rs.next();
            open = rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IOException("counting open requests: " + e.getMessage(), e);
        }
        long before = cpuTicks(pid);
        long start = System.nanoTime();
        sleep(window.toMillis());
        double used = (cpuTicks(pid) - before) / 100.0 / ((System.nanoTime() - start) / 1e9);
        report.idle("support-service with %,d open requests, idle for %d s: %.2f %% of a core".formatted(open,
                window.toSeconds(), used * 100));
    }

    /** utime + stime of a process in clock ticks (100 per second on Linux). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private void httpAndDatabase(LocalStack stack, Api api, Path work) throws IOException {
        Duration round = Duration.ofSeconds(quick ? 3 : 10);
        Wrk wrk = new Wrk(2, 16, round);
        PgBench pgbench = new PgBench(16, round);
        Path submit = Wrk.script("submit.lua", work);
        Path get = Wrk.script("get.lua", work);
        Path transaction = Wrk.script("submit-transaction.sql", work);
        String support = stack.serviceUrl(Service.SUPPORT.name());
        String supportDb = stack.jdbcUrl(Service.SUPPORT.database());
        String password = LocalCredentials.databasePassword(Service.SUPPORT.database());
        report.method(wrk.describe() + " on 127.0.0.1; " + pgbench.describe() + "; rounds alternate, "
                + (quick ? 1 : 2) + " warm-up round(s) discarded, the median of " + (quick ? 1 : 3) + " measured rounds shown");

        // the town submits only once support-service has its membership from the history data set
        awaitRevision(api, api.userToken("finance"), support + "/members/" + TOWN, 0, System.nanoTime());
        String someRequest = null;
        Map<String, List<Measurement>> rounds = new LinkedHashMap<>();
        try (BareRead bare = BareRead.start(stack.jwksUrl(), stack.issuer(), supportDb, Service.SUPPORT.database(),
                password, wrk.connections())) {
            int warmUp = quick ? 1 : 2;
            int measured = quick ? 1 : 3;
            for (int i = 0; i < warmUp + measured; i++) {
                // tokens live 300 s: a fresh one per round
                String town = api.userToken("bergkamen");
                // a fresh run id per round: submit.lua's idempotency keys are never replayed by a later round
                Map<String, String> env = Map.of("BENCH_TOKEN", town, "BENCH_AGS", TOWN,
                        "BENCH_RUN", java.util.UUID.randomUUID().toString());
                if (someRequest == null) {
                    someRequest = api.post(town, support + "/support-requests",
                            "{\"category\":\"APPLICATION_QUESTION\",\"subject\":\"Probe\",\"description\":\"Probe\"}", 201)
                            .get("id").asText();
                }
                List<Measurement> results = List.of(
                        wrk.run("support-service GET /q/health/live (trivial, no auth, management port)",
                                stack.managementUrl(Service.SUPPORT.name()) + "/q/health/live", null, Map.of()),
                        wrk.run("support-service POST /support-requests (town token, persisted + outbox)", support, submit, env),
                        pgbench.run("pgbench: the same insert transaction, same database", supportDb,
                                Service.SUPPORT.database(), password, transaction, work),
                        wrk.run("support-service GET /support-requests/{id} (town-scoped, authenticated)",
                                support + "/support-requests/" + someRequest, get, env),
                        wrk.run("bare reference: the same read without a framework (JWT check, one SELECT; benchmark process)",
                                bare.url() + "/support-requests/" + someRequest, get, env));
                if (i >= warmUp) {
                    results.forEach(m -> rounds.computeIfAbsent(m.what(), k -> new ArrayList<>()).add(m));
                }
            }
        }
        rounds.values().forEach(list -> report.load(median(list)));
    }

    /**
     * Time from a membership change's 201 to its visibility in costing's and support's projections, beside the
     * raw produce→consume hop on the same broker with the same security: a hop right before and right after each
     * change, so the reference and the paths see the machine in the same state. Both get the same warm-up.
     */
    private void propagation(LocalStack stack, Api api) {
        int changes = quick ? 5 : 100;
        int warmUp = quick ? 5 : 100;
        String admin = api.userToken("admin");
        String finance = api.userToken("finance");
        Map<String, double[]> latencies = new LinkedHashMap<>();
        for (Service consumer : List.of(Service.COSTING, Service.SUPPORT)) {
            latencies.put(consumer.name(), new double[changes]);
        }
        double[] hops = new double[2 * changes];
        try (RawHop raw = RawHop.open(stack)) {
            for (int i = 0; i < warmUp + changes; i++) {
                double before = raw.hop();
                String ags = "0597%04d".formatted(5000 + i);
                newMember(api, admin, stack, ags, "Benchmark " + i);
                long committed = System.nanoTime();   // the 201: the change and its outbox row are committed
                for (Service consumer : List.of(Service.COSTING, Service.SUPPORT)) {
                    double latency = awaitRevision(api, finance, stack.serviceUrl(consumer.name()) + "/members/" + ags,
                            1, committed);
                    if (i >= warmUp) {
                        latencies.get(consumer.name())[i - warmUp] = latency;
                    }
                }
                double after = raw.hop();
                if (i >= warmUp) {
                    hops[2 * (i - warmUp)] = before;
                    hops[2 * (i - warmUp) + 1] = after;
                }
            }
        }
        report.propagation("raw Kafka hop: produce (idempotent, acks=all) → consume, same broker and security,"
                        + " one right before and one right after each change",
                hops.length, Percentiles.of(hops.clone(), 50), Percentiles.of(hops.clone(), 99),
                Percentiles.of(hops.clone(), 100));
        latencies.forEach((consumer, values) -> report.propagation("membership-service → " + consumer, changes,
                Percentiles.of(values.clone(), 50),
                Percentiles.of(values.clone(), 99), Percentiles.of(values.clone(), 100)));
        String producer = stack.managementUrl(Service.MEMBERSHIP.name());
        report.propagationDetail("membership-service: event time (outbox write, before the commit) → handed to the"
                + " producer (commit and relay pass) " + quantiles(api, producer, "ikz_outbox_relay_delay_seconds", ""));
        report.propagationDetail("membership-service: handed to the producer → broker ack "
                + quantiles(api, producer, "ikz_outbox_ack_latency_seconds", ""));
        for (Service consumer : List.of(Service.COSTING, Service.SUPPORT)) {
            String metrics = stack.managementUrl(consumer.name());
            String channel = "channel=\"membership-events\",";
            report.propagationDetail(consumer.name() + ": record time (handed to the producer) → in the handler "
                    + quantiles(api, metrics, "ikz_events_receive_delay_seconds", channel)
                    + "; handling (its transaction included) " + quantiles(api, metrics, "ikz_events_handling_seconds", channel)
                    + "; event time → applied " + quantiles(api, metrics, "ikz_events_end_to_end_seconds", channel));
        }
    }

    /** "p50 x ms, p99 y ms" of a timer as the service's Prometheus endpoint shows it (a window of recent values). */
    private static String quantiles(Api api, String service, String metric, String labels) {
        String text = api.text(service + "/q/metrics");
        StringBuilder out = new StringBuilder();
        for (String quantile : List.of("0.5", "0.99")) {
            String prefix = metric + "{" + labels + "quantile=\"" + quantile + "\"";
            String value = text.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(l.lastIndexOf(' ') + 1))
                    .findFirst().orElse("NaN");
            out.append(out.isEmpty() ? "" : ", ").append(quantile.equals("0.5") ? "p50 " : "p99 ")
                    .append("%.1f ms".formatted(Double.parseDouble(value) * 1000));
        }
        return out.toString();
    }

    /**
     * A cost run (preview) for 2023 with the eight real members, then with synthetic towns added to costing's
     * membership projection (joining on 2023-03-01, so every run has two segments per town) up to 1,000 and
     * 10,000 towns. The synthetic rows go straight into costing's database: the figure is the cost run's, not
     * the event flow's (measured above).
     */
    private void costRuns(LocalStack stack, Api api) {
        String finance = api.userToken("finance");
        String costing = stack.serviceUrl(Service.COSTING.name());
        int present = 8;
        for (int towns : quick ? List.of(8, 1_000) : List.of(8, 1_000, 10_000)) {
            SyntheticTowns.add(stack, present, towns);
            present = towns;
            long start = System.nanoTime();
            long id = api.post(finance, costing + "/cost-runs", "{\"year\":2023}", 202).get("id").asLong();
            JsonNode run = awaitDone(api, finance, costing + "/cost-runs/" + id);
            report.costRun(towns, seconds(start, System.nanoTime()), "status " + run.get("status").asText()
                    + ", Kopfstelle total " + run.at("/summary/kopfstelleTotal").asText() + " EUR");
        }
    }

    private static JsonNode awaitDone(Api api, String token, String url) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = api.get(token, url);
            if (!"RUNNING".equals(run.get("status").asText())) {
                if (!"DONE".equals(run.get("status").asText())) {
                    throw new IllegalStateException("cost run failed: " + run);
                }
                return run;
            }
            sleep(20);
        }
        throw new IllegalStateException(url + " not done within 10 minutes");
    }

    private static double awaitRevision(Api api, String token, String url, long revision, long since) {
        long deadline = since + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode member = api.find(token, url);
            if (member != null && member.get("revision").asLong() >= revision) {
                return (System.nanoTime() - since) / 1e6;
            }
            sleep(5);
        }
        throw new IllegalStateException(url + " did not show revision " + revision + " within 60 s");
    }

    private static Measurement median(List<Measurement> rounds) {
        double[] rates = rounds.stream().mapToDouble(Measurement::perSecond).toArray();
        double rate = Percentiles.median(rates);
        return rounds.stream().filter(m -> m.perSecond() == rate).findFirst().orElse(rounds.get(0));
    }

    private static long residentMegabytes(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                .findFirst().orElseThrow();
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
