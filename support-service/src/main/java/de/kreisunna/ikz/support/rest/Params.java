package de.kreisunna.ikz.support.rest;

import de.kreisunna.ikz.platform.problem.Problem;
import java.util.Arrays;

/** Reads query and path parameters into types, answering bad values with the parameter's name and the reason. */
final class Params {

    private Params() {
    }

    /** The constant named {@code value} (null stays null). */
    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
