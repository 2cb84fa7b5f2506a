package de.kreisunna.ikz.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Renders an overlay with {@code kubectl kustomize}, as the cluster's deployment does. Needs kubectl with
 * Kustomize 5 (Debian's kubernetes-client is far older); without it the checks that need a rendering are
 * skipped, never passed, and fail in CI ({@link Skips}).
 */
final class Kustomize {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, String> TEXT = new ConcurrentHashMap<>();
    private static volatile Optional<String> unusableBecause;

    private Kustomize() {
    }

    /** Whether a kubectl with Kustomize 5 is on the PATH. */
    static boolean usable() {
        return unusableBecause().isEmpty();
    }

    /** Skips the calling test unless a kubectl with Kustomize 5 is on the PATH. */
    static void assumeKubectl() {
        Optional<String> why = unusableBecause();
        Skips.unless(why.isEmpty(), "kubectl kustomize unavailable: " + why.orElse(""));
    }

    /** The overlay's objects as kubectl kustomize renders them (once per test run). */
    static Rendered render(String overlay) {
        assumeKubectl();
        return CACHE.computeIfAbsent(overlay, Kustomize::run);
    }

    /** The overlay as kubectl kustomize prints it. */
    static String renderedText(String overlay) {
        assumeKubectl();
        return TEXT.computeIfAbsent(overlay, o -> {
            Commands.Result result = Commands.exec(List.of("kubectl", "kustomize", Project.OVERLAYS.resolve(o).toString()));
            if (result.exitCode() != 0) {
                throw new AssertionError("kubectl kustomize " + o + " failed:\n" + result.stderr());
            }
            return result.stdout();
        });
    }

    /** Renders any overlay directory (e.g. a changed copy), uncached. */
    static Rendered renderDirectory(Path overlayDirectory) {
        assumeKubectl();
        Commands.Result result = Commands.exec(List.of("kubectl", "kustomize", overlayDirectory.toString()));
        if (result.exitCode() != 0) {
            throw new AssertionError("kubectl kustomize " + overlayDirectory + " failed:\n" + result.stderr());
        }
        return parse(overlayDirectory.getFileName().toString(), result.stdout());
    }

    private static Rendered run(String overlay) {
        return parse(overlay, renderedText(overlay));
    }

    private static Rendered parse(String overlay, String text) {
        try {
            List<JsonNode> objects = YAML.readerFor(JsonNode.class).<JsonNode>readValues(text).readAll()
                    .stream().filter(node -> node != null && !node.isNull() && !node.isMissingNode()).toList();
            return new Rendered(overlay, objects);
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl kustomize " + overlay + " printed no YAML", e);
        }
    }

    private static Optional<String> unusableBecause() {
        if (unusableBecause == null) {
            if (!Commands.onPath("kubectl")) {
                return unusableBecause = Optional.of("no kubectl on the PATH");
            }
            Commands.Result version = Commands.exec(List.of("kubectl", "version", "--client", "--output=json"));
            if (version.exitCode() != 0) {
                unusableBecause = Optional.of("kubectl version failed: " + version.stderr());
            } else {
                String kustomize = readTree(version.stdout()).path("kustomizeVersion").asText("");
                unusableBecause = kustomize.startsWith("v5")
                        ? Optional.empty()
                        : Optional.of("kubectl's Kustomize is '" + kustomize + "', the overlays need v5");
            }
        }
        return unusableBecause;
    }

    private static JsonNode readTree(String json) {
        try {
            return YAML.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
