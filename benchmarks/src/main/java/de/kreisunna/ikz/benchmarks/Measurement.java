package de.kreisunna.ikz.benchmarks;

/** One measured load: throughput and latency percentiles in milliseconds. */
record Measurement(String what, double perSecond, double p50, double p90, double p99) {

    String row() {
        return "| %s | %,.0f | %.2f | %.2f | %.2f |".formatted(what, perSecond, p50, p90, p99);
    }
}
