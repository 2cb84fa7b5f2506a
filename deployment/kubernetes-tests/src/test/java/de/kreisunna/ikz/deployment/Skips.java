package de.kreisunna.ikz.deployment;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A check whose tool or data is missing is skipped with a message on a developer's machine, but fails in CI
 * ({@code CI=true}): there a skipped check would look like a passed one.
 */
final class Skips {

    private Skips() {
    }

    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips the calling test unless {@code condition}; in CI fails it instead. */
    static void unless(boolean condition, String why) {
        if (!condition && inCi()) {
            throw new AssertionError("CI=true and this check cannot run: " + why);
        }
        assumeTrue(condition, why);
    }
}
