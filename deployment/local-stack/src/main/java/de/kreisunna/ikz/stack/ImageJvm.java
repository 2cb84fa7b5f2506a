package de.kreisunna.ikz.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How a service's container image runs its JVM, read from its {@code src/main/docker/Dockerfile.jvm}: the {@code RUN}
 * that makes the AOT cache (the training run: its environment and its {@code java ... -jar <jar>} command) and the
 * exec-form {@code ENTRYPOINT}. The same commands can be run on this machine with a JDK of the image's major version
 * ({@link #hostCommand}), so measurements of start-up use the deployment's flags rather than a copy of them.
 */
public record ImageJvm(String service, int javaMajor, Map<String, String> trainingEnvironment, List<String> training,
        List<String> entrypoint) {

    /** Where the image keeps the application (its fast-jar directory). */
    public static final String APP_DIR = "/deployments/";

    /** The base image's Java version, from its tag ({@code eclipse-temurin:25-jre} → 25). */
    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+\\S+:(\\d+)\\b");
    private static final Pattern ENTRYPOINT = Pattern.compile("(?m)^ENTRYPOINT\\s+\\[(.*)]\\s*$");
    private static final Pattern TRAINING = Pattern.compile("(?m)^RUN\\s+(.*-XX:AOTCacheOutput=.*)$");
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Z_][A-Z0-9_]*)=(\\S*)");
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");

    public static ImageJvm of(Path projectRoot, String service) {
        Path dockerfile = dockerfile(projectRoot, service);
        String text;
        try {
            text = Files.readString(dockerfile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher from = FROM.matcher(text);
        Matcher entrypoint = ENTRYPOINT.matcher(text);
        Matcher training = TRAINING.matcher(text);
        if (!from.find() || !entrypoint.find() || !training.find()) {
            throw new StackException(dockerfile + ": no base image with a Java version, no RUN with"
                    + " -XX:AOTCacheOutput= or no exec-form ENTRYPOINT");
        }
        // the training RUN: NAME=value assignments, then java and its arguments up to the jar
        List<String> words = List.of(training.group(1).trim().split("\\s+"));
        Map<String, String> environment = new LinkedHashMap<>();
        int java = 0;
        for (; java < words.size() && !words.get(java).equals("java"); java++) {
            Matcher assignment = ASSIGNMENT.matcher(words.get(java));
            if (!assignment.matches()) {
                throw new StackException(dockerfile + ": the training RUN must be NAME=value ... java ... -jar <jar>");
            }
            environment.put(assignment.group(1), assignment.group(2));
        }
        int jar = words.indexOf("-jar");
        if (java == words.size() || jar < java || jar + 1 >= words.size()) {
            throw new StackException(dockerfile + ": the training RUN must be NAME=value ... java ... -jar <jar>");
        }
        return new ImageJvm(service, Integer.parseInt(from.group(1)), Map.copyOf(environment), words.subList(java, jar + 2),
                STRING.matcher(entrypoint.group(1)).results().map(m -> m.group(1)).toList());
    }

    public static Path dockerfile(Path projectRoot, String service) {
        return projectRoot.resolve(service).resolve("src/main/docker/Dockerfile.jvm");
    }

    /**
     * The command as this machine runs it: {@code java} is the given executable and the image's {@value #APP_DIR}
     * is the service's built fast-jar directory.
     */
    public static List<String> hostCommand(List<String> command, Path java, Path appDir) {
        List<String> host = new ArrayList<>();
        for (String word : command) {
            host.add(word.equals("java") ? java.toString() : word.replace(APP_DIR, appDir + "/"));
        }
        return host;
    }

    /** The JVM part of the entrypoint: everything before {@code -jar}. */
    public List<String> jvm() {
        return entrypoint.subList(0, entrypoint.indexOf("-jar"));
    }

    /**
     * Runs the image's training command on this machine with its environment (it ends at the first connection, as in
     * the image build) and waits for the AOT cache, which the JVM writes as it exits; returns the cache's path.
     */
    public Path makeCache(Path java, Path appDir, Path log) {
        List<String> command = hostCommand(training, java, appDir);
        String output = command.stream().filter(w -> w.startsWith("-XX:AOTCacheOutput=")).findFirst().orElseThrow()
                .substring("-XX:AOTCacheOutput=".length());
        try {
            Files.deleteIfExists(Path.of(output));
            ProcessBuilder builder = new ProcessBuilder(command).directory(appDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(trainingEnvironment);
            Process process = builder.start();
            // the exit status is the start's (an error, by design); the cache is the result, as in the image build
            if (!process.waitFor(5, TimeUnit.MINUTES) || !Files.isRegularFile(Path.of(output))
                    || Files.size(Path.of(output)) == 0) {
                process.destroyForcibly();
                throw new StackException(service + ": the AOT training run failed, see " + log);
            }
            return Path.of(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while making the AOT cache of " + service, e);
        }
    }

    /**
     * A JDK of the given major version on this machine: {@code IKZ_JAVA_<major>_HOME} if set, else one under
     * {@code /usr/lib/jvm} whose {@code release} file says so.
     */
    public static Optional<Path> findJava(int major) {
        String home = System.getenv("IKZ_JAVA_" + major + "_HOME");
        if (home != null && !home.isBlank()) {
            return Optional.of(Path.of(home, "bin", "java")).filter(Files::isExecutable);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.sorted().filter(h -> releaseMajor(h) == major).map(h -> h.resolve("bin/java"))
                    .filter(Files::isExecutable).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int releaseMajor(Path javaHome) {
        try {
            Matcher version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(javaHome.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
