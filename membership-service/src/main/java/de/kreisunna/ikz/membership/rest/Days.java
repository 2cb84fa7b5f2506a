package de.kreisunna.ikz.membership.rest;

import de.kreisunna.ikz.platform.domain.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a date query parameter; a malformed one is a 400 naming the parameter (not the framework's 404). */
final class Days {

    private Days() {
    }

    static LocalDate parse(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(parameter, "must be a date like 2021-06-30");
        }
    }
}
