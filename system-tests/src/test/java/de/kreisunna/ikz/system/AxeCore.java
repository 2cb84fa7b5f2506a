package de.kreisunna.ikz.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * axe-core (npm package, MPL-2.0), the accessibility rules run inside the real browser. Installed once per build
 * with {@code npm install} into {@code target/axe} (pinned version; no copy in the repository).
 */
final class AxeCore {

    static final String VERSION = "4.14.1";
    private static final Path DIR = Path.of(System.getProperty("ikz.build.dir", "target")).resolve("axe");
    private static final Path SCRIPT = DIR.resolve("node_modules/axe-core/axe.min.js");
    private static String source;
    private static String why = "not installed yet";
    private static boolean tried;

    private AxeCore() {
    }

    /** The script's text, installing it first when needed; null when it cannot be had (see {@link #why()}). */
    static synchronized String source() {
        if (source == null && !tried) {
            tried = true;
            try {
                if (!Files.isRegularFile(SCRIPT)) {
                    install();
                }
                if (Files.isRegularFile(SCRIPT)) {
                    source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                why = "cannot install or read " + SCRIPT + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                why = "interrupted while installing axe-core";
            }
        }
        return source;
    }

    static synchronized String why() {
        return why;
    }

    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(DIR);
        Path log = DIR.resolve("npm-install.log");
        Process npm;
        try {
            npm = new ProcessBuilder(List.of("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix",
                    DIR.toString(), "axe-core@" + VERSION)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            why = "npm is not on the PATH";
            return;
        }
        if (!npm.waitFor(180, TimeUnit.SECONDS)) {
            npm.destroyForcibly();
            why = "npm install axe-core@" + VERSION + " took longer than 180 s (log: " + log + ")";
            return;
        }
        if (npm.exitValue() != 0 || !Files.isRegularFile(SCRIPT)) {
            why = "npm install axe-core@" + VERSION + " failed with exit code " + npm.exitValue() + " (log: " + log + ")";
        }
    }
}
