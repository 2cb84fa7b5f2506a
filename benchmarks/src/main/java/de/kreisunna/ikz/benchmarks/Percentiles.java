package de.kreisunna.ikz.benchmarks;

import java.util.Arrays;

final class Percentiles {

    private Percentiles() {
    }

    /** Nearest-rank percentile of the values (which it sorts). */
    static double of(double[] values, double percentile) {
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        int rank = (int) Math.ceil(percentile / 100.0 * values.length);
        return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
    }

    static double median(double[] values) {
        return of(values, 50);
    }
}
