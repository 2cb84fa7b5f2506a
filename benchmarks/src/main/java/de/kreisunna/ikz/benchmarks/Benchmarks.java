package de.kreisunna.ikz.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import de.kreisunna.ikz.stack.HistoryDataSet;
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
        Path root = Path.of(System.getProperty("ikz.project.root", ".")).toAbsolutePath().normalize();
        // a partial run must not overwrite the full report
        Path output = propagationOnly ? root.resolve("benchmarks/target/propagation.md")
                : consoleOnly ? root.resolve("benchmarks/target/console.md") : root.resolve("docs/benchmarks.md");
        Files.createDirectories(output.getParent());
        Report report = new Report(output, quick);
        new Benchmarks(quick, report).run(root, propagationOnly, consoleOnly);
        report.write();
        System.out.println("Results written to " + output);
    }

    private void run(Path root, boolean propagationOnly, boolean consoleOnly) throws IOException {
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
            servicesReadyAndMemory(stack);

            Path work = Files.createTempDirectory("ikz-bench");
            httpAndDatabase(stack, api, work);
            propagation(stack, api);
            costRuns(stack, api);
            ConsolePages.measure(stack, quick ? 5 : 20, quick ? 20 : 200, report);
        }
    }

    /** Restarts each service alone to time it to ready, then reads its resident memory. */
    private void servicesReadyAndMemory(LocalStack stack) throws IOException {
        for (Service service : Service.ALL) {
            stack.stopService(service.name());
            long start = System.nanoTime();
            stack.startService(service.name());
            report.startup(service.name() + " (java -jar to /q/health/ready 200)", seconds(start, System.nanoTime()));
            report.memory(service.name(), residentMegabytes(stack.servicePid(service.name())));
        }
    }

    private void httpAndDatabase(LocalStack stack, Api api, Path work) {
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

        String someRequest = null;
        Map<String, List<Measurement>> rounds = new LinkedHashMap<>();
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
                            support + "/support-requests/" + someRequest, get, env));
            if (i >= warmUp) {
                results.forEach(m -> rounds.computeIfAbsent(m.what(), k -> new ArrayList<>()).add(m));
            }
        }
        rounds.values().forEach(list -> report.load(median(list)));
    }

    /**
     * Time from a membership change's 201 to its visibility in costing's and support's projections, beside the
     * raw produce→consume hop on the same broker with the same security, measured in the same run.
     */
    private void propagation(LocalStack stack, Api api) {
        int changes = quick ? 5 : 100;
        double[] hop = RawHop.measure(stack, quick ? 20 : 100, changes * 2);
        report.propagation("raw Kafka hop: produce (idempotent, acks=all) → consume, same broker and security",
                hop.length, Percentiles.of(hop.clone(), 50), Percentiles.of(hop.clone(), 99), Percentiles.of(hop.clone(), 100));
        String admin = api.userToken("admin");
        String finance = api.userToken("finance");
        String membership = stack.serviceUrl(Service.MEMBERSHIP.name());
        Map<String, double[]> latencies = new LinkedHashMap<>();
        for (Service consumer : List.of(Service.COSTING, Service.SUPPORT)) {
            latencies.put(consumer.name(), new double[changes]);
        }
        for (int i = 0; i < changes; i++) {
            String ags = "0597%04d".formatted(5000 + i);
            api.post(admin, membership + "/municipalities", "{\"ags\":\"" + ags + "\",\"name\":\"Benchmark " + i + "\"}", 201);
            long changed = System.nanoTime();
            api.post(admin, membership + "/municipalities/" + ags + "/memberships",
                    "{\"validFrom\":\"" + LocalDate.of(2024, 1, 1) + "\"}", 201);
            for (Service consumer : List.of(Service.COSTING, Service.SUPPORT)) {
                latencies.get(consumer.name())[i] = awaitRevision(api, finance,
                        stack.serviceUrl(consumer.name()) + "/members/" + ags, 1, changed);
            }
        }
        latencies.forEach((consumer, values) -> report.propagation("membership-service → " + consumer, changes,
                Percentiles.of(values.clone(), 50),
                Percentiles.of(values.clone(), 99), Percentiles.of(values.clone(), 100)));
        report.propagationDetail("membership-service, outbox relay: handed to the producer → broker ack "
                + quantiles(api, stack.managementUrl(Service.MEMBERSHIP.name()), "ikz_outbox_ack_latency_seconds", ""));
        for (Service consumer : List.of(Service.COSTING, Service.SUPPORT)) {
            report.propagationDetail(consumer.name() + ": event time (outbox write, before the commit) → applied "
                    + quantiles(api, stack.managementUrl(consumer.name()), "ikz_events_end_to_end_seconds",
                            "channel=\"membership-events\","));
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
