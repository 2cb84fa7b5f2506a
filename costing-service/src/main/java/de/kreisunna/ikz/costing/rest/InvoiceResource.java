package de.kreisunna.ikz.costing.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.document.InvoiceDocuments;
import de.kreisunna.ikz.costing.invoice.Invoice;
import de.kreisunna.ikz.costing.invoice.InvoiceService;
import de.kreisunna.ikz.costing.invoice.InvoiceStatus;
import de.kreisunna.ikz.costing.invoice.Payment;
import de.kreisunna.ikz.platform.problem.Problem;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Invoices: finance issues, cancels (credit note) and records payments; staff reads; a town reads its own issued
 * invoices and documents — another town's invoice, or a draft, answers 404.
 */
@Path("/invoices")
public class InvoiceResource {

    public record CancelBody(@NotBlank @Size(max = 500) String reason) {
    }

    public record PaymentBody(@NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @NotNull LocalDate paidOn, @Size(max = 200) String reference) {
    }

    public record PaymentView(long id, Money amount, LocalDate paidOn, String reference) {

        static PaymentView of(Payment p) {
            return new PaymentView(p.id(), Money.of(p.amount()), p.paidOn(), p.reference());
        }
    }

    private final InvoiceService invoices;
    private final InvoiceDocuments documents;
    private final Caller caller;
    private final ObjectMapper json;

    InvoiceResource(InvoiceService invoices, InvoiceDocuments documents, Caller caller, ObjectMapper json) {
        this.invoices = invoices;
        this.documents = documents;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    public List<InvoiceView> list(@QueryParam("year") String year, @QueryParam("recipient") String recipient,
            @QueryParam("status") String status, @QueryParam("costRunId") Long costRunId) {
        String town = caller.isTownScoped() ? caller.requiredTown() : Params.ags("recipient", recipient, false);
        InvoiceStatus wanted = status(status);
        return invoices.list(new InvoiceService.Filter(Params.year("year", year), town, wanted, costRunId)).stream()
                .filter(i -> !caller.isTownScoped() || i.status() != InvoiceStatus.DRAFT)
                .map(i -> InvoiceView.of(i, json)).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    public InvoiceView get(@PathParam("id") long id) {
        return InvoiceView.of(visible(id), json);
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    public Response pdf(@PathParam("id") long id) {
        Invoice invoice = visible(id);
        return Response.ok(documents.pdf(invoice), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + invoice.number() + ".pdf\"").build();
    }

    @GET
    @Path("{id}/xrechnung")
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    public Response xrechnung(@PathParam("id") long id) {
        Invoice invoice = visible(id);
        return Response.ok(documents.xrechnung(invoice), MediaType.APPLICATION_XML)
                .header("Content-Disposition", "attachment; filename=\"" + invoice.number() + "-xrechnung.xml\"").build();
    }

    @POST
    @Path("{id}/issue")
    @RolesAllowed(Roles.FINANCE)
    public InvoiceView issue(@PathParam("id") long id) {
        return InvoiceView.of(invoices.issue(id), json);
    }

    /** Cancels an issued invoice; answers the credit note that reverses it. */
    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Roles.FINANCE)
    public Response cancel(@PathParam("id") long id, @Valid @NotNull CancelBody body) {
        Invoice note = invoices.cancel(id, body.reason());
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON)
                .entity(InvoiceView.of(note, json)).build();
    }

    @POST
    @Path("{id}/payments")
    @RolesAllowed(Roles.FINANCE)
    public Response pay(@PathParam("id") long id, @Valid @NotNull PaymentBody body) {
        Payment payment = invoices.pay(id, Money.of(body.amount()), body.paidOn(), body.reference(), caller.name());
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON)
                .entity(PaymentView.of(payment)).build();
    }

    @GET
    @Path("{id}/payments")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    public List<PaymentView> payments(@PathParam("id") long id) {
        visible(id);
        return invoices.payments(id).stream().map(PaymentView::of).toList();
    }

    private Invoice visible(long id) {
        Invoice invoice = invoices.get(id);
        caller.requireVisible(invoice.recipientAgs(), "invoice " + id);
        if (caller.isTownScoped() && invoice.status() == InvoiceStatus.DRAFT) {
            throw Problem.notFound("invoice " + id);
        }
        return invoice;
    }

    private static InvoiceStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return InvoiceStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("status", "must be one of DRAFT, ISSUED, PAID, CANCELLED");
        }
    }
}
