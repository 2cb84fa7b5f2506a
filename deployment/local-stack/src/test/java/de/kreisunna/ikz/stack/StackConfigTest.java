package de.kreisunna.ikz.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class StackConfigTest {

    @Test
    void localUsesFixedPortsAndPersistentDataUnderTheCache() {
        StackConfig config = StackConfig.local(Path.of("/project"), Map.of("IKZ_CACHE_DIR", "/cache"));

        assertThat(config.postgresPort()).isEqualTo(15432);
        assertThat(config.keycloakPort()).isEqualTo(8180);
        assertThat(config.kafkaPort()).isEqualTo(9092);
        assertThat(config.kafkaControllerPort()).isEqualTo(9093);
        assertThat(config.servicePort(Service.MEMBERSHIP)).isEqualTo(8081);
        assertThat(config.servicePort(Service.COSTING)).isEqualTo(8082);
        assertThat(config.servicePort(Service.SUPPORT)).isEqualTo(8083);
        assertThat(config.persistent()).isTrue();
        assertThat(config.workDir()).isEqualTo(Path.of("/cache/local-stack"));
        assertThat(config.realmFile()).isEqualTo(Path.of("/project/deployment/keycloak/ikz-sozialwesen-realm.json"));
    }

    @Test
    void environmentMovesPorts() {
        StackConfig config = StackConfig.local(Path.of("/project"),
                Map.of("IKZ_KEYCLOAK_PORT", "18180", "IKZ_COSTING_PORT", "18082"));

        assertThat(config.keycloakPort()).isEqualTo(18180);
        assertThat(config.servicePort(Service.COSTING)).isEqualTo(18082);
    }

    @Test
    void aPortThatIsNoNumberIsReportedByName() {
        assertThatThrownBy(() -> StackConfig.local(Path.of("/p"), Map.of("IKZ_KAFKA_PORT", "ninety")))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("IKZ_KAFKA_PORT");
    }

    @Test
    void ephemeralPortsAreDistinctAndTheDirectoryIsTemporary() {
        StackConfig config = StackConfig.ephemeral(Path.of("/project"));
        try {
            Set<Integer> ports = Set.of(config.postgresPort(), config.keycloakPort(), config.keycloakManagementPort(),
                    config.kafkaPort(), config.kafkaControllerPort(), config.membershipPort(), config.costingPort(),
                    config.supportPort());
            assertThat(ports).hasSize(8);
            assertThat(config.persistent()).isFalse();
            assertThat(config.workDir()).isDirectory();
        } finally {
            Dirs.deleteRecursively(config.workDir());
        }
    }

    @Test
    void busyPortIsReportedWithServerAndVariable() throws Exception {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = socket.getLocalPort();
            assertThatThrownBy(() -> Ports.requireFree(port, "Keycloak", "IKZ_KEYCLOAK_PORT"))
                    .isInstanceOf(StackException.class)
                    .hasMessage("port " + port + " (Keycloak) is in use: stop what uses it or set IKZ_KEYCLOAK_PORT "
                            + "to another port.");
        }
        assertThat(IntStream.of(Ports.freePorts(3)).allMatch(Ports::isFree)).isTrue();
    }

    @Test
    void localCredentialsFollowOnePattern() {
        assertThat(LocalCredentials.clientSecret("kafka-admin")).isEqualTo("kafka-admin-local-demo-secret");
        assertThat(LocalCredentials.databasePassword("costing")).isEqualTo("costing-local-demo");
        assertThatThrownBy(() -> LocalCredentials.clientSecret("ikz-portal")).hasMessageContaining("ikz-portal");
    }
}
