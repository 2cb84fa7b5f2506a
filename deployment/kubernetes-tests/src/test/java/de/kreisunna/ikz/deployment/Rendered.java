package de.kreisunna.ikz.deployment;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** The objects of one rendered overlay. */
record Rendered(String overlay, List<JsonNode> objects) {

    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind(o).equals(kind)).toList();
    }

    JsonNode one(String kind, String name) {
        return objects.stream()
                .filter(o -> kind(o).equals(kind) && name(o).equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + "/" + name));
    }

    /** A core object as its fabric8 type. */
    <T> T typed(String kind, String name, Class<T> type) {
        return SERIALIZATION.convertValue(one(kind, name), type);
    }

    <T> List<T> allTyped(String kind, Class<T> type) {
        return ofKind(kind).stream().map(o -> SERIALIZATION.convertValue(o, type)).toList();
    }

    static String kind(JsonNode object) {
        return object.path("kind").asText();
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        return kind(object) + "/" + name(object);
    }
}
