package de.kreisunna.ikz.support.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5));

    @Test
    void theDelayDoublesPerFailureBetweenHalfAndAllOfTheStep() {
        assertThat(backoff.after(1, () -> 0.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(1, () -> 0.9999)).isBetween(Duration.ofMillis(9_999), Duration.ofSeconds(10));
        assertThat(backoff.after(2, () -> 0.0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(3, () -> 0.0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.after(3, () -> 0.9999)).isBetween(Duration.ofMillis(39_990), Duration.ofSeconds(40));
    }

    @Test
    void theDelayNeverExceedsTheMaximumHoweverManyFailures() {
        for (int failures = 1; failures <= 10_000; failures *= 3) {
            for (double random : new double[] {0.0, 0.5, 0.99999}) {
                Duration delay = backoff.after(failures, () -> random);
                assertThat(delay).isLessThanOrEqualTo(Duration.ofMinutes(5)).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
            }
        }
        assertThat(backoff.after(10_000, () -> 0.0)).isEqualTo(Duration.ofMillis(150_000));
    }

    @Test
    void theJitterSpreadsRetriesOfReceiversThatFailedTogether() {
        assertThat(backoff.after(4, () -> 0.1)).isNotEqualTo(backoff.after(4, () -> 0.8));
    }
}
