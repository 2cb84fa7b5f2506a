package de.kreisunna.ikz.costing.party;

import java.math.BigInteger;

/** An IBAN checked by its ISO 13616 check digits (mod 97 = 1), so a typo cannot reach an invoice. */
public final class Iban {

    public static final String RULE = "must be an IBAN with correct check digits, without spaces";

    private Iban() {
    }

    public static boolean isValid(String iban) {
        if (iban == null || !iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}")) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
