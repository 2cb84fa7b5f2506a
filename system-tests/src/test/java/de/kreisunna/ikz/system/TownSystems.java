package de.kreisunna.ikz.system;

import de.kreisunna.ikz.stack.LocalCredentials;
import de.kreisunna.ikz.stack.Tokens;
import de.kreisunna.ikz.townsystems.TownSystemClient;
import de.kreisunna.ikz.townsystems.TownSystemsCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The towns' own systems as API clients, provisioned with the operators' command (docs/operations.md) against the
 * stack's Keycloak, and their client-credentials tokens.
 */
final class TownSystems {

    /** What one run of the command printed and answered. */
    record Run(int status, String out, String err) {

        /** The secret the command printed (its only standard output). */
        String secret() {
            if (status != TownSystemsCommand.OK) {
                throw new IllegalStateException("the command failed (" + status + "): " + err);
            }
            return out.strip();
        }
    }

    private TownSystems() {
    }

    /** Runs the command as the docs show it: {@code add|rotate|revoke --town … [--ags …]} plus the stack's Keycloak. */
    static Run command(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--keycloak", SystemStack.stack().keycloakUrl()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TownSystemsCommand.run(all.toArray(String[]::new),
                Map.of(TownSystemsCommand.PASSWORD_VARIABLE, LocalCredentials.KEYCLOAK_ADMIN_PASSWORD),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Adds the town's system client (or gives an existing one a new secret); answers the secret. */
    static String provision(String town, String ags) {
        Run added = command("add", "--town", town, "--ags", ags);
        return added.status() == TownSystemsCommand.OK ? added.secret() : command("rotate", "--town", town).secret();
    }

    /** A client-credentials token of the town's system; a refused request throws, naming Keycloak's answer. */
    static String token(String town, String secret) {
        return Tokens.request(SystemStack.stack().tokenUrl(), Map.of("grant_type", "client_credentials",
                "client_id", TownSystemClient.clientId(town), "client_secret", secret));
    }
}
