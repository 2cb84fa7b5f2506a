package de.kreisunna.ikz.system;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The operations a service documents in its OpenAPI document ({@code /q/openapi?format=json}). */
final class OpenApi {

    static final List<String> SERVICES = List.of("membership-service", "costing-service", "support-service");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();

    /**
     * One documented operation.
     *
     * @param roles the realm roles of its security requirement
     * @param body  the request body's schema (references resolved on demand with {@link #resolve}), or null
     */
    record Operation(String service, String method, String path, Set<String> roles, JsonNode body,
            List<String> headers) {

        /** {@code "costing-service POST /cost-runs/{id}/finalize"} */
        String key() {
            return service + " " + method + " " + path;
        }

        boolean writes() {
            return !method.equals("GET");
        }
    }

    private OpenApi() {
    }

    static List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        SERVICES.forEach(s -> all.addAll(operations(s)));
        return all;
    }

    static List<Operation> operations(String service) {
        JsonNode doc = document(service);
        List<Operation> operations = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            Set<String> roles = new TreeSet<>();
            op.getValue().path("security").forEach(requirement -> requirement.fields()
                    .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
            JsonNode body = op.getValue().path("requestBody").path("content").path("application/json").get("schema");
            List<String> headers = new ArrayList<>();
            op.getValue().path("parameters").forEach(p -> {
                if (p.path("in").asText().equals("header")) {
                    headers.add(p.path("name").asText());
                }
            });
            operations.add(new Operation(service, op.getKey().toUpperCase(), path.getKey(), roles, body, headers));
        }));
        return operations;
    }

    /** The schema a {@code $ref} points to (followed repeatedly), or the schema itself. */
    static JsonNode resolve(String service, JsonNode schema) {
        JsonNode current = schema;
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = document(service).at(ref.substring(1));
        }
        return current;
    }

    private static JsonNode document(String service) {
        return DOCUMENTS.computeIfAbsent(service, s -> {
            try {
                return JSON.readTree(given().get(SystemStack.stack().serviceUrl(s) + "/q/openapi?format=json")
                        .then().statusCode(200).extract().asString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
