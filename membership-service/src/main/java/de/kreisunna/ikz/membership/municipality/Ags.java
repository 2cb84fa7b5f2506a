package de.kreisunna.ikz.membership.municipality;

/** The official municipality key (Amtlicher Gemeindeschlüssel), as membership uses it; the rule is the platform's {@code Ags}. */
public final class Ags {

    public static final String PATTERN = de.kreisunna.ikz.platform.town.Ags.PATTERN;
    public static final String RULE = de.kreisunna.ikz.platform.town.Ags.RULE;

    private Ags() {
    }

    public static boolean isValid(String ags) {
        return de.kreisunna.ikz.platform.town.Ags.isValid(ags);
    }

    /** A 5-digit key names a district (Kreis); its bodies are Kreistag and Kreisausschuss, not a Rat. */
    public static boolean isDistrict(String ags) {
        return isValid(ags) && ags.length() == 5;
    }
}
