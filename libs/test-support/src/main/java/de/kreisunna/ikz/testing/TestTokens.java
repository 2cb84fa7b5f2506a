package de.kreisunna.ikz.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;

/**
 * Signed access tokens shaped like the ones of the Keycloak realm {@code ikz-sozialwesen}: realm roles in
 * {@code realm_access.roles}, the town in {@code ags}, audience {@code ikz-api}. They are signed with the
 * key of the WireMock OIDC server of {@code quarkus-test-oidc-server}, which the service under test trusts.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "ikz-api";

    private TestTokens() {
    }

    public static String admin() {
        return user("admin", "ikz-admin");
    }

    public static String kopfstelle() {
        return user("kopfstelle", "kopfstelle");
    }

    public static String finance() {
        return user("finance", "finance");
    }

    /** A user of one town: role {@code municipality} and the town's AGS in the {@code ags} claim. */
    public static String town(String ags) {
        return builder("town-" + ags, "municipality").claim("ags", ags).jws().keyId("1").sign();
    }

    /**
     * A town's own system (client-credentials grant of its client {@code town-system-…}): shaped like Keycloak's
     * service-account token, with {@code client_id}, role {@code municipality} and the fixed {@code ags} claim.
     */
    public static String townSystem(String clientId, String ags) {
        return builder("service-account-" + clientId, "municipality").claim("azp", clientId)
                .claim("client_id", clientId).claim("ags", ags).jws().keyId("1").sign();
    }

    public static String user(String name, String... roles) {
        return builder(name, roles).jws().keyId("1").sign();
    }

    /** For tests that need an unusual claim set (no audience, other issuer, ...). */
    public static JwtClaimsBuilder builder(String name, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(name)
                .claim("preferred_username", name)
                .claim("azp", "ikz-portal")
                .claim("realm_access", Map.of("roles", List.of(roles)));
    }
}
