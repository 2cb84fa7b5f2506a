package de.kreisunna.ikz.platform.openapi;

import de.kreisunna.ikz.platform.problem.ProblemBody;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the errors the shared edge answers on every operation of every service, so that no operation (a new
 * one included) lacks them: a {@code Problem} schema, and 400, 401, 403, 500 everywhere, 404 where the path names a
 * resource, 413 and 415 where there is a request body, each as {@code application/problem+json}. A response an
 * operation declares itself keeps its description; it only gets the problem body if it has none.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";

    private static final Map<String, String> ALWAYS = new LinkedHashMap<>();
    static {
        ALWAYS.put("400", "Bad input: a malformed or unknown parameter, malformed or non-strict JSON, a field that "
                + "breaks a rule; `violations` names each field and the reason");
        ALWAYS.put("401", "No valid bearer token of the realm ikz-sozialwesen with audience ikz-api");
        ALWAYS.put("403", "The token lacks a role this operation needs");
        ALWAYS.put("500", "Unexpected failure; `errorId` is in the service's log line");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(SCHEMA, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() != null) {
                boolean versioned = item.getOperations().values().stream().anyMatch(o -> takesHeader(o, IF_MATCH));
                item.getOperations().forEach((method, operation) -> {
                    document(path, method, operation);
                    documentHeaders(method, operation, versioned);
                });
            }
        });
    }

    static final String IF_MATCH = "If-Match";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /**
     * The headers of the shared edge's policies ({@code web.IfMatch}): {@code ETag} on every success of a versioned
     * resource, 412 where {@code If-Match} is taken and 428 where a PUT requires it, {@code Idempotent-Replayed} and 422 where {@code Idempotency-Key}
     * is, {@code Location} on every 201.
     */
    private static void documentHeaders(PathItem.HttpMethod method, Operation operation, boolean versioned) {
        APIResponses responses = operation.getResponses();
        if (takesHeader(operation, IF_MATCH)) {
            add(responses, "412", "If-Match names a version that is no longer current: read again and retry");
            if (method == PathItem.HttpMethod.PUT) {
                add(responses, "428", "If-Match is missing: a replacement must name the version it was made from");
            }
        }
        boolean idempotent = takesHeader(operation, IDEMPOTENCY_KEY);
        if (idempotent) {
            add(responses, "422", "The Idempotency-Key was used before with a different body");
        }
        if (responses.getAPIResponses() == null) {
            return;
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("2")) {
                return;
            }
            if (status.equals("201")) {
                header(response, "Location", "The address of the created resource");
            }
            if (versioned && !status.equals("204")) {
                header(response, "ETag", "The version of the resource; send it as If-Match to change it");
            }
            if (idempotent) {
                header(response, "Idempotent-Replayed",
                        "true when this is the stored answer to an earlier request with the same Idempotency-Key");
            }
        });
    }

    private static boolean takesHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static void header(APIResponse response, String name, String description) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().description(description)
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        }
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        ALWAYS.forEach((status, description) -> add(responses, status, description));
        if (path.contains("{")) {
            add(responses, "404", "No such resource, or one of another town (not revealed to a town's caller)");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is larger than this operation's limit");
            add(responses, "415", "The body is not application/json");
        }
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.matches("[45]\\d\\d") && (response.getContent() == null
                        || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty())) {
                    response.setContent(problemContent());
                }
            });
        }
    }

    private static void add(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            APIResponse response = OASFactory.createAPIResponse().description(description).content(problemContent());
            responses.addAPIResponse(status, response);
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemBody.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA)));
    }

    private static Schema problemSchema() {
        Schema violation = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("field", string("The JSON path or parameter name", "validFrom"))
                .addProperty("reason", string("What is wrong with it", "must be between 2000-01-01 and 2199-12-31"));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", string("Always about:blank", "about:blank"))
                .addProperty("title", string("The status in words", "Invalid request"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).example(400))
                .addProperty("detail", string("What went wrong, for a person",
                        "validFrom: must be between 2000-01-01 and 2199-12-31"))
                .addProperty("instance", string("The request path", "/municipalities/05978024/memberships"))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY).items(violation)
                        .description("The offending fields (at most 50 listed)"))
                .addProperty("errorId", string("Only on 500: the id in the service's log line",
                        "3f2b9c1e-7d4a-4e0b-9a51-2c8f6d0e1a77"));
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description).example(example);
    }
}
