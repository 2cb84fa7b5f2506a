package de.kreisunna.ikz.stack;

import java.io.PrintStream;
import java.lang.System.Logger.Level;

/**
 * What the stack tells while it starts. Keycloak's first start takes minutes on a small machine, so a
 * person should see that something is happening; tests only want it in their log.
 */
public interface Progress {

    /** A step begins or something worth knowing happened. */
    void message(String text);

    /** Still waiting for {@code server}; called about once a second. */
    void waiting(String server, long elapsedSeconds);

    /** A step finished after {@code seconds}. */
    void done(String step, long seconds);

    /** Lines like {@code [ 12s] Keycloak: starting ...} on standard output, with dots while waiting. */
    static Progress console() {
        return new Console(System.out);
    }

    /** Messages to the {@link System.Logger} {@code de.kreisunna.ikz.stack}, no dots. */
    static Progress quiet() {
        return new Quiet();
    }

    final class Console implements Progress {
        private final PrintStream out;
        private final long startNanos = System.nanoTime();
        private boolean dotsPending;
        private long lastElapsed = Long.MAX_VALUE;
        private long printedAt;

        Console(PrintStream out) {
            this.out = out;
        }

        @Override
        public synchronized void message(String text) {
            endDots();
            out.printf("[%3ds] %s%n", secondsSinceStart(), text);
        }

        @Override
        public synchronized void waiting(String server, long elapsedSeconds) {
            if (elapsedSeconds < lastElapsed) {
                printedAt = 0;
            }
            lastElapsed = elapsedSeconds;
            if (elapsedSeconds / 10 > printedAt / 10) {
                out.print(elapsedSeconds / 10 * 10 + "s");
            } else if (elapsedSeconds - printedAt >= 2) {
                out.print('.');
            } else {
                return;
            }
            printedAt = elapsedSeconds;
            out.flush();
            dotsPending = true;
        }

        @Override
        public synchronized void done(String step, long seconds) {
            endDots();
            out.printf("[%3ds] %s: ready after %d s%n", secondsSinceStart(), step, seconds);
        }

        private void endDots() {
            if (dotsPending) {
                out.println();
                dotsPending = false;
            }
        }

        private long secondsSinceStart() {
            return (System.nanoTime() - startNanos) / 1_000_000_000L;
        }
    }

    final class Quiet implements Progress {
        private static final System.Logger LOG = System.getLogger("de.kreisunna.ikz.stack");

        @Override
        public void message(String text) {
            LOG.log(Level.INFO, text);
        }

        @Override
        public void waiting(String server, long elapsedSeconds) {
            if (elapsedSeconds > 0 && elapsedSeconds % 30 == 0) {
                LOG.log(Level.INFO, "still waiting for " + server + " after " + elapsedSeconds + " s");
            }
        }

        @Override
        public void done(String step, long seconds) {
            LOG.log(Level.INFO, step + ": ready after " + seconds + " s");
        }
    }
}
