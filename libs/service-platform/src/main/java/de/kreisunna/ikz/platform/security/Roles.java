package de.kreisunna.ikz.platform.security;

/** The realm roles of the {@code ikz-sozialwesen} Keycloak realm. */
public final class Roles {

    /** Operator IT of Kreis Unna: administers agreements and memberships. */
    public static final String ADMIN = "ikz-admin";
    /** Staff of the Kopfstelle (Stadt Lünen). */
    public static final String KOPFSTELLE = "kopfstelle";
    public static final String FINANCE = "finance";
    /** A user or system of one town; its token carries the town's AGS in the {@code ags} claim. */
    public static final String MUNICIPALITY = "municipality";
    /** The PROSOZ helpdesk integration (client credentials). */
    public static final String HELPDESK = "helpdesk";

    private Roles() {
    }
}
