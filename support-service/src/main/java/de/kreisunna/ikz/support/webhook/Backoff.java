package de.kreisunna.ikz.support.webhook;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": after the n-th failed attempt the next one waits between half and all
 * of {@code min(max, base × 2^(n-1))}, so receivers coming back are not hit by every sender at once.
 */
public record Backoff(Duration base, Duration max) {

    /** The wait after {@code failedAttempts} (≥ 1) failures; {@code random} yields values in [0, 1). */
    public Duration after(int failedAttempts, DoubleSupplier random) {
        long ceiling = max.toMillis();
        long exponential = base.toMillis();
        for (int i = 1; i < failedAttempts && exponential < ceiling; i++) {
            exponential *= 2;
        }
        long capped = Math.min(exponential, ceiling);
        long half = capped / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (capped - half + 1)));
    }
}
