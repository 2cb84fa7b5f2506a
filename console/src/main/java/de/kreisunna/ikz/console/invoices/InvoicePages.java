package de.kreisunna.ikz.console.invoices;

import de.kreisunna.ikz.console.web.FormState;
import de.kreisunna.ikz.console.web.Forms;
import de.kreisunna.ikz.console.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Invoices and credit notes: finance sees all and issues drafts, a town sees its own (costing-service decides
 * which; another town's invoice is "not found" there and here). PDF and XRechnung come from the service as they are.
 */
@Path("/rechnungen")
@Produces(MediaType.TEXT_HTML)
public class InvoicePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Invoice> invoices, Integer year, String status);

        static native TemplateInstance detail(Invoice invoice, List<Payment> payments, FormState form);
    }

    @Inject
    @RestClient
    CostingClient costing;

    @GET
    public TemplateInstance list(@RestQuery Integer jahr, @RestQuery String status) {
        List<Invoice> invoices = costing.invoices(jahr, status == null || status.isBlank() ? null : status, null)
                .stream().sorted(Comparator.comparing(Invoice::costYear).reversed().thenComparing(Invoice::id)).toList();
        return Templates.list(invoices, jahr, status == null ? "" : status);
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return detailPage(id, FormState.EMPTY);
    }

    @POST
    @Path("{id}/zahlungen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object pay(@PathParam("id") long id, @RestForm String amount, @RestForm String paidOn,
            @RestForm String reference) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", Forms.amount(amount));
        body.put("paidOn", Forms.blankToNull(paidOn));
        body.put("reference", Forms.blankToNull(reference));
        Map<String, String> shown = Map.of("amount", Forms.nullToBlank(amount), "paidOn", Forms.nullToBlank(paidOn),
                "reference", Forms.nullToBlank(reference));
        return Redirects.perform(() -> costing.pay(id, body), "/rechnungen/" + id,
                problem -> detailPage(id, FormState.refused("pay", shown, problem)));
    }

    /** Cancelling an issued invoice makes its credit note, which the browser is sent to. */
    @POST
    @Path("{id}/stornieren")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object cancel(@PathParam("id") long id, @RestForm String reason) {
        Map<String, Object> body = Map.of("reason", Forms.nullToBlank(reason));
        long[] creditNote = new long[1];
        Response answer = Redirects.perform(() -> creditNote[0] = costing.cancel(id, body).id(), "/rechnungen/" + id,
                problem -> detailPage(id, FormState.refused("cancel", Forms.strings(body), problem)));
        return answer.getStatus() == 303 ? Redirects.seeOther("/rechnungen/" + creditNote[0]) : answer;
    }

    @POST
    @Path("{id}/stellen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object issue(@PathParam("id") long id) {
        return Redirects.perform(() -> costing.issue(id), "/rechnungen/" + id,
                problem -> detailPage(id, FormState.refused("issue", Map.of(), problem)));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return passOn(costing.document(id, "pdf"));
    }

    @GET
    @Path("{id}/xrechnung")
    @Produces(MediaType.APPLICATION_XML)
    public Response xrechnung(@PathParam("id") long id) {
        return passOn(costing.document(id, "xrechnung"));
    }

    private TemplateInstance detailPage(long id, FormState form) {
        Invoice invoice = costing.invoice(id);
        List<Payment> payments = invoice.isDraft() ? List.of() : costing.payments(id);
        return Templates.detail(invoice, payments, form);
    }

    private static Response passOn(Response document) {
        byte[] content = document.readEntity(byte[].class);
        Response.ResponseBuilder answer = Response.ok(content, document.getMediaType());
        String disposition = document.getHeaderString("Content-Disposition");
        if (disposition != null) {
            answer.header("Content-Disposition", disposition);
        }
        return answer.build();
    }
}
