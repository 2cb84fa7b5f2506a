package de.kreisunna.ikz.deployment;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** External tools the checks run (kubectl, docker-compose). */
final class Commands {

    private Commands() {
    }

    /** Whether an executable of that name is on the PATH. */
    static boolean onPath(String executable) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, executable))
                .anyMatch(Files::isExecutable);
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs a command in the project root; the output goes through files, so no pipe can fill up. */
    static Result exec(List<String> command) {
        try {
            Path out = Files.createTempFile("ikz-exec", ".out");
            Path err = Files.createTempFile("ikz-exec", ".err");
            try {
                Process process = new ProcessBuilder(command).directory(Project.ROOT.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish within 120 s");
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
