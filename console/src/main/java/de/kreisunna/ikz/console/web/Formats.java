package de.kreisunna.ikz.console.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How the console writes numbers and times for German readers: {@code 1.234,56 €}, dates {@code 31.12.2024},
 * instants in the cooperation's time zone (Europe/Berlin). Templates call these as {@code {fmt:euro(invoice.total)}}, {@code {fmt:berlin(request.createdAt)}};
 * a missing value (null) is written as {@code –}.
 */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    /** The cooperation's time zone: the one setting {@code ikz.time-zone} of every service (default Europe/Berlin). */
    public static final ZoneId ZONE = ConfigProvider.getConfig().getOptionalValue("ikz.time-zone", String.class)
            .map(ZoneId::of).orElse(ZoneId.of("Europe/Berlin"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'",
            Locale.GERMANY);
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    /** Between amount and currency sign: a no-break space, so {@code €} never starts a line. */
    private static final String NBSP = "\u00a0";

    private Formats() {
    }

    /** {@code 1234.5} → {@code 1.234,50 €}; the cents are never rounded away (money arrives with scale 2). */
    public static String euro(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount) + NBSP + "€";
    }

    public static String berlin(Instant instant) {
        return instant == null ? "–" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** An ISO date-time value for {@code <time datetime>}. */
    public static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** The Berlin wall-clock time for {@code <input type="datetime-local">}: {@code 2035-03-05T09:00}. */
    public static String localInput(Instant instant) {
        return instant == null ? "" : LOCAL_INPUT.format(instant.atZone(ZONE));
    }

    public static String german(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }

    /** Business hours with a German decimal comma: {@code 7.5} → {@code 7,5 h}. */
    public static String hours(BigDecimal hours) {
        if (hours == null) {
            return "–";
        }
        return hours.stripTrailingZeros().toPlainString().replace('.', ',') + NBSP + "h";
    }
}
