package de.kreisunna.ikz.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.ContentTooLarge;
import de.kreisunna.ikz.platform.domain.DomainException;
import de.kreisunna.ikz.platform.domain.IdempotencyKeyReused;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.NotAllowed;
import de.kreisunna.ikz.platform.domain.NotFound;
import de.kreisunna.ikz.platform.domain.StaleVersion;
import de.kreisunna.ikz.platform.domain.UnsupportedContent;
import de.kreisunna.ikz.platform.domain.VersionRequired;
import de.kreisunna.ikz.platform.domain.Violation;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a request into problem details: field and reason for bad input, never a stack trace. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(Problem problem, UriInfo uri) {
        return respond(problem.status(), problem.title(), problem.getMessage(), uri, problem.violations());
    }

    /** The status and title each kind of broken domain rule is answered with. */
    private static final Map<Class<? extends DomainException>, Map.Entry<Integer, String>> DOMAIN = Map.of(
            InvalidInput.class, Map.entry(400, "Invalid request"),
            NotFound.class, Map.entry(404, "Not found"),
            NotAllowed.class, Map.entry(403, "Forbidden"),
            Conflict.class, Map.entry(409, "Conflict"),
            StaleVersion.class, Map.entry(412, "Precondition failed"),
            IdempotencyKeyReused.class, Map.entry(422, "Idempotency key reused"),
            ContentTooLarge.class, Map.entry(413, "Content too large"),
            UnsupportedContent.class, Map.entry(415, "Unsupported content"),
            VersionRequired.class, Map.entry(428, "Precondition required"));

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        Map.Entry<Integer, String> answer = DOMAIN.get(e.getClass());
        return respond(answer.getKey(), answer.getValue(), e.getMessage(), uri, capped(e.violations()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        List<Violation> shown = capped(violations);
        String detail = shown.stream().map(v -> v.field() + ": " + v.reason()).collect(Collectors.joining("; "));
        return respond(400, "Invalid request", detail, uri, shown);
    }

    /** Declared for the subtype too, so it wins over Quarkus' built-in mapper for mismatched JSON input. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        Violation violation = JsonProblems.violation(e);
        return respond(400, "Invalid request", violation.field() + ": " + violation.reason(), uri, List.of(violation));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameter e, UriInfo uri) {
        return respond(400, "Invalid request", e.getMessage(), uri,
                List.of(new Violation(e.parameter(), e.reason())));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(401, "Unauthorized", "a valid bearer token is required", uri, List.of());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(401, "Unauthorized", "a valid bearer token is required", uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Forbidden", "the token lacks a role this operation needs", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);   // the JSON reader reports bad bodies as a plain 400
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        MDC.put("errorId", errorId);
        try {
            LOG.errorf(e, "unexpected failure of %s (error id %s)", uri.getPath(), errorId);
        } finally {
            MDC.remove("errorId");
        }
        ProblemBody body = new ProblemBody("about:blank", "Internal error", 500,
                "the request failed unexpectedly; it has been logged with error id " + errorId, uri.getPath(),
                List.of(), errorId);
        return Response.status(500).type(ProblemBody.MEDIA_TYPE).entity(body).build();
    }

    /** The most violations one answer lists. */
    public static final int MAX_VIOLATIONS = 50;

    /** The first {@link #MAX_VIOLATIONS} violations, and one entry saying how many more were left out. */
    static List<Violation> capped(List<Violation> violations) {
        if (violations.size() <= MAX_VIOLATIONS) {
            return violations;
        }
        List<Violation> shown = new java.util.ArrayList<>(violations.subList(0, MAX_VIOLATIONS));
        shown.add(new Violation("body", (violations.size() - MAX_VIOLATIONS) + " further violations not listed"));
        return shown;
    }

    static Response respond(int status, String title, String detail, UriInfo uri, List<Violation> violations) {
        ProblemBody body = new ProblemBody("about:blank", title, status, detail, uri.getPath(), violations);
        Response.ResponseBuilder response = Response.status(status).type(ProblemBody.MEDIA_TYPE).entity(body);
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "create.arg1.name" → "name": drop the method and parameter nodes of the property path
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
