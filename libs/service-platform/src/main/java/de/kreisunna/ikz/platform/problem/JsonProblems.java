package de.kreisunna.ikz.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import de.kreisunna.ikz.platform.domain.Violation;
import de.kreisunna.ikz.platform.json.StrictJson;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns a JSON reading failure into the field it concerns and a reason an API user understands. */
public final class JsonProblems {

    /** Anything that looks like a Java type name is never shown to a caller. */
    private static final Pattern JAVA_NAME = Pattern.compile("`|\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Za-z_$][\\w$]*");

    private JsonProblems() {
    }

    public static Violation violation(JsonProcessingException e) {
        // a syntax error inside a nested value reaches here wrapped with the path of the enclosing fields
        if (e.getCause() instanceof StreamReadException syntax) {
            e = syntax;
        }
        String field = fieldOf(e);
        return new Violation(field, reasonOf(e));
    }

    static String reasonOf(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String reason;
        if (original.startsWith("must ")) {
            reason = original;
        } else if (original.startsWith("Trailing token")) {
            reason = "unexpected content after the end of the JSON value";
        } else if (e instanceof UnrecognizedPropertyException) {
            reason = "is not a known field";
        } else if (e instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException a
                && a.getMessage() != null) {
            reason = a.getMessage();
        } else if (e instanceof InvalidFormatException f) {
            reason = "cannot read '" + f.getValue() + "': must be " + StrictJson.describe(f.getTargetType());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            reason = "must be " + StrictJson.describe(m.getTargetType());
        } else if (e instanceof JsonMappingException) {
            reason = "invalid value";
        } else {
            reason = "malformed JSON: " + original;
        }
        return JAVA_NAME.matcher(reason).find() ? "invalid value" : reason;
    }

    static String fieldOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
        }
        if (e.getProcessor() instanceof JsonParser parser) {
            return pathOf(parser.getParsingContext());
        }
        return "body";
    }

    /** The location a parser had reached, written like a mapping path ("lines.[2].amount"). */
    private static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }
}
