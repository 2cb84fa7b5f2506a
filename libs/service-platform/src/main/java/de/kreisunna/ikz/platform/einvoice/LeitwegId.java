package de.kreisunna.ikz.platform.einvoice;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Leitweg-ID (routing id, XRechnung BT-10) a public body receives e-invoices under, as specified by
 * KoSIT: a coarse address of 2–12 digits, an optional fine address of up to 30 letters or digits, and two
 * check digits by ISO/IEC 7064 MOD 97-10 over coarse and fine address (letters count A=10 … Z=35).
 * A town's invoices are rejected by its invoice portal if these digits are wrong, and the XRechnung schematron
 * only checks that BT-10 is present, so they are checked here — one rule for every service.
 */
public final class LeitwegId {

    private static final Pattern SHAPE = Pattern.compile("(\\d{2,12})(?:-([A-Za-z0-9]{1,30}))?-(\\d{2})");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private LeitwegId() {
    }

    /** The reason the id is invalid, or empty if it is a valid Leitweg-ID. */
    public static Optional<String> problem(String id) {
        Matcher parts = id == null ? null : SHAPE.matcher(id);
        if (parts == null || !parts.matches()) {
            return Optional.of("must be a Leitweg-ID: coarse address (2-12 digits), optional fine address"
                    + " (up to 30 letters or digits), check digits, separated by '-', e.g. 04011000-12345-03");
        }
        String address = parts.group(1) + (parts.group(2) == null ? "" : parts.group(2));
        if (mod97(address + parts.group(3)) != 1) {
            return Optional.of("check digits " + parts.group(3) + " are wrong (ISO/IEC 7064 MOD 97-10); expected "
                    + checkDigits(address));
        }
        return Optional.empty();
    }

    public static boolean isValid(String id) {
        return problem(id).isEmpty();
    }

    /** The two check digits for coarse + fine address written together without hyphens. */
    public static String checkDigits(String address) {
        return "%02d".formatted(98 - mod97(address + "00"));
    }

    /** The id with check digits for a coarse and fine address, e.g. ("05978004", "0001") → 05978004-0001-47. */
    public static String withCheckDigits(String coarse, String fine) {
        boolean hasFine = fine != null && !fine.isEmpty();
        return (hasFine ? coarse + "-" + fine : coarse) + "-" + checkDigits(hasFine ? coarse + fine : coarse);
    }

    /** Upper-cases the fine address: letters are case-insensitive for the check, one spelling is stored. */
    public static String normalise(String id) {
        return id.toUpperCase(Locale.ROOT);
    }

    private static int mod97(String alphanumeric) {
        StringBuilder digits = new StringBuilder();
        for (char c : alphanumeric.toUpperCase(Locale.ROOT).toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
