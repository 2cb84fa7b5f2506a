package de.kreisunna.ikz.townsystems;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;

/**
 * The Keycloak client of one town's own IT system (its finance or casework software calling the REST APIs): a
 * confidential client with the client-credentials grant only, whose tokens carry the realm role
 * {@code municipality}, the town's AGS as a fixed {@code ags} claim and the audience {@code ikz-api}, and live
 * {@value #TOKEN_LIFESPAN_SECONDS} seconds. The services treat such a token exactly like a town user's token.
 * The realm file's demo clients of the eight towns have exactly this shape (checked by a test).
 */
public final class TownSystemClient {

    /** Every town system's client id starts with this; the cluster's realm import leaves such clients out. */
    public static final String CLIENT_ID_PREFIX = "town-system-";
    public static final String ROLE = "municipality";
    public static final String AUDIENCE = "ikz-api";
    public static final String TOWN_CLAIM = "ags";
    /** Short: the services check tokens offline, so a revoked client's last token stays valid this long. */
    public static final int TOKEN_LIFESPAN_SECONDS = 120;

    private static final Pattern TOWN = Pattern.compile("[a-z][a-z0-9-]{1,38}[a-z0-9]");
    private static final Pattern AGS = Pattern.compile("\\d{8}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TownSystemClient() {
    }

    /** {@code froendenberg} → {@code town-system-froendenberg}; the town is a short lower-case name. */
    public static String clientId(String town) {
        if (town == null || !TOWN.matcher(town).matches()) {
            throw new IllegalArgumentException("--town must be 3 to 40 characters a-z, 0-9 or '-' (e.g. froendenberg), "
                    + "got '" + town + "'");
        }
        return CLIENT_ID_PREFIX + town;
    }

    /** Checks an AGS (Amtlicher Gemeindeschlüssel): exactly eight digits. */
    public static String ags(String ags) {
        if (ags == null || !AGS.matcher(ags).matches()) {
            throw new IllegalArgumentException("--ags must be the town's 8-digit AGS (e.g. 05978012), got '" + ags + "'");
        }
        return ags;
    }

    /** The client as Keycloak's admin API takes it, without a secret (Keycloak generates one). */
    public static ObjectNode representation(String town, String ags) {
        String clientId = clientId(town);
        ags(ags);
        ObjectNode client = JSON.createObjectNode();
        client.put("clientId", clientId);
        client.put("name", clientId);
        client.put("description", "The own IT system of the town " + town + " (AGS " + ags
                + ") calling the REST APIs: client credentials, role " + ROLE + ", fixed claim " + TOWN_CLAIM);
        client.put("enabled", true);
        client.put("protocol", "openid-connect");
        client.put("publicClient", false);
        client.put("clientAuthenticatorType", "client-secret");
        client.put("serviceAccountsEnabled", true);
        client.put("standardFlowEnabled", false);
        client.put("implicitFlowEnabled", false);
        client.put("directAccessGrantsEnabled", false);
        client.put("bearerOnly", false);
        client.putObject("attributes").put("access.token.lifespan", String.valueOf(TOKEN_LIFESPAN_SECONDS));
        ArrayNode mappers = client.putArray("protocolMappers");
        mapper(mappers, "audience-ikz-api", "oidc-audience-mapper")
                .put("included.custom.audience", AUDIENCE)
                .put("id.token.claim", "false")
                .put("access.token.claim", "true")
                .put("introspection.token.claim", "true");
        mapper(mappers, "role-" + ROLE, "oidc-hardcoded-role-mapper")
                .put("role", ROLE);
        mapper(mappers, TOWN_CLAIM, "oidc-hardcoded-claim-mapper")
                .put("claim.name", TOWN_CLAIM)
                .put("claim.value", ags)
                .put("jsonType.label", "String")
                .put("id.token.claim", "false")
                .put("access.token.claim", "true")
                .put("userinfo.token.claim", "false")
                .put("introspection.token.claim", "true");
        return client;
    }

    private static ObjectNode mapper(ArrayNode mappers, String name, String type) {
        ObjectNode mapper = mappers.addObject();
        mapper.put("name", name);
        mapper.put("protocol", "openid-connect");
        mapper.put("protocolMapper", type);
        mapper.put("consentRequired", false);
        return mapper.putObject("config");
    }
}
