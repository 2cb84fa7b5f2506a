package de.kreisunna.ikz.platform.problem;

import de.kreisunna.ikz.platform.domain.Violation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every request body of these APIs is JSON. Without this, an endpoint whose body has a single string field
 * would accept {@code text/plain} and store the raw text as that field; now any other media type is 415.
 */
public class JsonBodiesOnly {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> requireJson(ContainerRequestContext request) {
        if (!request.hasEntity() || isJson(request.getMediaType())) {
            return Optional.empty();
        }
        return Optional.of(ProblemMapper.respond(415, "Unsupported Media Type",
                "request bodies must be application/json, not " + request.getMediaType(), request.getUriInfo(),
                List.of(new Violation("Content-Type", "must be application/json"))));
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
    }
}
