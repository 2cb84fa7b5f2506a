package de.kreisunna.ikz.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A server the stack started, with its output in a log file. Stopping covers the process's descendants
 * too ({@code kc.sh} runs Keycloak's JVM as a child), and only those: the stack never signals a process
 * it did not start.
 */
final class ChildProcess {

    private static final long STOP_TIMEOUT_SECONDS = 20;

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workingDir,
                              Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "---- " + Instant.now() + " " + String.join(" ", command)
                    + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(env);
            return new ChildProcess(name, builder.start(), logFile);
        } catch (IOException e) {
            throw new StackException(name + " could not be started (" + command.get(0) + "): " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Waits for a short-lived tool (e.g. the Kafka storage formatter) and returns its exit code. */
    int waitFor(long seconds) {
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                stop();
                throw new StackException(name + " did not finish within " + seconds + " s. " + logHint());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new StackException("interrupted while waiting for " + name, e);
        }
    }

    void stop() {
        stopAll(List.of(this));
    }

    /**
     * Asks politely first (SIGTERM lets Kafka, Keycloak and the services shut down cleanly), children before
     * their parents so a wrapper script cannot leave its JVM behind, all at once so they stop in parallel;
     * forces whatever still runs after the timeout.
     */
    static void stopAll(List<ChildProcess> processes) {
        List<ProcessHandle> handles = new ArrayList<>();
        for (ChildProcess p : processes) {
            handles.addAll(p.process.descendants().toList());
            handles.add(p.process.toHandle());
        }
        handles.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_TIMEOUT_SECONDS);
        for (ProcessHandle handle : handles) {
            long remainingMillis = Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            try {
                handle.onExit().get(remainingMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                // still running: forced below
            }
        }
        handles.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        for (ChildProcess p : processes) {
            try {
                p.process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** "Log: <file>, last lines: ..." for error messages. */
    String logHint() {
        return "Log: " + logFile + System.lineSeparator() + "Last lines of the log:" + System.lineSeparator()
                + tail(logFile, 30);
    }

    static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "  (no log written)";
            }
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
            return "  | " + String.join(System.lineSeparator() + "  | ", last);
        } catch (IOException e) {
            return "  (log not readable: " + e.getMessage() + ")";
        }
    }
}
