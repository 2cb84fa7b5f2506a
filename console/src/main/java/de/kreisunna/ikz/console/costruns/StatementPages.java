package de.kreisunna.ikz.console.costruns;

import de.kreisunna.ikz.console.invoices.CostingClient;
import de.kreisunna.ikz.console.web.SignedInUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A town's statements: the finalized cost runs whose statement of its own it may read (costing-service decides
 * which), each linked to the statement with the formula explained.
 */
@Path("/abrechnungen")
@Produces(MediaType.TEXT_HTML)
public class StatementPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CostingClient.StatementRun> runs, String ags);
    }

    @Inject
    @RestClient
    CostingClient costing;

    @Inject
    SignedInUser user;

    @GET
    public TemplateInstance list() {
        List<CostingClient.StatementRun> runs = costing.statementRuns().stream()
                .sorted(Comparator.comparing(CostingClient.StatementRun::year).reversed()).toList();
        return Templates.list(runs, user.ags());
    }
}
