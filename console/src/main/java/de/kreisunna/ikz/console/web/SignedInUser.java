package de.kreisunna.ikz.console.web;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is signed in, for the layout ({@code inject:user} in templates): the navigation shows only the areas of
 * the user's roles. Showing a link grants nothing; the services decide every call.
 */
@Named("user")
@RequestScoped
public class SignedInUser {

    public static final String ADMIN = "ikz-admin";
    public static final String KOPFSTELLE = "kopfstelle";
    public static final String FINANCE = "finance";
    public static final String MUNICIPALITY = "municipality";

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    public String name() {
        String given = idToken.getClaim("given_name");
        String family = idToken.getClaim("family_name");
        if (given != null && family != null) {
            return given + " " + family;
        }
        String username = idToken.getClaim("preferred_username");
        return username != null ? username : identity.getPrincipal().getName();
    }

    /** The AGS of the user's town, or null for staff. */
    public String ags() {
        return idToken.getClaim("ags");
    }

    public boolean isAdmin() {
        return identity.hasRole(ADMIN);
    }

    public boolean isKopfstelle() {
        return identity.hasRole(KOPFSTELLE);
    }

    public boolean isFinance() {
        return identity.hasRole(FINANCE);
    }

    public boolean isTown() {
        return identity.hasRole(MUNICIPALITY);
    }

    /** Staff who work support requests: the Kopfstelle and Kreis IT. */
    public boolean worksRequests() {
        return isKopfstelle() || isAdmin();
    }

    public String roleLabel() {
        if (isAdmin()) {
            return "Kreis Unna, zentrale IT";
        }
        if (isKopfstelle()) {
            return "Kopfstelle (Stadt Lünen)";
        }
        if (isFinance()) {
            return "Finanzen";
        }
        if (isTown()) {
            return "Anwendergemeinde " + ags();
        }
        return "ohne Rolle";
    }
}
