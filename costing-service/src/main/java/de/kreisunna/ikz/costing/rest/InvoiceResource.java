package de.kreisunna.ikz.costing.rest;

import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.document.InvoiceDocuments;
import de.kreisunna.ikz.costing.invoice.Invoice;
import de.kreisunna.ikz.costing.invoice.InvoiceFeed;
import de.kreisunna.ikz.costing.invoice.InvoiceService;
import de.kreisunna.ikz.costing.invoice.InvoiceStatus;
import de.kreisunna.ikz.costing.invoice.Payment;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.NotFound;
import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.platform.web.Params;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

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

    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 500;

    private final InvoiceService invoices;
    private final InvoiceFeed feed;
    private final InvoiceDocuments documents;
    private final Caller caller;

    InvoiceResource(InvoiceService invoices, InvoiceFeed feed, InvoiceDocuments documents, Caller caller) {
        this.invoices = invoices;
        this.feed = feed;
        this.documents = documents;
        this.caller = caller;
    }

    /** A town's open amount over its issued invoices and credit notes; negative is a credit in its favour. */
    public record BalanceView(String recipientAgs, Money open) {
    }

    @GET
    @Path("balance")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    public BalanceView balance(@QueryParam("recipient") String recipient) {
        String town = caller.isTownScoped() ? caller.requiredTown() : Params.ags("recipient", recipient, true);
        return new BalanceView(town, invoices.openAmount(town));
    }

    /**
     * The invoices by filter; or, with {@code issuedSince}, the invoices and credit notes issued on or after that
     * day, {@code limit} per page in the order issue date, id, with a {@code Link: <…>; rel="next"} header to the
     * next page while there is one (for a town's system fetching what is new).
     */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    public RestResponse<List<InvoiceView>> list(@QueryParam("year") String year, @QueryParam("recipient") String recipient,
            @QueryParam("status") String status, @QueryParam("costRunId") Long costRunId,
            @QueryParam("issuedSince") String issuedSince, @QueryParam("after") String after,
            @QueryParam("limit") String limit, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @Context UriInfo uri) {
        Paging paging = Paging.of(uri, page, size, "year", "recipient", "status", "costRunId", "issuedSince", "after", "limit");
        String town = caller.isTownScoped() ? caller.requiredTown() : Params.ags("recipient", recipient, false);
        LocalDate since = Params.date("issuedSince", issuedSince, false);
        if (since != null) {
            if (year != null || status != null || costRunId != null || page != null || size != null) {
                throw new InvalidInput("issuedSince", "cannot be combined with year, status, costRunId, page or size"
                        + " (the feed pages with after and limit)");
            }
            InvoiceFeed.Page feedPage = feed.issuedSince(since, town, position(after), pageSize(limit));
            var response = RestResponse.ResponseBuilder.ok(feedPage.invoices().stream().map(InvoiceView::of).toList());
            feedPage.next().ifPresent(next -> response.header("Link",
                    "<" + uri.getRequestUriBuilder().replaceQueryParam("after", next).build() + ">; rel=\"next\""));
            return response.build();
        }
        if (after != null || limit != null) {
            throw new InvalidInput(after != null ? "after" : "limit", "pages only the list of issuedSince");
        }
        InvoiceStatus wanted = status(status);
        return paging.respond(invoices.list(new InvoiceService.Filter(Params.year("year", year), town, wanted, costRunId))
                .stream()
                .filter(i -> !caller.isTownScoped() || i.status() != InvoiceStatus.DRAFT)
                .map(InvoiceView::of).toList(), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    public InvoiceView get(@PathParam("id") long id) {
        return InvoiceView.of(visible(id));
    }

    /** The PDF/A-3 with the XRechnung embedded; of a draft (staff only), a preview watermarked "ENTWURF". */
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
        return InvoiceView.of(invoices.issue(id, caller.name()));
    }

    /** Cancels an issued invoice; answers the credit note that reverses it. */
    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Roles.FINANCE)
    public Response cancel(@PathParam("id") long id, @Valid @NotNull CancelBody body) {
        Invoice note = invoices.cancel(id, body.reason());
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON)
                .entity(InvoiceView.of(note)).build();
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
    public RestResponse<List<PaymentView>> payments(@PathParam("id") long id, @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size);
        visible(id);
        return paging.respond(invoices.payments(id).stream().map(PaymentView::of).toList(), uri);
    }

    private Invoice visible(long id) {
        Invoice invoice = invoices.get(id);
        caller.requireVisible(invoice.recipientAgs(), "invoice " + id);
        if (caller.isTownScoped() && invoice.status() == InvoiceStatus.DRAFT) {
            throw new NotFound("invoice " + id);
        }
        return invoice;
    }

    private static InvoiceFeed.Position position(String after) {
        if (after == null) {
            return null;
        }
        return InvoiceFeed.Position.parse(after).orElseThrow(() ->
                new InvalidInput("after", "must be the position of a Link rel=\"next\" (like 2026-11-20.1234)"));
    }

    private static int pageSize(String limit) {
        if (limit == null) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            int size = Integer.parseInt(limit);
            if (size >= 1 && size <= MAX_PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInput("limit", "must be a whole number from 1 to " + MAX_PAGE_SIZE);
    }

    private static InvoiceStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return InvoiceStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "must be one of DRAFT, ISSUED, PAID, CANCELLED");
        }
    }
}
