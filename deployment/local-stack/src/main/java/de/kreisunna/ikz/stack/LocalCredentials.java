package de.kreisunna.ikz.stack;

import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The credentials of the local stack. LOCAL-ONLY DEMO CREDENTIALS: they are public in this repository
 * (the Keycloak secrets are in deployment/keycloak/ikz-sozialwesen-realm.json) and protect nothing but
 * servers bound to 127.0.0.1. Real deployments get their secrets from the platform.
 */
public final class LocalCredentials {

    public static final String KEYCLOAK_ADMIN_USER = "admin";
    public static final String KEYCLOAK_ADMIN_PASSWORD = "admin-local-demo";
    /** Password of every person in the demo realm (admin, kopfstelle, finance, the towns). */
    public static final String DEMO_USER_PASSWORD = "demo";
    /** The public client people log in with; password grant enabled for the demo. */
    public static final String PORTAL_CLIENT = "ikz-portal";

    private static final Set<String> CONFIDENTIAL_CLIENTS = Set.of(
            "membership-service", "costing-service", "support-service",
            "kafka-broker", "kafka-admin", "prosoz-helpdesk", "ikz-console",
            // the demo towns' own systems (client credentials, role municipality, fixed claim ags)
            "town-system-bergkamen", "town-system-boenen", "town-system-holzwickede", "town-system-luenen",
            "town-system-schwerte", "town-system-selm", "town-system-unna", "town-system-werne");

    private LocalCredentials() {
    }

    /** The database user is named like its database. */
    public static String databasePassword(String database) {
        return database + "-local-demo";
    }

    public static String clientSecret(String clientId) {
        if (!CONFIDENTIAL_CLIENTS.contains(clientId)) {
            throw new NoSuchElementException("no confidential client '" + clientId + "' in the realm; known: "
                    + CONFIDENTIAL_CLIENTS);
        }
        return clientId + "-local-demo-secret";
    }
}
