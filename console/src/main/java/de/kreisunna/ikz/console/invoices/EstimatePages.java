package de.kreisunna.ikz.console.invoices;

import de.kreisunna.ikz.console.web.ApiProblem;
import de.kreisunna.ikz.console.web.FormState;
import de.kreisunna.ikz.console.web.Forms;
import de.kreisunna.ikz.console.web.SignedInUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** A town's estimate: what it would pay in a year from a day on, computed by costing-service; nothing is stored. */
@Path("/schaetzung")
@Produces(MediaType.TEXT_HTML)
public class EstimatePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance estimate(String joinOn, Estimate estimate, FormState form);
    }

    @Inject
    @RestClient
    CostingClient costing;

    @Inject
    SignedInUser user;

    @GET
    public Object estimate(@RestQuery String ab) {
        String joinOn = Forms.blankToNull(ab);
        if (joinOn == null) {
            return Templates.estimate("", null, FormState.EMPTY);
        }
        try {
            return Templates.estimate(joinOn, costing.estimate(user.ags(), joinOn, null), FormState.EMPTY);
        } catch (ApiProblem problem) {
            if (problem.notFound()) {
                throw problem;
            }
            return Response.status(problem.status()).entity(Templates.estimate(joinOn, null,
                    FormState.refused("estimate", Map.of("joinOn", joinOn), problem))).build();
        }
    }
}
