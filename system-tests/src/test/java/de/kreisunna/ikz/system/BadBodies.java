package de.kreisunna.ikz.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Bodies derived from a valid one and its OpenAPI schema. A <em>malformed</em> body breaks the documented
 * contract (syntax, type, required field, length, pattern, range, enum, calendar date), so the service must
 * refuse it; a <em>boundary</em> body keeps to the contract with extreme values (far-past and far-future dates,
 * the longest strings, the largest numbers, odd characters, unknown fields), so the service may accept it or
 * refuse it, but never fail.
 */
final class BadBodies {

    /** One body to send. */
    record Case(String description, String body, String contentType, boolean malformed) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "x".repeat(100_000);

    private final String service;
    private final List<Case> fieldCases = new ArrayList<>();
    private final List<Case> bodyCases = new ArrayList<>();
    private final List<Case> boundaryCases = new ArrayList<>();

    private BadBodies(String service) {
        this.service = service;
    }

    /** Every case for the operation whose request body has {@code schema} and a valid example {@code base}. */
    static BadBodies of(String service, JsonNode schema, JsonNode base) {
        BadBodies bodies = new BadBodies(service);
        JsonNode resolved = OpenApi.resolve(service, schema);
        bodies.bodyLevel(resolved, base);
        bodies.walk(resolved, base, base, "", true);
        ObjectNode extra = base.deepCopy();
        extra.put("unexpectedField", "nobody asked for this");
        bodies.boundaryCases.add(new Case("an unknown extra field", extra.toString(), "application/json", false));
        return bodies;
    }

    List<Case> fieldCases() {
        return fieldCases;
    }

    List<Case> bodyCases() {
        return bodyCases;
    }

    List<Case> boundaryCases() {
        return boundaryCases;
    }

    private void bodyLevel(JsonNode schema, JsonNode base) {
        String json = "application/json";
        bodyCases.add(new Case("not JSON", "{\"broken\": ", json, true));
        bodyCases.add(new Case("a JSON string instead of an object", "\"ein Text\"", json, true));
        bodyCases.add(new Case("a JSON array instead of an object", "[" + base + "]", json, true));
        bodyCases.add(new Case("a number instead of an object", "42", json, true));
        bodyCases.add(new Case("the JSON literal null", "null", json, true));
        bodyCases.add(new Case("an empty body", "", json, true));
        bodyCases.add(new Case("the valid body as text/plain", base.toString(), "text/plain", true));
        bodyCases.add(new Case("XML", "<body/>", "application/xml", true));
        if (schema.path("required").size() > 0) {
            bodyCases.add(new Case("an empty object", "{}", json, true));
        }
    }

    private void walk(JsonNode schema, JsonNode value, JsonNode root, String path, boolean top) {
        JsonNode resolved = OpenApi.resolve(service, schema);
        if (resolved == null || value == null) {
            return;
        }
        if (!top) {
            valueCases(resolved, root, path);
        }
        if (isObject(resolved) && value.isObject()) {
            List<String> required = new ArrayList<>();
            resolved.path("required").forEach(r -> required.add(r.asText()));
            resolved.path("properties").fields().forEachRemaining(property -> {
                String name = property.getKey();
                String childPath = path + "/" + name;
                if (!value.has(name)) {
                    return;
                }
                if (required.contains(name)) {
                    fieldCases.add(malformed("without required " + childPath, root, childPath, null, true));
                    fieldCases.add(malformed("required " + childPath + " null", root, childPath, NODES.nullNode(), false));
                }
                walk(property.getValue(), value.get(name), root, childPath, false);
            });
        } else if (resolved.path("type").asText().equals("array") && value.isArray() && !value.isEmpty()) {
            walk(resolved.get("items"), value.get(0), root, path + "/0", false);
        }
    }

    /** Cases replacing the value at {@code path}, by the kind of value the schema describes. */
    private void valueCases(JsonNode schema, JsonNode root, String path) {
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        ObjectNode object = NODES.objectNode().put("unexpected", 1);
        if (schema.has("enum")) {
            String first = schema.get("enum").get(0).asText();
            fieldCases.add(malformed(path + " not one of the values", root, path, NODES.textNode("NOT_A_VALUE"), false));
            fieldCases.add(malformed(path + " in lower case", root, path, NODES.textNode(first.toLowerCase()), false));
            fieldCases.add(malformed(path + " an object", root, path, object, false));
        } else if (isObject(schema)) {
            fieldCases.add(malformed(path + " a string instead of an object", root, path, NODES.textNode("kein Objekt"), false));
            fieldCases.add(malformed(path + " an array instead of an object", root, path, NODES.arrayNode().add(1), false));
        } else if (type.equals("array")) {
            fieldCases.add(malformed(path + " a string instead of an array", root, path, NODES.textNode("keine Liste"), false));
            if (schema.path("minItems").asInt(0) > 0) {
                fieldCases.add(malformed(path + " empty", root, path, NODES.arrayNode(), false));
            }
        } else if (type.equals("string") && format.equals("date")) {
            fieldCases.add(malformed(path + " 30 February", root, path, NODES.textNode("2021-02-30"), false));
            fieldCases.add(malformed(path + " month 13", root, path, NODES.textNode("2021-13-01"), false));
            fieldCases.add(malformed(path + " a German date", root, path, NODES.textNode("30.12.2021"), false));
            fieldCases.add(malformed(path + " an object", root, path, object, false));
            boundaryCases.add(boundary(path + " far in the past", root, path, NODES.textNode("0001-01-01")));
            boundaryCases.add(boundary(path + " far in the future", root, path, NODES.textNode("9999-12-31")));
        } else if (type.equals("string") && format.equals("date-time")) {
            fieldCases.add(malformed(path + " 30 February", root, path, NODES.textNode("2027-02-30T10:00:00+01:00"), false));
            fieldCases.add(malformed(path + " words", root, path, NODES.textNode("morgen früh"), false));
            fieldCases.add(malformed(path + " an object", root, path, object, false));
            boundaryCases.add(boundary(path + " far in the past", root, path, NODES.textNode("0001-01-01T00:00:00Z")));
            boundaryCases.add(boundary(path + " far in the future", root, path, NODES.textNode("9999-12-31T23:59:59Z")));
        } else if (type.equals("string")) {
            stringCases(schema, root, path, object);
        } else if (type.equals("integer")) {
            integerCases(schema, root, path, object);
        } else if (type.equals("number")) {
            numberCases(schema, root, path, object);
        } else if (type.equals("boolean")) {
            fieldCases.add(malformed(path + " neither true nor false", root, path, NODES.textNode("vielleicht"), false));
            fieldCases.add(malformed(path + " an object", root, path, object, false));
        }
    }

    private void stringCases(JsonNode schema, JsonNode root, String path, ObjectNode object) {
        fieldCases.add(malformed(path + " an object", root, path, object, false));
        String pattern = schema.path("pattern").asText(null);
        if (schema.has("maxLength")) {
            int max = schema.get("maxLength").asInt();
            fieldCases.add(malformed(path + " one character too long", root, path, NODES.textNode("x".repeat(max + 1)), false));
            fieldCases.add(malformed(path + " 100,000 characters", root, path, NODES.textNode(HUGE), false));
            if (pattern == null || pattern.equals("\\S")) {
                boundaryCases.add(boundary(path + " exactly as long as allowed, with umlauts", root, path,
                        NODES.textNode("Ä".repeat(max))));
            }
        } else if (pattern == null || pattern.equals("\\S")) {
            boundaryCases.add(boundary(path + " 100,000 characters (no limit documented)", root, path, NODES.textNode(HUGE)));
        }
        if (schema.path("minLength").asInt(0) > 0) {
            fieldCases.add(malformed(path + " empty", root, path, NODES.textNode(""), false));
        }
        if ("\\S".equals(pattern)) {
            fieldCases.add(malformed(path + " blank", root, path, NODES.textNode("   "), false));
        } else if (pattern != null) {
            fieldCases.add(malformed(path + " not matching " + pattern, root, path, NODES.textNode("x!"), false));
        }
        if (pattern == null || pattern.equals("\\S")) {
            boundaryCases.add(boundary(path + " with a NUL character", root, path, NODES.textNode("vor\u0000nach")));
            boundaryCases.add(boundary(path + " with emoji and right-to-left text", root, path,
                    NODES.textNode("Ünïcödé 👍 עברית")));
        }
    }

    private void integerCases(JsonNode schema, JsonNode root, String path, ObjectNode object) {
        fieldCases.add(malformed(path + " a word", root, path, NODES.textNode("zwölf"), false));
        fieldCases.add(malformed(path + " an object", root, path, object, false));
        if (schema.path("format").asText().equals("int32")) {
            fieldCases.add(malformed(path + " beyond 32 bits", root, path, NODES.numberNode(2_147_483_648L), false));
        }
        if (schema.has("minimum")) {
            long min = schema.get("minimum").asLong();
            fieldCases.add(malformed(path + " below the minimum", root, path, NODES.numberNode(min - 1), false));
            boundaryCases.add(boundary(path + " the minimum", root, path, NODES.numberNode(min)));
        }
        if (schema.has("exclusiveMinimum")) {
            fieldCases.add(malformed(path + " at the exclusive minimum", root, path,
                    NODES.numberNode(schema.get("exclusiveMinimum").asLong()), false));
        }
        if (schema.has("maximum")) {
            long max = schema.get("maximum").asLong();
            fieldCases.add(malformed(path + " above the maximum", root, path, NODES.numberNode(max + 1), false));
            boundaryCases.add(boundary(path + " the maximum", root, path, NODES.numberNode(max)));
        } else {
            boundaryCases.add(boundary(path + " the largest 32-bit number", root, path, NODES.numberNode(Integer.MAX_VALUE)));
        }
    }

    private void numberCases(JsonNode schema, JsonNode root, String path, ObjectNode object) {
        fieldCases.add(malformed(path + " a word", root, path, NODES.textNode("zwölf"), false));
        fieldCases.add(malformed(path + " an object", root, path, object, false));
        if (schema.has("minimum")) {
            BigDecimal min = schema.get("minimum").decimalValue();
            fieldCases.add(malformed(path + " below the minimum", root, path, NODES.numberNode(min.subtract(new BigDecimal("0.01"))), false));
            boundaryCases.add(boundary(path + " the minimum", root, path, NODES.numberNode(min)));
        }
        if (schema.has("exclusiveMinimum")) {
            fieldCases.add(malformed(path + " at the exclusive minimum", root, path,
                    NODES.numberNode(schema.get("exclusiveMinimum").decimalValue()), false));
            fieldCases.add(malformed(path + " negative", root, path, NODES.numberNode(new BigDecimal("-1")), false));
        }
        if (schema.has("maximum")) {
            BigDecimal max = schema.get("maximum").decimalValue();
            fieldCases.add(malformed(path + " above the maximum", root, path, NODES.numberNode(max.add(new BigDecimal("0.01"))), false));
        } else {
            boundaryCases.add(boundary(path + " the largest amount with 10 digits", root, path,
                    NODES.numberNode(new BigDecimal("9999999999.99"))));
            boundaryCases.add(boundary(path + " 10^20", root, path, NODES.numberNode(new BigDecimal("1E+20"))));
        }
        if (schema.has("multipleOf")) {
            BigDecimal step = schema.get("multipleOf").decimalValue();
            fieldCases.add(malformed(path + " with more decimals than " + step.toPlainString(), root, path,
                    NODES.numberNode(new BigDecimal("0.5").add(step.movePointLeft(1))), false));
        }
    }

    private static boolean isObject(JsonNode schema) {
        return schema.path("type").asText().equals("object") || schema.has("properties");
    }

    private Case malformed(String description, JsonNode root, String path, JsonNode value, boolean remove) {
        return new Case(description, replaced(root, path, value, remove), "application/json", true);
    }

    private Case boundary(String description, JsonNode root, String path, JsonNode value) {
        return new Case(description, replaced(root, path, value, false), "application/json", false);
    }

    /** A copy of {@code root} with the value at the JSON pointer {@code path} replaced (or removed). */
    private static String replaced(JsonNode root, String path, JsonNode value, boolean remove) {
        JsonNode copy = root.deepCopy();
        int slash = path.lastIndexOf('/');
        JsonNode parent = copy.at(path.substring(0, slash));
        String last = path.substring(slash + 1);
        Consumer<JsonNode> apply = p -> {
            if (p instanceof ObjectNode o) {
                if (remove) {
                    o.remove(last);
                } else {
                    o.set(last, value);
                }
            } else if (p instanceof ArrayNode a) {
                a.set(Integer.parseInt(last), value);
            }
        };
        apply.accept(parent);
        try {
            return JSON.writeValueAsString(copy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
