package de.kreisunna.ikz.costing.party;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The routing id of a German public e-invoice recipient (BT-10): coarse address, optional fine address,
 * two check digits by ISO/IEC 7064 MOD 97-10. The XRechnung schematron only checks that BT-10 is present,
 * so the check digits are verified here.
 */
public final class LeitwegId {

    public static final String RULE = "must be a Leitweg-ID like 05978004-0001-47 whose check digits are right (ISO/IEC 7064 MOD 97-10)";
    private static final Pattern SHAPE = Pattern.compile("\\d{2,12}(-[0-9A-Za-z]{1,30})?-\\d{2}");

    private LeitwegId() {
    }

    public static boolean isValid(String id) {
        if (id == null || !SHAPE.matcher(id).matches()) {
            return false;
        }
        String digits = numeric(id.replace("-", ""));
        return new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /** The id with check digits for a coarse and fine address, e.g. ("05978004", "0001") → 05978004-0001-47. */
    public static String withCheckDigits(String coarse, String fine) {
        String base = fine == null || fine.isEmpty() ? coarse : coarse + fine;
        int check = 98 - new BigInteger(numeric(base) + "00").mod(BigInteger.valueOf(97)).intValue();
        return (fine == null || fine.isEmpty() ? coarse : coarse + "-" + fine) + "-" + String.format("%02d", check);
    }

    private static String numeric(String text) {
        StringBuilder digits = new StringBuilder();
        for (char c : text.toUpperCase().toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return digits.toString();
    }
}
