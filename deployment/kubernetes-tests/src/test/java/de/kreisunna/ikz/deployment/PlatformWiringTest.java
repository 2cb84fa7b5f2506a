package de.kreisunna.ikz.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

/** The services, Keycloak and PostgreSQL point at each other by the names the operators give them. */
class PlatformWiringTest {

    @TestFactory
    Stream<DynamicTest> eachServiceOwnsItsOwnDatabaseInTheCluster() {
        return ServiceWorkload.eachOverlayAndService((workload, config) -> {
            Rendered rendered = workload.rendered();
            URI url = workload.endpoint("IKZ_DB_URL");
            String database = url.getPath().substring(1);
            JsonNode cluster = rendered.one("Cluster", url.getHost().replaceFirst("-rw$", ""));
            SecretKeySelector user = workload.env("IKZ_DB_USER").getValueFrom().getSecretKeyRef();
            SecretKeySelector password = workload.env("IKZ_DB_PASSWORD").getValueFrom().getSecretKeyRef();

            JsonNode owned = rendered.ofKind("Database").stream()
                    .filter(d -> d.path("spec").path("name").asText().equals(database)).findFirst()
                    .orElseThrow(() -> new AssertionError("no Database resource for " + database));
            assertThat(owned.path("spec").path("cluster").path("name").asText()).isEqualTo(Rendered.name(cluster));
            String owner = owned.path("spec").path("owner").asText();
            JsonNode role = managedRole(cluster, owner);
            assertThat(role.path("login").asBoolean()).as(owner + " may log in").isTrue();
            assertThat(role.path("passwordSecret").path("name").asText()).as("the role's password Secret")
                    .isEqualTo(password.getName()).isEqualTo(user.getName());
            assertThat(List.of(user.getKey(), password.getKey())).as("basic-auth keys").containsExactly("username", "password");
        });
    }

    @TestFactory
    Stream<DynamicTest> noTwoServicesShareADatabase() {
        return Project.overlays().stream().map(overlay -> dynamicTest(overlay, () -> {
            Rendered rendered = Kustomize.render(overlay);
            Set<String> databases = new HashSet<>();
            for (String service : Project.SERVICES) {
                databases.add(new ServiceWorkload(rendered, service).endpoint("IKZ_DB_URL").getPath());
            }

            assertThat(databases).hasSameSizeAs(Project.SERVICES);
        }));
    }

    @TestFactory
    Stream<DynamicTest> keycloakUsesTheDatabaseTheClusterBootstrapsForIt() {
        return Project.overlays().stream().map(overlay -> dynamicTest(overlay, () -> {
            Rendered rendered = Kustomize.render(overlay);
            JsonNode db = rendered.ofKind("Keycloak").get(0).path("spec").path("db");
            URI url = URI.create(db.path("url").asText().replaceFirst("^jdbc:", ""));
            JsonNode cluster = rendered.one("Cluster", url.getHost().replaceFirst("-rw$", ""));
            JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");

            assertThat(db.path("vendor").asText()).isEqualTo("postgres");
            assertThat(url.getPath()).isEqualTo("/" + initdb.path("database").asText());
            assertThat(db.path("usernameSecret").path("name").asText()).isEqualTo(initdb.path("secret").path("name").asText());
            assertThat(db.path("passwordSecret").path("name").asText()).isEqualTo(initdb.path("secret").path("name").asText());
        }));
    }

    /**
     * The services call Keycloak inside the cluster; the tokens' issuer is Keycloak's public URL, which its
     * Ingress serves.
     */
    @TestFactory
    Stream<DynamicTest> servicesReachKeycloakInsideAndItsIssuerIsItsPublicUrl() {
        return ServiceWorkload.eachOverlayAndService((workload, config) -> {
            Rendered rendered = workload.rendered();
            JsonNode keycloak = rendered.ofKind("Keycloak").get(0);
            String realm = rendered.ofKind("KeycloakRealmImport").get(0).path("spec").path("realm").path("realm").asText();
            String inside = "http://" + Rendered.name(keycloak) + "-service:8080/realms/" + realm;
            URI publicUrl = URI.create(keycloak.path("spec").path("hostname").path("hostname").asText());
            Ingress ingress = rendered.typed("Ingress", Rendered.name(keycloak), Ingress.class);

            assertThat(workload.setting("IKZ_OIDC_URL")).isEqualTo(inside);
            assertThat(workload.setting("IKZ_KAFKA_TOKEN_URL")).isEqualTo(inside + "/protocol/openid-connect/token");
            assertThat(keycloak.path("spec").path("hostname").path("backchannelDynamic").asBoolean())
                    .as("in-cluster callers get in-cluster key and token URLs").isTrue();
            assertThat(publicUrl.getScheme()).isEqualTo("https");
            assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> {
                assertThat(rule.getHost()).isEqualTo(publicUrl.getHost());
                var backend = rule.getHttp().getPaths().get(0).getBackend().getService();
                assertThat(backend.getName()).isEqualTo(Rendered.name(keycloak) + "-service");
                assertThat(backend.getPort().getNumber()).isEqualTo(8080);
            });
        });
    }

    private static JsonNode managedRole(JsonNode cluster, String name) {
        for (JsonNode role : cluster.path("spec").path("managed").path("roles")) {
            if (role.path("name").asText().equals(name)) {
                return role;
            }
        }
        throw new AssertionError("the cluster " + Rendered.name(cluster) + " manages no role " + name);
    }
}
