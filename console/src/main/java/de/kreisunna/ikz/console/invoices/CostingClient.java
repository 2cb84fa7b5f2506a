package de.kreisunna.ikz.console.invoices;

import de.kreisunna.ikz.console.web.ProblemResponses;
import de.kreisunna.ikz.console.web.UserToken;
import io.quarkus.rest.client.reactive.ClientQueryParam;
import jakarta.ws.rs.DELETE;
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
    @ClientQueryParam(name = "size", value = "500")
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
    @ClientQueryParam(name = "size", value = "500")
    List<Payment> payments(@PathParam("id") long id);

    /** Cancels an issued invoice; the answer is the credit note (Gutschrift) that reverses it. */
    @POST
    @Path("/invoices/{id}/cancel")
    Invoice cancel(@PathParam("id") long id, Map<String, Object> body);

    @GET
    @Path("/cost-runs")
    @ClientQueryParam(name = "size", value = "500")
    List<CostRun> costRuns(@QueryParam("year") Integer year);

    /** A finalized cost run as a town sees it in the list: the link to its own statement. */
    record StatementRun(long id, int year, String editionLabel, String stage, java.time.Instant finalizedAt) {
    }

    /** For a town: the finalized cost runs whose statement of its own it may read. */
    @GET
    @Path("/cost-runs")
    @ClientQueryParam(name = "size", value = "500")
    List<StatementRun> statementRuns();

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

    @POST
    @Path("/kgst-editions")
    KgstEdition createEdition(Map<String, Object> body);

    @POST
    @Path("/cost-items")
    CostItem createCostItem(Map<String, Object> body);

    @DELETE
    @Path("/cost-items/{id}")
    void deleteCostItem(@PathParam("id") long id);

    @GET
    @Path("/kgst-editions")
    @ClientQueryParam(name = "size", value = "500")
    List<KgstEdition> editions();

    @GET
    @Path("/cost-items")
    @ClientQueryParam(name = "size", value = "500")
    List<CostItem> costItems(@QueryParam("year") Integer year);

    @GET
    @Path("/estimates")
    Estimate estimate(@QueryParam("ags") String ags, @QueryParam("joinOn") String joinOn,
            @QueryParam("year") Integer year);
}
