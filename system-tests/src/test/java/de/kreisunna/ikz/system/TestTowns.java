package de.kreisunna.ikz.system;

import java.math.BigInteger;
import java.time.LocalDate;

/**
 * Where the system tests keep their own data. All test classes of a run share one stack, and the history replay
 * needs the eight real towns, Kreis Unna and the years up to 2023 to itself (its member counts and cost shares are
 * exact). Every other test therefore uses fictitious towns ({@code 059781xx}–{@code 059789xx}, never one of
 * the real keys below), fictitious districts ({@code 0599x}), memberships from {@link #FIRST_TEST_DAY} on and
 * cost years from 2031 on. With that, no test depends on another's order or data.
 */
final class TestTowns {

    /** The first day a test town may be a member: after every year the history replay computes costs for. */
    static final LocalDate FIRST_TEST_DAY = LocalDate.of(2024, 1, 1);

    static final String KREIS_UNNA = "05978";
    static final String BERGKAMEN = "05978004";
    static final String BOENEN = "05978008";
    static final String HOLZWICKEDE = "05978016";
    static final String LUENEN = "05978024";
    static final String SCHWERTE = "05978028";
    static final String SELM = "05978032";
    static final String UNNA = "05978036";
    static final String WERNE = "05978040";

    private TestTowns() {
    }

    /** A Leitweg-ID {@code <ags>-0001-<check digits>} with correct ISO/IEC 7064 MOD 97-10 check digits. */
    static String leitwegId(String ags) {
        int check = 98 - new BigInteger(ags + "0001" + "00").mod(BigInteger.valueOf(97)).intValue();
        return ags + "-0001-" + String.format("%02d", check);
    }
}
