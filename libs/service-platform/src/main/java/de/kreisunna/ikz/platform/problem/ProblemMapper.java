package de.kreisunna.ikz.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        List<Problem.Violation> shown = capped(violations);
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
        Problem.Violation violation = JsonProblems.violation(e);
        return respond(400, "Invalid request", violation.field() + ": " + violation.reason(), uri, List.of(violation));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameter e, UriInfo uri) {
        return respond(400, "Invalid request", e.getMessage(), uri,
                List.of(new Problem.Violation(e.parameter(), e.reason())));
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
    static List<Problem.Violation> capped(List<Problem.Violation> violations) {
        if (violations.size() <= MAX_VIOLATIONS) {
            return violations;
        }
        List<Problem.Violation> shown = new java.util.ArrayList<>(violations.subList(0, MAX_VIOLATIONS));
        shown.add(new Problem.Violation("body", (violations.size() - MAX_VIOLATIONS) + " further violations not listed"));
        return shown;
    }

    static Response respond(int status, String title, String detail, UriInfo uri, List<Problem.Violation> violations) {
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
