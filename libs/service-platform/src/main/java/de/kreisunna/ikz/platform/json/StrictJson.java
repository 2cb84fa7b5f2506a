package de.kreisunna.ikz.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Strict JSON reading for every service (REST bodies, events, stored documents): a repeated key, text after
 * the value, a number where a string, boolean, enum or date is expected, a string where a number or boolean is
 * expected, an enum value that is not exactly one of the constants, and a date outside the plausible range are
 * all refused as bad input naming the field. Amounts ({@link BigDecimal}) may still be written as decimal strings.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** The earliest date a field accepts unless it says otherwise with {@link DateRange}. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** The latest date a field accepts unless it says otherwise with {@link DateRange}. */
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    /** The most entries any JSON array may have; a field may allow fewer with {@code @Size}. */
    public static final int MAX_ENTRIES = 1000;

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** Makes {@code mapper} strict; for mappers made outside CDI (tests, tools). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // amounts travel as decimal strings ("2585.48") in these APIs
        mapper.coercionConfigFor(BigDecimal.class).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.registerModule(new SimpleModule("ikz-strict-json").setDeserializerModifier(new Modifier()));
        return mapper;
    }

    private static final class Modifier extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return new ExactEnum(type.getRawClass());
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return new BoundedArray(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType valueType,
                BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return new BoundedArray(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                JsonDeserializer<?> deserializer) {
            Class<?> raw = beanDesc.getBeanClass();
            if (raw == LocalDate.class || raw == OffsetDateTime.class || raw == Instant.class
                    || raw == LocalDateTime.class || raw == ZonedDateTime.class) {
                return new PlausibleDate(deserializer, EARLIEST, LATEST);
            }
            return deserializer;
        }
    }

    /** An array has at most {@link #MAX_ENTRIES} entries, so no body makes a service build a huge list. */
    static final class BoundedArray extends DelegatingDeserializer {

        BoundedArray(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new BoundedArray(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = _delegatee.deserialize(p, ctxt);
            int size = value instanceof java.util.Collection<?> c ? c.size()
                    : value != null && value.getClass().isArray() ? java.lang.reflect.Array.getLength(value) : 0;
            if (size > MAX_ENTRIES) {
                throw MismatchedInputException.from(p, handledType(), "must have at most " + MAX_ENTRIES + " entries");
            }
            return value;
        }
    }

    /** The allowed values of an enum type, as error messages list them. */
    public static String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    /** An enum value must be a JSON string equal to a constant's name: no number, no trimming, no case folding. */
    static final class ExactEnum extends StdScalarDeserializer<Object> {

        private final Map<String, Object> constants;
        private final String allowed;

        ExactEnum(Class<?> type) {
            super(type);
            this.constants = Arrays.stream(type.getEnumConstants())
                    .collect(Collectors.toMap(c -> ((Enum<?>) c).name(), c -> c));
            this.allowed = allowedValues(type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String reason = "must be one of: " + allowed;
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw MismatchedInputException.from(p, handledType(), reason);
            }
            Object constant = constants.get(p.getText());
            if (constant == null) {
                throw InvalidFormatException.from(p, reason, p.getText(), handledType());
            }
            return constant;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Enum;
        }
    }

    /** A date or time must be a JSON string (no day count, no array) within the field's plausible range. */
    static final class PlausibleDate extends DelegatingDeserializer {

        private final LocalDate earliest;
        private final LocalDate latest;

        PlausibleDate(JsonDeserializer<?> delegate, LocalDate earliest, LocalDate latest) {
            super(delegate);
            this.earliest = earliest;
            this.latest = latest;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new PlausibleDate(newDelegatee, earliest, latest);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            PlausibleDate contextual = (PlausibleDate) super.createContextual(ctxt, property);
            DateRange range = property == null ? null : property.getAnnotation(DateRange.class);
            if (range == null) {
                return contextual;
            }
            return new PlausibleDate(contextual._delegatee, LocalDate.parse(range.from()), LocalDate.parse(range.to()));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw MismatchedInputException.from(p, handledType(), "must be " + describe(handledType()));
            }
            String text = p.getText();
            Object value;
            try {
                value = _delegatee.deserialize(p, ctxt);
            } catch (JsonMappingException e) {
                throw InvalidFormatException.from(p, "must be " + describe(handledType()), text, handledType());
            }
            LocalDate day = dayOf(value);
            if (day != null && (day.isBefore(earliest) || day.isAfter(latest))) {
                throw InvalidFormatException.from(p, "must be between " + earliest + " and " + latest, text,
                        handledType());
            }
            return value;
        }

        private static LocalDate dayOf(Object value) {
            if (value instanceof LocalDate d) {
                return d;
            } else if (value instanceof OffsetDateTime t) {
                return t.toLocalDate();
            } else if (value instanceof ZonedDateTime t) {
                return t.toLocalDate();
            } else if (value instanceof LocalDateTime t) {
                return t.toLocalDate();
            } else if (value instanceof Instant i) {
                return i.atOffset(ZoneOffset.UTC).toLocalDate();
            }
            return null;
        }
    }

    /** What a JSON value of this Java type looks like, in words an API user understands (no class names). */
    public static String describe(Class<?> type) {
        if (type == null) {
            return "a JSON value of another type";
        } else if (type.isEnum()) {
            return "one of: " + allowedValues(type);
        } else if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        } else if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time written YYYY-MM-DDThh:mm:ss+hh:mm";
        } else if (CharSequence.class.isAssignableFrom(type) || type == java.util.UUID.class) {
            return "a string";
        } else if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        } else if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
