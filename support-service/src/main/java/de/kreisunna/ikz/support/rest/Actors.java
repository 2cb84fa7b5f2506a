package de.kreisunna.ikz.support.rest;

import de.kreisunna.ikz.platform.domain.NotAllowed;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.support.access.Actor;
import jakarta.enterprise.context.RequestScoped;

/**
 * Translates the token into the actor the support rules know. {@code ikz-admin} is Kreis Unna's IT, i.e.
 * operator IT; when a token has several roles, the one seeing most wins (Kopfstelle, operator IT, helpdesk,
 * town).
 */
@RequestScoped
public class Actors {

    private final Caller caller;

    Actors(Caller caller) {
        this.caller = caller;
    }

    public Actor current() {
        if (caller.hasRole(Roles.KOPFSTELLE)) {
            return Actor.kopfstelle(caller.name());
        }
        if (caller.hasRole(Roles.ADMIN)) {
            return Actor.operatorIt(caller.name());
        }
        if (caller.hasRole(Roles.HELPDESK)) {
            return Actor.helpdesk(caller.name());
        }
        if (caller.hasRole(Roles.MUNICIPALITY)) {
            return Actor.town(caller.name(), caller.requiredTown());
        }
        throw new NotAllowed("the token lacks a role this operation needs");
    }
}
