package de.kreisunna.ikz.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The {@code openAPIV3Schema} of every served version of the operators' CRDs, as JSON Schema draft 4 (which
 * it nearly is). Two adaptations make it as strict as the API server with {@code kubectl apply}'s default
 * strict field validation:
 * <ul>
 *   <li>an object schema with {@code properties} accepts no other field unless it says
 *       {@code x-kubernetes-preserve-unknown-fields} (the API server would reject or prune it);</li>
 *   <li>{@code nullable: true} also admits {@code null}.</li>
 * </ul>
 * The other {@code x-kubernetes-*} keywords are dropped: their CEL rules and list semantics are not checked.
 * So is OpenAPI's {@code example}, an annotation.
 */
final class CrdSchemas {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    private final Map<String, JsonSchema> byApiVersionAndKind;

    private CrdSchemas(Map<String, JsonSchema> byApiVersionAndKind) {
        this.byApiVersionAndKind = byApiVersionAndKind;
    }

    /** Every CRD file (*.yaml, *.yml) in the directory and its subdirectories. */
    static CrdSchemas load(Path directory) {
        Map<String, JsonSchema> schemas = new HashMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ya?ml$")).toList()) {
                for (JsonNode doc : YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile()).readAll()) {
                    if ("CustomResourceDefinition".equals(doc.path("kind").asText())) {
                        add(doc, schemas);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CRDs in " + directory, e);
        }
        return new CrdSchemas(schemas);
    }

    private static void add(JsonNode crd, Map<String, JsonSchema> schemas) {
        String group = crd.path("spec").path("group").asText();
        String kind = crd.path("spec").path("names").path("kind").asText();
        for (JsonNode version : crd.path("spec").path("versions")) {
            JsonNode schema = version.path("schema").path("openAPIV3Schema");
            if (version.path("served").asBoolean() && schema.isObject()) {
                schemas.put(key(group + "/" + version.path("name").asText(), kind),
                        FACTORY.getSchema(strict(withTypeMeta((ObjectNode) schema.deepCopy()))));
            }
        }
    }

    /** The API server accepts apiVersion, kind and metadata on every object, whether a CRD lists them or not. */
    private static ObjectNode withTypeMeta(ObjectNode schema) {
        ObjectNode properties = schema.with("properties");
        properties.putIfAbsent("apiVersion", properties.objectNode().put("type", "string"));
        properties.putIfAbsent("kind", properties.objectNode().put("type", "string"));
        properties.putIfAbsent("metadata", properties.objectNode().put("type", "object"));
        return schema;
    }

    boolean knows(String apiVersion, String kind) {
        return byApiVersionAndKind.containsKey(key(apiVersion, kind));
    }

    /** The schema violations of a custom object; empty if it conforms. */
    List<String> violations(JsonNode object) {
        JsonSchema schema = byApiVersionAndKind.get(key(object.path("apiVersion").asText(), Rendered.kind(object)));
        if (schema == null) {
            throw new IllegalArgumentException("no CRD schema for " + object.path("apiVersion").asText() + " "
                    + Rendered.kind(object));
        }
        return schema.validate(object).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }

    /** The adaptations listed in the class comment, applied to the schema node and everything below it. */
    static JsonNode strict(JsonNode node) {
        if (node instanceof ObjectNode schema) {
            boolean preserveUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            if (schema.has("properties") && !schema.has("additionalProperties") && !preserveUnknown) {
                schema.put("additionalProperties", false);
            }
            if (schema.path("nullable").asBoolean(false) && schema.path("type").isTextual()) {
                ArrayNode types = schema.arrayNode().add(schema.path("type").asText()).add("null");
                schema.set("type", types);
            }
            schema.remove("nullable");
            schema.remove("example");   // OpenAPI annotation, no JSON Schema keyword
            for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
                if (names.next().startsWith("x-kubernetes-")) {
                    names.remove();
                }
            }
            schema.path("properties").forEach(CrdSchemas::strict);
            for (String keyword : List.of("items", "additionalProperties", "not")) {
                strict(schema.path(keyword));
            }
            for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
                schema.path(keyword).forEach(CrdSchemas::strict);
            }
        }
        return node;
    }

    /** The CRDs in shared/crds, if that folder is there. */
    static Optional<CrdSchemas> shared() {
        return Holder.SHARED;
    }

    private static final class Holder {
        static final Optional<CrdSchemas> SHARED = Project.crdDirectory().map(CrdSchemas::load);
    }
}
