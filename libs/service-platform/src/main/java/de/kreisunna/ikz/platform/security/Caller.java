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
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /**
     * For audit trails: the user name, or for a client acting for itself (a town's system, the helpdesk
     * integration) its client id, which Keycloak puts in {@code client_id} of a client-credentials token.
     */
    public String name() {
        String clientId = token.getClaim(CLIENT_ID_CLAIM);
        if (clientId != null) {
            return clientId;
        }
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
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
        Object ags = token.getClaim(TOWN_CLAIM);
        return Optional.ofNullable(ags).map(Object::toString);
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
