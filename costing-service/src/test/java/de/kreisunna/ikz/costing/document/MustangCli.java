package de.kreisunna.ikz.costing.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Mustang's validator 2.26.0 (veraPDF for PDF/A, EN 16931 and XRechnung schematron, arithmetic check on) run as
 * a separate java process: its library is not on Maven Central, and 2.25.0's arithmetic check fails on VAT
 * category O. The jar is copied into target/mustang by the build (maven-dependency-plugin).
 */
final class MustangCli {

    record Report(int exitCode, String xml) {

        boolean valid() {
            return exitCode == 0 && !xml.contains("status=\"invalid\"");
        }
    }

    private MustangCli() {
    }

    static Report validate(byte[] document, String suffix) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("mustang.cli", "target/mustang/Mustang-CLI.jar"));
        assertThat(jar).as("Mustang-CLI is copied by the build").exists();
        Path dir = Files.createDirectories(Path.of("target", "mustang-validation"));
        Path file = Files.createTempFile(dir, "document-", suffix);
        Files.write(file, document);
        Path out = Files.createTempFile(dir, "report-", ".txt");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--disable-file-logging", "--action", "validate", "--source", file.toString()))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Mustang-CLI did not finish validating " + file);
        }
        return new Report(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }
}
