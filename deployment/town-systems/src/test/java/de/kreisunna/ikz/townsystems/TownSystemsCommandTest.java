package de.kreisunna.ikz.townsystems;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command's answers to wrong use, before it talks to any Keycloak (its work is proven by a system test). */
class TownSystemsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private static final Map<String, String> WITH_PASSWORD = Map.of(TownSystemsCommand.PASSWORD_VARIABLE, "pw");

    @Test
    void addWithoutAnAgsIsAUsageErrorNamingTheOption() {
        int status = run(WITH_PASSWORD, "add", "--town", "froendenberg");

        assertThat(status).isEqualTo(TownSystemsCommand.USAGE);
        assertThat(err()).contains("--ags must be the town's 8-digit AGS").contains("usage:");
        assertThat(out()).isEmpty();
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        assertThat(run(WITH_PASSWORD, "delete", "--town", "froendenberg")).isEqualTo(TownSystemsCommand.USAGE);
        assertThat(err()).contains("unknown command 'delete'");
        assertThat(run(WITH_PASSWORD, "rotate", "--town", "froendenberg", "--secret", "x")).isEqualTo(TownSystemsCommand.USAGE);
        assertThat(err()).contains("unknown option '--secret'");
    }

    @Test
    void withoutTheAdminPasswordInTheEnvironmentNothingIsAttempted() {
        int status = run(Map.of(), "revoke", "--town", "froendenberg", "--keycloak", "http://127.0.0.1:1");

        assertThat(status).isEqualTo(TownSystemsCommand.USAGE);
        assertThat(err()).contains(TownSystemsCommand.PASSWORD_VARIABLE);
    }

    @Test
    void anUnreachableKeycloakIsAFailureNamingTheServer() {
        int status = run(WITH_PASSWORD, "rotate", "--town", "froendenberg", "--keycloak", "http://127.0.0.1:1");

        assertThat(status).isEqualTo(TownSystemsCommand.FAILED);
        assertThat(err()).contains("failed:").contains("http://127.0.0.1:1");
        assertThat(out()).isEmpty();
    }

    private int run(Map<String, String> env, String... args) {
        return TownSystemsCommand.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
