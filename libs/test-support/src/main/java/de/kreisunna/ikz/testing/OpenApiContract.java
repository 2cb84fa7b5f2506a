package de.kreisunna.ikz.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import de.kreisunna.ikz.platform.einvoice.LeitwegId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every operation of every service's OpenAPI document must carry, as a list of defects (empty when the
 * document keeps the contract): a summary of at least three words and a description; tags declared with a
 * description (never a Java class name); a success response, with a non-empty schema where it has content,
 * {@code Location} on 201, no content on 204; every error as problem+json; 412 where If-Match is taken, 428 on a PUT,
 * {@code Idempotent-Replayed} where Idempotency-Key is; realistic examples on every parameter and on every scalar
 * property of a request body: an AGS of Kreis Unna, a Leitweg-ID with valid check digits, a date and a year
 * between 2000 and 2199.
 */
public final class OpenApiContract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Set<String> SCALARS = Set.of("string", "integer", "number", "boolean");
    private static final Set<String> UNEXAMPLED_PARAMETERS = Set.of("page", "size");
    private static final Pattern KREIS_UNNA_AGS = Pattern.compile("05978(\\d{3})?");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private OpenApiContract() {
    }

    /** Every breach of the contract, each naming the operation and what it lacks. */
    public static List<String> defects(JsonNode document) {
        List<String> defects = new ArrayList<>();
        Map<String, String> declaredTags = new HashMap<>();
        document.path("tags").forEach(tag -> declaredTags.put(tag.path("name").asText(), tag.path("description").asText("")));
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (METHODS.contains(entry.getKey())) {
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                checkOperation(document, name, entry.getValue(), declaredTags, defects);
            }
        }));
        return defects;
    }

    private static void checkOperation(JsonNode document, String name, JsonNode operation,
            Map<String, String> declaredTags, List<String> defects) {
        String summary = operation.path("summary").asText("").strip();
        if (summary.split("\\s+").length < 3) {
            defects.add(name + ": summary of at least three words missing (is '" + summary + "')");
        }
        String description = operation.path("description").asText("").strip();
        if (description.isEmpty() || description.equals(summary)) {
            defects.add(name + ": description missing or equal to the summary");
        }
        if (!operation.path("tags").isArray() || operation.path("tags").isEmpty()) {
            defects.add(name + ": no tag");
        }
        operation.path("tags").forEach(tag -> {
            String tagName = tag.asText();
            if (tagName.endsWith("Resource") || tagName.contains("$") || tagName.contains(".")) {
                defects.add(name + ": tag '" + tagName + "' looks like a Java class name");
            }
            if (declaredTags.getOrDefault(tagName, "").isBlank()) {
                defects.add(name + ": tag '" + tagName + "' is not declared with a description");
            }
        });
        checkResponses(name, operation, defects);
        checkParameters(name, operation, defects);
        JsonNode body = operation.path("requestBody").path("content");
        body.properties().forEach(media -> checkBodyExamples(document, name, media.getValue(), defects));
    }

    private static void checkResponses(String name, JsonNode operation, List<String> defects) {
        JsonNode responses = operation.path("responses");
        boolean success = false;
        for (var response : (Iterable<Map.Entry<String, JsonNode>>) responses.properties()::iterator) {
            String status = response.getKey();
            JsonNode content = response.getValue().path("content");
            if (status.startsWith("2")) {
                success = true;
                if (status.equals("204") && !content.isEmpty()) {
                    defects.add(name + ": 204 documents content");
                }
                content.properties().forEach(media -> {
                    JsonNode schema = media.getValue().path("schema");
                    if (schema.isMissingNode() || schema.isEmpty()) {
                        defects.add(name + ": " + status + " " + media.getKey() + " has an empty schema");
                    }
                });
                if (status.equals("201") && response.getValue().path("headers").path("Location").isMissingNode()) {
                    defects.add(name + ": 201 without a Location header");
                }
            } else if (status.matches("[45]\\d\\d")) {
                String ref = content.path("application/problem+json").path("schema").path("$ref").asText();
                if (!PROBLEM.equals(ref)) {
                    defects.add(name + ": " + status + " is not problem+json");
                }
            }
        }
        if (!success) {
            defects.add(name + ": no success response");
        }
        if (takesHeader(operation, "If-Match") && responses.path("412").isMissingNode()) {
            defects.add(name + ": takes If-Match but documents no 412");
        }
        if (takesHeader(operation, "If-Match") && name.startsWith("PUT ") && responses.path("428").isMissingNode()) {
            defects.add(name + ": a replacement taking If-Match documents no 428");
        }
        if (takesHeader(operation, "Idempotency-Key")) {
            responses.properties().forEach(response -> {
                if (response.getKey().startsWith("2") && response.getValue().path("headers").path("Idempotent-Replayed").isMissingNode()) {
                    defects.add(name + ": " + response.getKey() + " does not document Idempotent-Replayed");
                }
            });
        }
    }

    private static void checkParameters(String name, JsonNode operation, List<String> defects) {
        operation.path("parameters").forEach(parameter -> {
            String parameterName = parameter.path("name").asText();
            if (parameter.path("in").asText().equals("header") || UNEXAMPLED_PARAMETERS.contains(parameterName)) {
                return;
            }
            JsonNode example = parameter.has("example") ? parameter.path("example") : exampleOf(parameter.path("schema"), parameter.path("schema"));
            if (example.isMissingNode() && !parameter.path("schema").has("enum")) {
                defects.add(name + ": parameter '" + parameterName + "' has no example");
            } else if (!example.isMissingNode()) {
                realistic(name + ": parameter '" + parameterName + "'", parameterName, parameter.path("schema"), example, defects);
            }
        });
    }

    private static void checkBodyExamples(JsonNode document, String name, JsonNode media, List<String> defects) {
        if (media.has("example") || media.has("examples")) {
            if (media.has("example")) {
                realisticValues(name + ": body example", "body", media.path("example"), defects);
            }
            media.path("examples").properties().forEach(example ->
                    realisticValues(name + ": body example '" + example.getKey() + "'", "body",
                            example.getValue().path("value"), defects));
            return;
        }
        JsonNode schema = resolve(document, media.path("schema"));
        if (typeOf(schema).equals("array")) {
            schema = resolve(document, schema.path("items"));
        }
        schema.path("properties").properties().forEach(property -> {
            JsonNode propertySchema = resolve(document, property.getValue());
            String type = typeOf(propertySchema);
            if (!SCALARS.contains(type)) {
                return;
            }
            JsonNode example = exampleOf(property.getValue(), propertySchema);
            if (example.isMissingNode() && !propertySchema.has("enum")) {
                defects.add(name + ": body property '" + property.getKey() + "' has no example");
            } else if (!example.isMissingNode()) {
                realistic(name + ": body property '" + property.getKey() + "'", property.getKey(), propertySchema, example, defects);
            }
        });
    }

    /** A schema's example: OpenAPI 3.0's {@code example}, or the first of 3.1's {@code examples}. */
    private static JsonNode exampleOf(JsonNode schema, JsonNode resolved) {
        for (JsonNode candidate : List.of(schema, resolved)) {
            if (candidate.has("example")) {
                return candidate.path("example");
            }
            if (candidate.path("examples").isArray() && !candidate.path("examples").isEmpty()) {
                return candidate.path("examples").get(0);
            }
        }
        return MissingNode.getInstance();
    }

    /** Every scalar of a whole example body, judged by its field name (and as a date where it looks like one). */
    private static void realisticValues(String where, String field, JsonNode value, List<String> defects) {
        if (value.isObject()) {
            value.properties().forEach(e -> realisticValues(where, e.getKey(), e.getValue(), defects));
        } else if (value.isArray()) {
            value.forEach(item -> realisticValues(where, field, item, defects));
        } else if (!value.isNull()) {
            JsonNode schema = value.asText().matches("\\d{4}-\\d{2}-\\d{2}")
                    ? JsonNodeFactory.instance.objectNode().put("format", "date")
                    : MissingNode.getInstance();
            realistic(where + " field '" + field + "'", field, schema, value, defects);
        }
    }

    private static void realistic(String where, String field, JsonNode schema, JsonNode example, List<String> defects) {
        String value = example.asText();
        String lower = field.toLowerCase();
        if ((lower.equals("ags") || lower.endsWith("ags")) && !KREIS_UNNA_AGS.matcher(value).matches()) {
            defects.add(where + ": example '" + value + "' is not an AGS of Kreis Unna (05978…)");
        }
        if (lower.contains("leitweg") && !LeitwegId.isValid(value)) {
            defects.add(where + ": example '" + value + "' is not a valid Leitweg-ID");
        }
        if (lower.equals("year") && !(example.asInt() >= 2000 && example.asInt() <= 2199)) {
            defects.add(where + ": example year " + value + " is not between 2000 and 2199");
        }
        if ("date".equals(schema.path("format").asText())) {
            try {
                LocalDate date = LocalDate.parse(value);
                if (date.getYear() < 2000 || date.getYear() > 2199) {
                    defects.add(where + ": example date " + value + " is not between 2000 and 2199");
                }
            } catch (DateTimeParseException e) {
                defects.add(where + ": example '" + value + "' is not a date");
            }
        }
    }

    /** The type of a schema; OpenAPI 3.1 writes a nullable one as {@code [type, "null"]}. */
    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.asText();
    }

    private static boolean takesHeader(JsonNode operation, String header) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("header") && parameter.path("name").asText().equalsIgnoreCase(header)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/")) {
            return document.at(ref.substring(1));
        }
        if (schema.path("allOf").isArray() && schema.path("allOf").size() == 1) {
            return resolve(document, schema.path("allOf").get(0));
        }
        return schema;
    }
}
