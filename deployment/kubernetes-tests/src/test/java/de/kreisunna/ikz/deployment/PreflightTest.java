package de.kreisunna.ikz.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deployment/kubernetes/preflight.sh}: production is refused while any placeholder ({@code .example}) is
 * left, every one is named, and the overlay's site.yaml is the one place to set them all.
 */
class PreflightTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\.example([^A-Za-z0-9-]|$)");

    @Test
    void productionIsRefusedWhileAPlaceholderIsLeftAndEveryLeftValueIsNamed() {
        Kustomize.assumeKubectl();
        Commands.Result result = preflight(Project.KUBERNETES, "production");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).as("nothing rendered for applying").isEmpty();
        long placeholders = Kustomize.renderedText("production").lines().filter(l -> PLACEHOLDER.matcher(l).find()).count();
        assertThat(placeholders).isPositive();
        assertThat(result.stderr().lines().skip(1).count()).as(result.stderr()).isEqualTo(placeholders);
    }

    @Test
    void withTheSiteValuesSetInSiteYamlAloneNoPlaceholderSurvivesAndTheValuesReachEveryPlace(@TempDir Path copy)
            throws IOException {
        Kustomize.assumeKubectl();
        Project.copyTree(Project.KUBERNETES, copy);
        Path site = copy.resolve("overlays/production/site.yaml");
        Files.writeString(site, Files.readString(site).replace("kreis-unna.example", "kreis-unna.de"));

        Commands.Result result = preflight(copy, "production");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).doesNotContain(".example")
                .contains("image: registry.kreis-unna.de/ikz/costing-service:1.0.0")
                .contains("image: registry.kreis-unna.de/cloudnative-pg/postgresql:")
                .contains("hostname: https://login.ikz.kreis-unna.de")
                .contains("admin: https://login-admin.ikz.kreis-unna.de")
                .contains("expected.issuer: https://login.ikz.kreis-unna.de/realms/ikz-sozialwesen")
                .contains("endpointURL: https://objectstore.kreis-unna.de")
                .contains("host: membership.ikz.kreis-unna.de");
        assertThat(result.stdout()).as("the site values themselves are not applied").doesNotContain("name: site\n");
    }

    private static Commands.Result preflight(Path kubernetesDir, String overlay) {
        return Commands.exec(List.of("bash", kubernetesDir.resolve("preflight.sh").toString(), overlay));
    }
}
