package de.kreisunna.ikz.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A service's refusal that no form handles becomes a page with the service's own status: another town's invoice
 * answers 404 there and here ("nicht gefunden"), never its content.
 */
public class ProblemPages {

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance problem(int status, String heading, ApiProblem problem);
    }

    @ServerExceptionMapper
    public Response map(ApiProblem problem) {
        String heading = switch (problem.status()) {
            case 404 -> "Nicht gefunden";
            case 403 -> "Keine Berechtigung";
            case 401 -> "Nicht angemeldet";
            case 409 -> "Konflikt";
            default -> problem.status() >= 500 ? "Der Dienst antwortet nicht wie erwartet" : "Anfrage abgelehnt";
        };
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.problem(problem.status(), heading, problem).render()).build();
    }

    /** A service that does not answer at all (down, timeout): 503, and the page says which call failed. */
    @ServerExceptionMapper
    public Response unavailable(ProcessingException failure) {
        if (failure.getCause() instanceof ApiProblem problem) {
            return map(problem);
        }
        return map(new ApiProblem(503, "Dienst nicht erreichbar",
                "Ein Fachdienst hat nicht geantwortet; bitte später erneut versuchen.", java.util.List.of()));
    }
}
