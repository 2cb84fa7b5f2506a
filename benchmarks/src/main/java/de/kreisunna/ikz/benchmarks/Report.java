package de.kreisunna.ikz.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects the figures of one run and writes them, with the command and the machine, to docs/benchmarks.md. */
final class Report {

    private final Path file;
    private final boolean quick;
    private final List<String> startup = new ArrayList<>();
    private final List<String> serviceStarts = new ArrayList<>();
    private final List<String> load = new ArrayList<>();
    private final List<String> propagation = new ArrayList<>();
    private final List<String> idle = new ArrayList<>();
    private final List<String> resumes = new ArrayList<>();
    private final List<String> propagationDetails = new ArrayList<>();
    private final List<String> costRuns = new ArrayList<>();
    private final List<String> consolePages = new ArrayList<>();
    private String method = "";

    Report(Path file, boolean quick) {
        this.file = file;
        this.quick = quick;
    }

    void startup(String what, double seconds) {
        startup.add("| %s | %.1f s |".formatted(what, seconds));
    }

    void serviceStart(String service, String jvm, List<Double> seconds, long megabytes) {
        serviceStarts.add("| %s | %s | %s | %d MB |".formatted(service, jvm,
                String.join(" / ", seconds.stream().map("%.1f s"::formatted).toList()), megabytes));
    }

    void serviceStartSkipped(String service, String why) {
        serviceStarts.add("| %s | %s | – | – |".formatted(service, why));
    }

    void method(String text) {
        method = text;
    }

    void load(Measurement measurement) {
        load.add(measurement.row());
    }

    void propagation(String path, int count, double p50, double p99, double max) {
        propagation.add("| %s | %d | %.1f | %.1f | %.1f |".formatted(path, count, p50, p99, max));
    }

    void resume(String jvm, double readySeconds, double consumingSeconds) {
        resumes.add("| %s | %.1f s | %.1f s |".formatted(jvm, readySeconds, consumingSeconds));
    }

    void idle(String line) {
        idle.add(line);
    }

    void propagationDetail(String line) {
        propagationDetails.add("- " + line);
    }

    void costRun(int towns, double seconds, String detail) {
        costRuns.add("| %,d | %.2f s | %s |".formatted(towns, seconds, detail));
    }

    void consolePage(String what, int count, double p50, double p95, double p99) {
        consolePages.add("| %s | %d | %.1f | %.1f | %.1f |".formatted(what, count, p50, p95, p99));
    }

    void write() throws IOException {
        List<String> out = new ArrayList<>();
        out.add("# Benchmarks");
        out.add("");
        out.add("Produced by `benchmarks/run.sh" + (quick ? " --quick" : "") + "` on " + LocalDate.now() + " ("
                + machine() + "). The script starts its own stack (PostgreSQL, Keycloak, Kafka, the three packaged"
                + " services) on free loopback ports, loads the history data set, and measures; all load is"
                + " generated on 127.0.0.1, bounded in time and count. Every figure stands beside a reference"
                + " measured in the same run. Load generator, services and databases share the same 2 cores, so"
                + " the figures are lower bounds for a real deployment and only comparable within one run."
                + (quick ? " **This was a --quick smoke run: short rounds, not comparable to a full run.**" : ""));
        out.add("");
        out.add("## Time to ready");
        out.add("| what | seconds |");
        out.add("|---|---|");
        out.addAll(startup);
        out.add("");
        out.add("## Service start-up and memory");
        out.add("Each service restarted alone against the running stack, twice per JVM, timed from launching `java -jar`"
                + " to `/q/health/ready` answering 200; the resident set after the second start, before load. The"
                + " container image's JVM is run on this machine: the JDK of the image's Java version, the AOT cache made"
                + " by the Dockerfile's training command, the flags of its ENTRYPOINT, and the pods' memory limit"
                + " given to the JVM (`-XX:MaxRAM`); the machine's two cores are not limited to the pods' one.");
        out.add("");
        out.add("| service | JVM | ready after | RSS after start |");
        out.add("|---|---|---|---|");
        out.addAll(serviceStarts);
        out.add("");
        out.add("## Requests at fixed concurrency");
        out.add(method + ".");
        out.add("");
        out.add("| load | per second | p50 ms | p90 ms | p99 ms |");
        out.add("|---|---|---|---|---|");
        out.addAll(load);
        if (!idle.isEmpty()) {
            out.add("");
            out.add("## An idle service with many open requests");
            out.add("The CPU time support-service used (from `/proc/<pid>/stat`) while nothing called it, right after the"
                    + " submission rounds left their requests open; the window includes at least one run of the SLA monitor"
                    + " (every minute) and the webhook dispatcher (every second).");
            out.add("");
            out.addAll(idle);
        }
        out.add("");
        out.add("## Membership change → visible in the consumers");
        out.add("From the 201 of `POST /municipalities/{ags}/memberships` to the new revision on the consumer's"
                + " `GET /members/{ags}` (polled every 5 ms), one change at a time after " + (quick ? 5 : 100)
                + " unmeasured ones, beside the raw Kafka hop measured right before and right after each change (after"
                + " as many unmeasured hops). The outbox relay starts right after the commit (`ikz.outbox.relay-on-commit`).");
        out.add("");
        out.add("| path | records | p50 ms | p99 ms | max ms |");
        out.add("|---|---|---|---|---|");
        out.addAll(propagation);
        if (!propagationDetails.isEmpty()) {
            out.add("");
            out.add("Where the time goes (the services' own timers, read from `/q/metrics` right after the run):");
            out.add("");
            out.addAll(propagationDetails);
        }
        if (!resumes.isEmpty()) {
            out.add("");
            out.add("## A consumer killed with SIGKILL and started again (target: consuming again within 10 s)");
            out.add("costing-service killed and started again at once; a membership change made after its restart; from"
                    + " the kill to the service ready, and to the change visible in it (the consumer has rejoined its"
                    + " group and got its partitions back).");
            out.add("");
            out.add("| JVM | ready | consuming again |");
            out.add("|---|---|---|");
            out.addAll(resumes);
        }
        if (!costRuns.isEmpty()) {
            out.add("");
            out.add("## Cost runs for synthetic towns");
            out.add("| towns | from POST to DONE | detail |");
            out.add("|---|---|---|");
            out.addAll(costRuns);
        }
        if (!consolePages.isEmpty()) {
            out.add("");
            out.add("## Web console pages (target: p95 at most 300 ms)");
            out.add("Each user signed in through Keycloak's login form; one request at a time, the whole response timed on"
                    + " 127.0.0.1 after warm-up requests; the console renders the page on the server from the services' answers"
                    + " (with the history data set loaded).");
            out.add("");
            out.add("| page | requests | p50 ms | p95 ms | p99 ms |");
            out.add("|---|---|---|---|---|");
            out.addAll(consolePages);
        }
        out.add("");
        Files.writeString(file, String.join("\n", out));
    }

    private static String machine() {
        long memoryGb = 0;
        try {
            memoryGb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024).findFirst().orElse(0L);
        } catch (IOException e) {
            // the machine line is informative only
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + memoryGb + " GiB, Java "
                + System.getProperty("java.version");
    }
}
