package de.kreisunna.ikz.support.access;

import de.kreisunna.ikz.platform.domain.InvalidInput;
import java.util.Objects;

/**
 * Who acts on support data, reduced to what the rules need: the Kopfstelle works everything, the operator's
 * IT works technical incidents and the operator step of licence requests, the helpdesk integration sees what
 * it submitted, a town's user sees its own town.
 */
public record Actor(String name, Kind kind, String ags) {

    public enum Kind {
        KOPFSTELLE,
        OPERATOR_IT,
        HELPDESK,
        TOWN,
        /** Scheduled jobs of this service (auto-close, SLA checks). */
        SYSTEM
    }

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.TOWN) != (ags != null)) {
            throw new IllegalArgumentException("exactly the town actors carry an AGS");
        }
    }

    public static Actor kopfstelle(String name) {
        return new Actor(name, Kind.KOPFSTELLE, null);
    }

    public static Actor operatorIt(String name) {
        return new Actor(name, Kind.OPERATOR_IT, null);
    }

    public static Actor helpdesk(String name) {
        return new Actor(name, Kind.HELPDESK, null);
    }

    public static Actor town(String name, String ags) {
        return new Actor(name, Kind.TOWN, ags);
    }

    public static Actor system() {
        return new Actor("support-service", Kind.SYSTEM, null);
    }

    /**
     * The town an action is for: a town's user acts for its own town (naming another is refused), staff and
     * the helpdesk name the town explicitly.
     */
    public String townFor(String requested) {
        if (kind == Kind.TOWN) {
            if (requested != null && !requested.equals(ags)) {
                throw new InvalidInput("ags", "a town acts for itself (" + ags + ") only");
            }
            return ags;
        }
        if (requested == null) {
            throw new InvalidInput("ags", "required: the town this is for");
        }
        return requested;
    }

    /** Support staff (Kopfstelle or operator IT), as opposed to requesters. */
    public boolean isStaff() {
        return kind == Kind.KOPFSTELLE || kind == Kind.OPERATOR_IT;
    }
}
