package de.kreisunna.ikz.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (HTTP load from a second process, on loopback) and reads its throughput and latency distribution. */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|90|99)%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    /** Printed by scripts that expect one status only (submit.lua: every submission must be a new 201). */
    private static final Pattern UNEXPECTED = Pattern.compile("Non-201 submissions: (\\d+)");

    private final int threads;
    private final int connections;
    private final Duration duration;

    Wrk(int threads, int connections, Duration duration) {
        this.threads = threads;
        this.connections = connections;
        this.duration = duration;
    }

    int connections() {
        return connections;
    }

    String describe() {
        return "wrk -t%d -c%d -d%ds --latency".formatted(threads, connections, duration.toSeconds());
    }

    Measurement run(String what, String url, Path luaScript, Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--latency", "--timeout", "10s"));
        if (luaScript != null) {
            command.addAll(List.of("-s", luaScript.toString()));
        }
        command.add(url);
        String output = Processes.run(command, env, duration.plusSeconds(30));
        Matcher errors = ERRORS.matcher(output);
        if (errors.find()) {
            throw new IllegalStateException(what + ": " + errors.group(1) + " failed requests; wrk said:\n" + output);
        }
        Matcher unexpected = UNEXPECTED.matcher(output);
        if (unexpected.find() && Long.parseLong(unexpected.group(1)) > 0) {
            throw new IllegalStateException(what + ": " + unexpected.group(1)
                    + " answers were not 201 (a replay or a refusal): the round is invalid; wrk said:\n" + output);
        }
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException(what + ": no result from wrk:\n" + output);
        }
        double[] percentiles = new double[3];
        Matcher p = PERCENTILE.matcher(output);
        while (p.find()) {
            double value = Double.parseDouble(p.group(2)) * switch (p.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000;
                default -> 1;
            };
            percentiles[switch (p.group(1)) { case "50" -> 0; case "90" -> 1; default -> 2; }] = value;
        }
        return new Measurement(what, Double.parseDouble(rate.group(1)), percentiles[0], percentiles[1], percentiles[2]);
    }

    static Path script(String resource, Path dir) {
        try (var in = Wrk.class.getResourceAsStream(resource)) {
            Path file = dir.resolve(resource);
            Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + resource, e);
        }
    }
}
