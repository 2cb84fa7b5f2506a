package de.kreisunna.ikz.costing.document;

import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.allocation.Segment;
import java.math.BigDecimal;
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

    /** "01.07.2020–31.12.2020: 184 von 366 Tagen, 1 von 7 Mitgliedern, 36.000,00 EUR × 184/366 ÷ 7 = 2.585,48 EUR". */
    public static String segment(Segment s, boolean equalShares) {
        String share = equalShares
                ? "1 von " + s.members() + " Mitgliedern"
                : s.weight() + " von " + s.totalWeight() + " Lizenzen";
        String formula = equalShares
                ? eur(s.annualRate()) + " × " + s.days() + "/" + s.daysOfYear() + " ÷ " + s.members()
                : eur(s.annualRate()) + " × " + s.days() + "/" + s.daysOfYear() + " × " + s.weight() + "/" + s.totalWeight();
        return date(s.from()) + "–" + date(s.until()) + ": " + s.days() + " von " + s.daysOfYear() + " Tagen, " + share
                + "; " + formula + " = " + eur(s.amount());
    }

    /** A DIRECT charge: "01.01.2022–31.12.2022: 3 Lizenzen × 120,00 EUR × 365/365 = 360,00 EUR". */
    public static String charge(Segment s) {
        return date(s.from()) + "–" + date(s.until()) + ": " + s.weight() + " Lizenz(en) × " + eur(s.annualRate()) + " × "
                + s.days() + "/" + s.daysOfYear() + " = " + eur(s.amount());
    }
}
