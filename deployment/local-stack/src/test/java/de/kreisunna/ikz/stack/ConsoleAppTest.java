package de.kreisunna.ikz.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleAppTest {

    @Test
    void theConsoleListensOn8084UnlessMovedAndItsHealthSitsAThousandAbove() {
        assertThat(ConsoleApp.localPort(Map.of())).isEqualTo(8084);
        assertThat(ConsoleApp.localPort(Map.of(ConsoleApp.PORT_ENV, " 18084 "))).isEqualTo(18084);
        assertThat(ConsoleApp.localPort(Map.of()) + ConsoleApp.MANAGEMENT_OFFSET).isEqualTo(9084);
    }

    @Test
    void aPortWhoseManagementPortWouldNotExistIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> ConsoleApp.localPort(Map.of(ConsoleApp.PORT_ENV, "65000")))
                .isInstanceOf(StackException.class).hasMessageContaining(ConsoleApp.PORT_ENV);
        assertThatThrownBy(() -> ConsoleApp.localPort(Map.of(ConsoleApp.PORT_ENV, "console")))
                .isInstanceOf(StackException.class).hasMessageContaining("'console'");
    }

    @Test
    void theConsoleSignsInWithItsOwnClientAndCallsTheStacksServices() {
        Map<String, String> env = ConsoleApp.environment(18084, 19084, "http://127.0.0.1:8180/realms/r",
                "http://127.0.0.1:1", "http://127.0.0.1:2", "http://127.0.0.1:3");

        assertThat(env).containsEntry("IKZ_HTTP_PORT", "18084").containsEntry("IKZ_MANAGEMENT_PORT", "19084")
                .containsEntry("IKZ_OIDC_URL", "http://127.0.0.1:8180/realms/r")
                .containsEntry("IKZ_OIDC_CLIENT_SECRET", "ikz-console-local-demo-secret")
                .containsEntry("IKZ_MEMBERSHIP_URL", "http://127.0.0.1:1")
                .containsEntry("IKZ_COSTING_URL", "http://127.0.0.1:2")
                .containsEntry("IKZ_SUPPORT_URL", "http://127.0.0.1:3");
    }
}
