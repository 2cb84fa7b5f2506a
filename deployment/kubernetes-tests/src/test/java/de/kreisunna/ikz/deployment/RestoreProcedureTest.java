package de.kreisunna.ikz.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The restore procedure of docs/operations.md, tried on paper: its patches, added to a copy of the production
 * overlay as the guide says, render into resources the operators accept, and every step changes the overlay's
 * resources through the same server-side apply (no patch or edit that would leave a second field manager).
 */
class RestoreProcedureTest {

    private static final Path GUIDE = Project.ROOT.resolve("docs/operations.md");
    private static final String SECTION = "### Restore the whole system to a point in time";

    @Test
    void theGuidesRestorePatchesStopKeycloakAndRecoverTheClusterIntoANewArchiveAndThenBringKeycloakBack(@TempDir Path copy)
            throws IOException {
        Kustomize.assumeKubectl();
        List<String> blocks = yamlBlocks(section());
        assertThat(blocks).as("the guide's two restore patches").hasSize(2);
        Project.copyTree(Project.KUBERNETES, copy);
        Path overlay = copy.resolve("overlays/production");
        Files.writeString(overlay.resolve("kustomization.yaml"),
                Files.readString(overlay.resolve("kustomization.yaml")).stripTrailing() + "\n  - path: restore.yaml\n");
        CrdSchemas crds = CrdSchemas.shared().orElse(null);
        Skips.unless(crds != null, "shared/crds is absent: the restored resources cannot be checked");

        Files.writeString(overlay.resolve("restore.yaml"), blocks.get(0) + blocks.get(1));
        Rendered during = Kustomize.renderDirectory(overlay);

        JsonNode cluster = during.one("Cluster", "ikz-postgres");
        JsonNode keycloak = during.one("Keycloak", "ikz-keycloak");
        assertThat(crds.violations(cluster)).isEmpty();
        assertThat(crds.violations(keycloak)).isEmpty();
        assertThat(keycloak.path("spec").path("instances").asInt()).isZero();
        JsonNode bootstrap = cluster.path("spec").path("bootstrap");
        assertThat(bootstrap.has("initdb")).isFalse();
        String source = bootstrap.path("recovery").path("source").asText();
        JsonNode external = cluster.path("spec").path("externalClusters").get(0);
        assertThat(external.path("name").asText()).isEqualTo(source);
        assertThat(external.path("plugin").path("parameters").path("serverName").asText()).isEqualTo("ikz-postgres");
        assertThat(external.path("plugin").path("parameters").path("barmanObjectName").asText())
                .isEqualTo(Rendered.name(during.ofKind("ObjectStore").get(0)));
        assertThat(cluster.path("spec").path("plugins")).singleElement().satisfies(p -> assertThat(
                p.path("parameters").path("serverName").asText()).as("a new, empty archive").isEqualTo("ikz-postgres-r1"));

        Files.writeString(overlay.resolve("restore.yaml"), blocks.get(1));
        Rendered after = Kustomize.renderDirectory(overlay);

        assertThat(after.one("Keycloak", "ikz-keycloak").path("spec").path("instances").asInt())
                .isEqualTo(Kustomize.render("production").one("Keycloak", "ikz-keycloak").path("spec").path("instances").asInt())
                .isPositive();
        assertThat(after.one("Cluster", "ikz-postgres").path("spec").path("bootstrap").has("recovery")).isTrue();
    }

    @Test
    void everyStepOfTheGuideChangesTheOverlaysResourcesWithServerSideApplyOnly() {
        String guide = Project.read(GUIDE);

        assertThat(commands(guide)).as("commands of docs/operations.md").noneMatch(c -> c.matches(".*kubectl\\s+(-n \\S+ )?(patch|edit)\\b.*"))
                .filteredOn(c -> c.matches(".*kubectl\\s+(-n \\S+ )?apply\\b.*") && !c.contains("--dry-run"))
                .allMatch(c -> c.contains("--server-side") || c.contains("kubectl apply -f -"));
        assertThat(section()).contains("preflight.sh production --apply");
        assertThat(Project.read(Project.KUBERNETES.resolve("preflight.sh"))).contains("kubectl apply --server-side");
    }

    private static String section() {
        String guide = Project.read(GUIDE);
        int start = guide.indexOf(SECTION);
        assertThat(start).as(SECTION).isNotNegative();
        int end = guide.indexOf("\n### ", start + SECTION.length());
        return guide.substring(start, end < 0 ? guide.length() : end);
    }

    /** The yaml code blocks, un-indented. */
    private static List<String> yamlBlocks(String text) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("( *)```yaml\\n(.*?)\\1```", Pattern.DOTALL).matcher(text);
        while (m.find()) {
            String indent = m.group(1);
            blocks.add(m.group(2).lines().map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l)
                    .reduce("", (a, b) -> a + b + "\n"));
        }
        return blocks;
    }

    /** Lines and inline code spans that run kubectl. */
    private static List<String> commands(String guide) {
        List<String> commands = new ArrayList<>();
        guide.lines().filter(l -> l.contains("kubectl")).forEach(l -> {
            Matcher inline = Pattern.compile("`([^`]*kubectl[^`]*)`").matcher(l);
            boolean any = false;
            while (inline.find()) {
                commands.add(inline.group(1));
                any = true;
            }
            if (!any && l.trim().startsWith("kubectl")) {
                commands.add(l.trim());
            }
        });
        return commands;
    }
}
