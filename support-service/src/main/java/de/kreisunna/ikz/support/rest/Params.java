package de.kreisunna.ikz.support.rest;

import de.kreisunna.ikz.platform.problem.Problem;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;

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

    /** Refuses query parameters the endpoint does not know (a misspelt filter must not silently match all). */
    static void onlyKnown(UriInfo uri, String... known) {
        List<String> allowed = List.of(known);
        for (String name : uri.getQueryParameters().keySet()) {
            if (!allowed.contains(name)) {
                throw Problem.badRequest(name, "is not a parameter of this endpoint; known: " + allowed);
            }
        }
    }
}
