package de.kreisunna.ikz.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import de.kreisunna.ikz.stack.Service;

/** Where things are in this repository, and the shared data beside it. */
final class Project {

    static final Path ROOT = RealmImportGenerator.projectRoot();
    static final Path KUBERNETES = ROOT.resolve("deployment/kubernetes");
    static final Path OVERLAYS = KUBERNETES.resolve("overlays");
    static final Path COMPOSE_FILE = ROOT.resolve("docker-compose.yml");

    /** The three services, named as in the local stack. */
    static final List<String> SERVICES = Service.ALL.stream().map(Service::name).toList();

    private Project() {
    }

    /** The overlays' names (the directories under deployment/kubernetes/overlays). */
    static List<String> overlays() {
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The operators' CRDs, kept as data in {@code shared/crds} beside the project (never copied into it); empty
     * where that folder is absent.
     */
    static Optional<Path> crdDirectory() {
        Path dir = ROOT.resolve("../shared/crds").normalize();
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Copies a directory tree (e.g. deployment/kubernetes, to render a changed copy). */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.sorted(Comparator.naturalOrder()).forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
