package de.kreisunna.ikz.platform.town;

import java.util.regex.Pattern;

/**
 * The official municipality key (Amtlicher Gemeindeschlüssel): 8 digits for a town (Lünen: 05978024), 5 for a
 * district (Kreis Unna: 05978). The one place its pattern is written.
 */
public record Ags(String value) {

    /** A town's or a district's key, for {@code @Pattern} and JSON Schemas. */
    public static final String PATTERN = "\\d{5}(\\d{3})?";
    /** A town's key only. */
    public static final String TOWN_PATTERN = "\\d{8}";
    public static final String RULE = "must be an AGS: 8 digits for a town, 5 for a district";
    public static final String TOWN_RULE = "must be the 8-digit AGS of a town";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    public Ags {
        if (!isValid(value)) {
            throw new IllegalArgumentException(RULE);
        }
    }

    public static Ags of(String value) {
        return new Ags(value);
    }

    public static boolean isValid(String ags) {
        return ags != null && VALID.matcher(ags).matches();
    }

    /** A 5-digit key names a district (Kreis). */
    public boolean isDistrict() {
        return value.length() == 5;
    }

    @Override
    public String toString() {
        return value;
    }
}
