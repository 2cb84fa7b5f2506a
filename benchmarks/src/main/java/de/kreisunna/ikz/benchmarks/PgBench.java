package de.kreisunna.ikz.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Runs pgbench with a custom transaction and reads per-transaction latencies from its log. */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)");

    private final int clients;
    private final Duration duration;

    PgBench(int clients, Duration duration) {
        this.clients = clients;
        this.duration = duration;
    }

    String describe() {
        return "pgbench -n -c%d -j2 -T%d -f submit-transaction.sql".formatted(clients, duration.toSeconds());
    }

    Measurement run(String what, String jdbcUrl, String user, String password, Path script, Path workDir) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        Path logDir = workDir.resolve("pgbench-" + System.nanoTime());
        try {
            Files.createDirectories(logDir);
            String output = Processes.run(List.of("pgbench", "-n", "-c", String.valueOf(clients), "-j", "2",
                            "-T", String.valueOf(duration.toSeconds()), "-f", script.toString(),
                            "-l", "--log-prefix=" + logDir.resolve("tx"),
                            "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", user, uri.getPath().substring(1)),
                    Map.of("PGPASSWORD", password), duration.plusSeconds(30));
            Matcher tps = TPS.matcher(output);
            if (!tps.find()) {
                throw new IllegalStateException(what + ": no result from pgbench:\n" + output);
            }
            double[] latencies = latenciesMillis(logDir);
            return new Measurement(what, Double.parseDouble(tps.group(1)), Percentiles.of(latencies, 50),
                    Percentiles.of(latencies, 90), Percentiles.of(latencies, 99));
        } catch (IOException e) {
            throw new IllegalStateException("pgbench log unreadable", e);
        }
    }

    /** pgbench's per-transaction log: "client tx latency_us script epoch epoch_us" per line. */
    private static double[] latenciesMillis(Path logDir) throws IOException {
        try (Stream<Path> files = Files.list(logDir)) {
            return files.flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).mapToDouble(line -> Long.parseLong(line.split(" ")[2]) / 1000.0).toArray();
        }
    }
}
