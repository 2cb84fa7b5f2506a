package de.kreisunna.ikz.membership.municipality;

import java.util.regex.Pattern;

/** The official municipality key (Amtlicher Gemeindeschlüssel): 8 digits for a town, 5 for a district. */
public final class Ags {

    public static final String PATTERN = "\\d{5}(\\d{3})?";
    public static final String RULE = "must be an AGS: 8 digits for a town, 5 for a district";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Ags() {
    }

    public static boolean isValid(String ags) {
        return ags != null && VALID.matcher(ags).matches();
    }

    /** A 5-digit key names a district (Kreis); its bodies are Kreistag and Kreisausschuss, not a Rat. */
    public static boolean isDistrict(String ags) {
        return isValid(ags) && ags.length() == 5;
    }
}
