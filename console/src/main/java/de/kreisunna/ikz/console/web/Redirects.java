package de.kreisunna.ikz.console.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Function;

/**
 * How every form of the console answers: post/redirect/get after success (303 to the result page); after a
 * refusal, the form's page again with the service's status and reason. A "not found" is not the form's business:
 * it goes to {@link ProblemPages}.
 */
public final class Redirects {

    private Redirects() {
    }

    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    public static Response perform(Runnable call, String then, Function<ApiProblem, TemplateInstance> refused) {
        try {
            call.run();
            return seeOther(then);
        } catch (ApiProblem problem) {
            if (problem.notFound()) {
                throw problem;
            }
            return Response.status(problem.status()).entity(refused.apply(problem)).build();
        }
    }
}
