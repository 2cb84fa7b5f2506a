package de.kreisunna.ikz.console.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every 4xx/5xx answer of a service into an {@link ApiProblem}, reading its problem+json body when it
 * has one. Registered on every client of the console.
 */
public class ProblemResponses implements ResponseExceptionMapper<ApiProblem> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ApiProblem toThrowable(Response response) {
        int status = response.getStatus();
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        try {
            JsonNode problem = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            List<ApiProblem.Violation> violations = new ArrayList<>();
            for (JsonNode v : problem.path("violations")) {
                violations.add(new ApiProblem.Violation(text(v, "field"), text(v, "reason")));
            }
            String title = text(problem, "title");
            return new ApiProblem(status, title == null ? Response.Status.fromStatusCode(status) == null
                    ? "HTTP " + status : Response.Status.fromStatusCode(status).getReasonPhrase() : title,
                    text(problem, "detail"), violations);
        } catch (Exception e) {
            return new ApiProblem(status, "HTTP " + status, null, List.of());
        }
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
