package de.kreisunna.ikz.townsystems;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operators' one command for a town's own system as an API client, against a running Keycloak (no realm
 * re-import):
 * <pre>
 * add    --town froendenberg --ags 05978012   creates the client, prints its secret
 * rotate --town froendenberg                  replaces the secret (the old one is refused at once), prints the new one
 * revoke --town froendenberg                  deletes the client: its token requests are refused
 * </pre>
 * Options: {@code --keycloak URL} (default the local stack's), {@code --realm}, {@code --admin-user}; the admin's
 * password comes from the environment variable {@value #PASSWORD_VARIABLE}, never from the command line. Only
 * the secret goes to standard output, so it can be captured; everything else goes to standard error.
 */
public final class TownSystemsCommand {

    public static final String PASSWORD_VARIABLE = "IKZ_KEYCLOAK_ADMIN_PASSWORD";
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: add    --town NAME --ags AGS [options]   create a town system's client, print its secret
                   rotate --town NAME [options]             give it a new secret, print it (the old one stops working)
                   revoke --town NAME [options]             delete it (its token requests are refused)
            options: --keycloak URL (default http://127.0.0.1:8180)  --realm NAME (default ikz-sozialwesen)
                     --admin-user NAME (default admin); the admin's password in $%s"""
            .formatted(PASSWORD_VARIABLE);
    private static final Set<String> OPTIONS = Set.of("--town", "--ags", "--keycloak", "--realm", "--admin-user");

    private TownSystemsCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs one command; answers the exit status. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String password = env.get(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            err.println("set " + PASSWORD_VARIABLE + " to the password of the Keycloak admin '"
                    + options.getOrDefault("--admin-user", "admin") + "'");
            return USAGE;
        }
        try {
            String command = args[0];
            String clientId = TownSystemClient.clientId(options.get("--town"));
            KeycloakAdmin keycloak = new KeycloakAdmin(options.getOrDefault("--keycloak", "http://127.0.0.1:8180"),
                    options.getOrDefault("--realm", "ikz-sozialwesen"), options.getOrDefault("--admin-user", "admin"),
                    password);
            switch (command) {
                case "add" -> {
                    String id = keycloak.createClient(
                            TownSystemClient.representation(options.get("--town"), options.get("--ags")));
                    out.println(keycloak.secret(id));
                    err.println("created " + clientId + " (role " + TownSystemClient.ROLE + ", ags "
                            + options.get("--ags") + "); its secret is the line above: hand it to the town");
                }
                case "rotate" -> {
                    out.println(keycloak.regenerateSecret(existing(keycloak, clientId)));
                    err.println("new secret for " + clientId + " (the line above); the old one is refused from now on");
                }
                case "revoke" -> {
                    keycloak.deleteClient(existing(keycloak, clientId));
                    err.println("revoked " + clientId + ": it gets no new tokens; a token already issued expires within "
                            + TownSystemClient.TOKEN_LIFESPAN_SECONDS + " s");
                }
                default -> throw new IllegalStateException("unreachable: " + command);
            }
            return OK;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (IllegalStateException e) {
            err.println("failed: " + e.getMessage());
            return FAILED;
        }
    }

    private static String existing(KeycloakAdmin keycloak, String clientId) {
        return keycloak.findClient(clientId)
                .orElseThrow(() -> new IllegalStateException("the realm has no client " + clientId));
    }

    private static Map<String, String> parse(String[] args) {
        if (args.length == 0 || !List.of("add", "rotate", "revoke").contains(args[0])) {
            throw new IllegalArgumentException(args.length == 0 ? "no command given" : "unknown command '" + args[0] + "'");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i])) {
                throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--town")) {
            throw new IllegalArgumentException("--town is required");
        }
        if (args[0].equals("add")) {
            TownSystemClient.ags(options.get("--ags"));
        } else if (options.containsKey("--ags")) {
            throw new IllegalArgumentException("--ags belongs to add only");
        }
        TownSystemClient.clientId(options.get("--town"));
        return options;
    }
}
