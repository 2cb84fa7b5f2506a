package de.kreisunna.ikz.platform.web;

import de.kreisunna.ikz.platform.problem.Problem;
import de.kreisunna.ikz.platform.town.Ags;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Query and path parameters read as text by a resource, turned into types with a 400 naming the parameter and
 * the reason instead of a bare 404 or 500. One place for all services (typed parameters go through
 * {@link StrictParameters}).
 */
public final class Params {

    public static final String AGS = Ags.PATTERN;
    public static final String AGS_RULE = Ags.RULE;

    private Params() {
    }

    public static LocalDate date(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw Problem.badRequest(name, "is required (a date like 2020-07-01)");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest(name, "must be a date like 2020-07-01");
        }
    }

    public static Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value);
            if (year < 2000 || year > 2100) {
                throw Problem.badRequest(name, "must be a year between 2000 and 2100");
            }
            return year;
        } catch (NumberFormatException e) {
            throw Problem.badRequest(name, "must be a year like 2022");
        }
    }

    public static String ags(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw Problem.badRequest(name, "is required (" + AGS_RULE + ")");
            }
            return null;
        }
        if (!value.matches(AGS)) {
            throw Problem.badRequest(name, AGS_RULE);
        }
        return value;
    }

    /** The constant named {@code value} (null stays null). */
    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Refuses query parameters the endpoint does not know (a misspelt filter must not silently match all). */
    public static void onlyKnown(UriInfo uri, String... known) {
        List<String> allowed = List.of(known);
        for (String name : uri.getQueryParameters().keySet()) {
            if (!allowed.contains(name)) {
                throw Problem.badRequest(name, "is not a parameter of this endpoint; known: " + allowed);
            }
        }
    }
}
