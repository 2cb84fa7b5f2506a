package de.kreisunna.ikz.console.invoices;

import de.kreisunna.ikz.console.web.ProblemResponses;
import de.kreisunna.ikz.console.web.UserToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** costing-service: cost runs, statements, invoices and their documents, called with the signed-in user's token. */
@RegisterRestClient(configKey = "costing")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemResponses.class)
public interface CostingClient {

    @GET
    @Path("/invoices")
    List<Invoice> invoices(@QueryParam("year") Integer year, @QueryParam("status") String status,
            @QueryParam("costRunId") Long costRunId);

    @GET
    @Path("/invoices/{id}")
    Invoice invoice(@PathParam("id") long id);

    /** The document as the service renders it (PDF or XRechnung XML), with its content type and file name. */
    @GET
    @Path("/invoices/{id}/{document}")
    @Produces({"application/pdf", "application/xml"})
    Response document(@PathParam("id") long id, @PathParam("document") String document);

    @POST
    @Path("/invoices/{id}/issue")
    Invoice issue(@PathParam("id") long id);

    @POST
    @Path("/invoices/{id}/payments")
    Payment pay(@PathParam("id") long id, Map<String, Object> body);

    @GET
    @Path("/invoices/{id}/payments")
    List<Payment> payments(@PathParam("id") long id);

    /** Cancels an issued invoice; the answer is the credit note (Gutschrift) that reverses it. */
    @POST
    @Path("/invoices/{id}/cancel")
    Invoice cancel(@PathParam("id") long id, Map<String, Object> body);

    @GET
    @Path("/cost-runs")
    List<CostRun> costRuns(@QueryParam("year") Integer year);

    @POST
    @Path("/cost-runs")
    CostRun startCostRun(Map<String, Object> body);

    @GET
    @Path("/cost-runs/{id}")
    CostRun costRun(@PathParam("id") long id);

    @POST
    @Path("/cost-runs/{id}/finalize")
    CostRun finalizeCostRun(@PathParam("id") long id);

    @POST
    @Path("/cost-runs/{id}/invoices")
    Drafts createDrafts(@PathParam("id") long id);

    @POST
    @Path("/cost-runs/{id}/invoices/issue")
    List<Invoice> issueAll(@PathParam("id") long id);

    @GET
    @Path("/cost-runs/{id}/statements/{ags}")
    Statement statement(@PathParam("id") long id, @PathParam("ags") String ags);

    @GET
    @Path("/kgst-editions")
    List<KgstEdition> editions();

    @GET
    @Path("/cost-items")
    List<CostItem> costItems(@QueryParam("year") Integer year);

    @GET
    @Path("/estimates")
    Estimate estimate(@QueryParam("ags") String ags, @QueryParam("joinOn") String joinOn,
            @QueryParam("year") Integer year);
}
