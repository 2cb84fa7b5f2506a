package de.kreisunna.ikz.platform.security;

import de.kreisunna.ikz.platform.domain.NotAllowed;
import de.kreisunna.ikz.platform.domain.NotFound;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, and which towns' data they may see. Staff roles (operator IT, Kopfstelle, finance)
 * see every town; a caller with only the municipality role sees its own town (claim {@code ags}).
 * Another town's resource is reported as not found, so its existence is not revealed either.
 */
@RequestScoped
public class Caller {

    public static final String TOWN_CLAIM = "ags";
    /** Only in tokens of a client's service account (client-credentials grant). */
    public static final String CLIENT_ID_CLAIM = "client_id";

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * The claims of the verified token: the principal the OIDC check already built. Injecting {@code JsonWebToken}
     * instead would parse the token's claims once more on every request.
     */
    private Optional<Object> claim(String name) {
        return identity.getPrincipal() instanceof JsonWebToken token ? Optional.ofNullable(token.getClaim(name)) : Optional.empty();
    }

    /**
     * For audit trails: the user name, or for a client acting for itself (a town's system, the helpdesk
     * integration) its client id, which Keycloak puts in {@code client_id} of a client-credentials token.
     */
    public String name() {
        return claim(CLIENT_ID_CLAIM).or(() -> claim("preferred_username")).map(Object::toString)
                .orElseGet(() -> identity.getPrincipal().getName());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** True if the caller's view is limited to one town. */
    public boolean isTownScoped() {
        return !(hasRole(Roles.ADMIN) || hasRole(Roles.KOPFSTELLE) || hasRole(Roles.FINANCE));
    }

    /** The caller's own town, from the token; empty for staff and integrations. */
    public Optional<String> town() {
        return claim(TOWN_CLAIM).map(Object::toString);
    }

    /** The town a town-scoped caller is limited to; a municipality token without the claim is refused. */
    public String requiredTown() {
        return town().orElseThrow(() -> new NotAllowed("the token carries no '" + TOWN_CLAIM + "' claim"));
    }

    /** Throws 404 unless the caller may see the given town's data. */
    public void requireVisible(String ags, String what) {
        if (isTownScoped() && !ags.equals(requiredTown())) {
            throw new NotFound(what);
        }
    }
}
