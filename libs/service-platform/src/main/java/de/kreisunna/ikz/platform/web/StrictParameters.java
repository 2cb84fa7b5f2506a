package de.kreisunna.ikz.platform.web;

import de.kreisunna.ikz.platform.json.StrictJson;
import de.kreisunna.ikz.platform.problem.InvalidParameter;
import de.kreisunna.ikz.platform.town.Ags;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads typed path, query and header parameters of every resource: a value that does not convert is a 400
 * naming the parameter and what it must be (the allowed values of an enum, the AGS rule), never a 404 or a 500.
 * Dates must lie in the same plausible range as dates in JSON bodies.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a UUID", UUID::fromString);
        } else if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a whole number", Long::valueOf);
        } else if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a whole number", Integer::valueOf);
        } else if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a date written YYYY-MM-DD", v -> date(name, v));
        } else if (rawType == Ags.class) {
            return (ParamConverter<T>) new Converter<>(name, Ags.RULE, Ags::of);
        } else if (rawType.isEnum()) {
            return (ParamConverter<T>) new Converter<>(name, "must be one of: " + StrictJson.allowedValues(rawType),
                    v -> Enum.valueOf((Class) rawType, v));
        }
        return null;
    }

    /** Reads a date parameter within {@link StrictJson#EARLIEST} to {@link StrictJson#LATEST}. */
    public static LocalDate date(String name, String value) {
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, "must be a date written YYYY-MM-DD");
        }
        if (day.isBefore(StrictJson.EARLIEST) || day.isAfter(StrictJson.LATEST)) {
            throw new InvalidParameter(name, "must be between " + StrictJson.EARLIEST + " and " + StrictJson.LATEST);
        }
        return day;
    }

    static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            } else if (a instanceof PathParam p) {
                return p.value();
            } else if (a instanceof HeaderParam h) {
                return h.value();
            } else if (a instanceof FormParam f) {
                return f.value();
            } else if (a instanceof CookieParam c) {
                return c.value();
            }
        }
        return "parameter";
    }

    private record Converter<T>(String name, String rule, Function<String, T> read) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return read.apply(value);
            } catch (InvalidParameter e) {
                throw e;
            } catch (RuntimeException e) {
                throw new InvalidParameter(name, rule);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
