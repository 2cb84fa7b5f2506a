package de.kreisunna.ikz.costing.rest;

import de.kreisunna.ikz.platform.town.Ags;
import de.kreisunna.ikz.platform.problem.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query and path parameters read with a problem naming the parameter, instead of a bare 404 or 500. */
final class Params {

    static final String AGS = Ags.PATTERN;
    static final String AGS_RULE = Ags.RULE;

    private Params() {
    }

    static LocalDate date(String name, String value, boolean required) {
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

    static Integer year(String name, String value) {
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

    static String ags(String name, String value, boolean required) {
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
}
