package de.kreisunna.ikz.costing.document;

import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.allocation.Segment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts, dates and segments written the way German invoices show them (1.234,56 EUR; 31.12.2020). */
public final class GermanFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private GermanFormat() {
    }

    public static String eur(Money money) {
        return decimal(money.amount(), "#,##0.00") + " EUR";
    }

    public static String decimal(BigDecimal value, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.GERMANY));
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    public static String percent(BigDecimal factor) {
        return decimal(factor.movePointRight(2), "0.##") + " %";
    }

    public static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /**
     * The cooperation's rounding rule, printed with every rounded share (not as legal basis: the agreement does not
     * say it; it is how the cooperation splits cents).
     */
    public static final String ROUNDING_RULE = "Rundungsregel der Kooperation: Jeder Anteil wird auf volle Cent "
            + "abgerundet; die dann noch fehlenden Cent des Gesamtbetrags erhalten einzeln die Anteile mit den größten "
            + "Resten, bei gleichem Rest in aufsteigender Reihenfolge des Gemeindeschlüssels. So ergeben die Anteile "
            + "zusammen genau den Gesamtbetrag, und keiner weicht um einen Cent oder mehr vom genauen Wert ab.";

    /** Decimals shown of an exact share that does not end earlier. */
    static final int EXACT_DECIMALS = 6;

    /**
     * An exact quotient in euros: "= 3.207,8125 EUR" when it ends within six decimals, else "≈ 2.585,480874 EUR"
     * (six decimals, so the reader sees it is not the rounded cent amount).
     */
    public static String exact(BigDecimal numerator, BigDecimal denominator) {
        BigDecimal rounded = numerator.divide(denominator, EXACT_DECIMALS, RoundingMode.HALF_UP);
        boolean terminates = rounded.multiply(denominator).compareTo(numerator) == 0;
        return (terminates ? "= " : "≈ ") + decimal(terminates ? rounded.stripTrailingZeros() : rounded, "#,##0.00####") + " EUR";
    }

    /**
     * A split segment as a computation: the exact share, then the cent amount named as the result of the
     * cooperation's rounding rule: "01.07.2020–31.12.2020: 184 von 366 Tagen, 1 von 7 Mitgliedern;
     * 36.000,00 EUR × 184/366 ÷ 7 ≈ 2.585,480094 EUR; nach der Rundungsregel: 2.585,48 EUR".
     */
    public static String segment(Segment s, boolean equalShares) {
        String share = equalShares
                ? "1 von " + s.members() + " Mitgliedern"
                : s.weight() + " von " + s.totalWeight() + " Lizenzen";
        String formula = equalShares
                ? eur(s.annualRate()) + " × " + s.days() + "/" + s.daysOfYear() + " ÷ " + s.members()
                : eur(s.annualRate()) + " × " + s.days() + "/" + s.daysOfYear() + " × " + s.weight() + "/" + s.totalWeight();
        BigDecimal numerator = s.annualRate().amount().multiply(BigDecimal.valueOf(s.days()))
                .multiply(BigDecimal.valueOf(equalShares ? 1 : s.weight()));
        BigDecimal denominator = BigDecimal.valueOf(s.daysOfYear()).multiply(BigDecimal.valueOf(equalShares ? s.members() : s.totalWeight()));
        return date(s.from()) + "–" + date(s.until()) + ": " + s.days() + " von " + s.daysOfYear() + " Tagen, " + share
                + "; " + formula + " " + exact(numerator, denominator) + "; nach der Rundungsregel: " + eur(s.amount());
    }

    /**
     * A DIRECT charge: "01.01.2022–31.12.2022: 3 Lizenz(en) × 120,00 EUR × 365/365 = 360,00 EUR; auf Cent gerundet:
     * 360,00 EUR" (a town's own charge is rounded half up on its own).
     */
    public static String charge(Segment s) {
        BigDecimal numerator = s.annualRate().amount().multiply(BigDecimal.valueOf(s.weight())).multiply(BigDecimal.valueOf(s.days()));
        return date(s.from()) + "–" + date(s.until()) + ": " + s.weight() + " Lizenz(en) × " + eur(s.annualRate()) + " × "
                + s.days() + "/" + s.daysOfYear() + " " + exact(numerator, BigDecimal.valueOf(s.daysOfYear()))
                + "; kaufmännisch auf Cent gerundet: " + eur(s.amount());
    }
}
