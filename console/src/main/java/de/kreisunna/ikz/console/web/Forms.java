package de.kreisunna.ikz.console.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small conversions between HTML form values and the JSON bodies the services take. */
public final class Forms {

    private Forms() {
    }

    /** An empty field is "not given" for the service (null), so the service's own rule for a missing value applies. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static String nullToBlank(String value) {
        return value == null ? "" : value;
    }

    /** The values as the form shows them again after a refusal. */
    public static Map<String, String> strings(Map<String, Object> values) {
        Map<String, String> result = new LinkedHashMap<>();
        values.forEach((k, v) -> result.put(k, v == null ? "" : String.valueOf(v)));
        return result;
    }

    /**
     * An amount typed the German way ({@code 1.234,56}) as the number the service takes; anything unreadable goes
     * as typed, and the service names the field.
     */
    public static Object amount(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(v.replace(".", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            return v;
        }
    }

    /** A whole number typed into a form; anything else goes to the service as typed, which names the field. */
    public static Object number(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return v;
        }
    }
}
