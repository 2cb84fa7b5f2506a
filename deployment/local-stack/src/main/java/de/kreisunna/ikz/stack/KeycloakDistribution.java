package de.kreisunna.ikz.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak unpacked once into the cache and shared by every stack on the machine: unpacking takes
 * seconds, and Keycloak's first-start build step (a minute or more) is kept inside the unpacked tree.
 */
final class KeycloakDistribution {

    private KeycloakDistribution() {
    }

    /**
     * Unpacks into a temporary sibling directory and renames it into place, so an interrupted unpack is
     * never mistaken for a complete one.
     */
    static Path ensureUnpacked(Path zip, String version, Path cacheDir, Progress progress) {
        Path home = cacheDir.resolve("keycloak-" + version);
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        progress.message("Keycloak: unpacking " + zip.getFileName() + " into " + cacheDir + " (once) ...");
        try {
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempDirectory(cacheDir, "keycloak-unpack-");
            try {
                unzip(zip, tmp);
                Path unpacked = findHome(tmp);
                try (Stream<Path> scripts = Files.list(unpacked.resolve("bin"))) {
                    for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
                        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
                moveIntoPlace(unpacked, home);
            } finally {
                Dirs.deleteRecursively(tmp);
            }
            return home;
        } catch (IOException e) {
            throw new StackException("Cannot unpack Keycloak " + zip + " into " + cacheDir + ": " + e, e);
        }
    }

    private static void moveIntoPlace(Path unpacked, Path home) throws IOException {
        try {
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                throw new IOException(home + " exists but is not a Keycloak installation: delete it", e);
            }
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + unpacked + " to " + home, e);
        }
    }

    /** The zip holds one top-level directory ({@code keycloak-<version>}). */
    private static Path findHome(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("bin/kc.sh")))
                    .findFirst()
                    .orElseThrow(() -> new IOException("no bin/kc.sh in the Keycloak zip"));
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
