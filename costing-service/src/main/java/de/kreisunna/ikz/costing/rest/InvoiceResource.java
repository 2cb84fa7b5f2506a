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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Invoices: finance issues, cancels (credit note) and records payments; staff reads; a town reads its own issued
 * invoices and documents — another town's invoice, or a draft, answers 404.
 */
@Path("/invoices")
@Tag(name = "Invoices", description = "Invoices and credit notes between the towns: issue, cancel by credit note,"
        + " record payments, the PDF/A-3 and XRechnung documents, a town's open balance and the feed of what is new")
public class InvoiceResource {

    public record CancelBody(@Schema(example = "Abrechnung mit falscher Zahl der Kostentragungstage; Neuberechnung folgt")
            @NotBlank @Size(max = 500) String reason) {
    }

    public record PaymentBody(
            @Schema(example = "48250.00", description = "Euro, at most two decimals; not more than is open")
            @NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Schema(example = "2025-03-14") @NotNull LocalDate paidOn,
            @Schema(example = "Kontoauszug 27/2025, Buchung 4711") @Size(max = 200) String reference) {
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
    @Operation(summary = "Read a town's open balance", description = "Admin, Kopfstelle and finance name the town"
            + " with recipient (required for them); a town's token always gets its own. The open amount over all the"
            + " town's issued invoices and credit notes; negative is a credit in its favour (a credit note for an"
            + " invoice it had paid). 400 if recipient is missing or not an AGS.")
    public BalanceView balance(
            @Parameter(description = "The recipient town's AGS (ignored for a town's token: always its own)",
                    example = "05978004") @QueryParam("recipient") String recipient) {
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
    @Operation(summary = "List or follow the invoices", description = "Admin, Kopfstelle and finance see all"
            + " invoices and credit notes, drafts included; a town's token sees only its own and never a draft. Filtered"
            + " by year, recipient, status and costRunId, paged with page and size. With issuedSince instead it is the"
            + " feed for a town's system: the documents issued on or after that day in the order issue date, id,"
            + " limit per page (default 100, at most 500), with a Link rel=\"next\" header carrying the after position"
            + " while there is more. 400 for a malformed value, an unknown parameter, issuedSince combined with year,"
            + " status, costRunId, page or size, or after/limit without issuedSince.")
    @APIResponse(responseCode = "200", description = "The page of invoices",
            headers = @Header(name = "Link", description = "The next page (feed: rel=\"next\"; list: first, prev,"
                    + " next, last)", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = InvoiceView.class)))
    public RestResponse<List<InvoiceView>> list(
            @Parameter(description = "Only invoices of this cost year", example = "2025") @QueryParam("year") String year,
            @Parameter(description = "The recipient town's AGS (ignored for a town's token: always its own)",
                    example = "05978004") @QueryParam("recipient") String recipient,
            @Parameter(description = "DRAFT, ISSUED, PAID or CANCELLED", example = "ISSUED") @QueryParam("status") String status,
            @Parameter(description = "Only the invoices of this cost run", example = "42") @QueryParam("costRunId") Long costRunId,
            @Parameter(description = "Feed: documents issued on or after this day", example = "2025-01-01")
            @QueryParam("issuedSince") String issuedSince,
            @Parameter(description = "Feed: the position from the previous page's Link rel=\"next\"",
                    example = "2025-02-17.1207") @QueryParam("after") String after,
            @Parameter(description = "Feed: documents per page, 1 to 500 (default 100)", example = "100")
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
    @Operation(summary = "Read one invoice", description = "Admin, Kopfstelle and finance read any invoice or credit"
            + " note; a town's token reads only its own issued ones. 404 for an unknown id, another town's invoice or"
            + " a draft (not revealed to a town).")
    public InvoiceView get(@Parameter(description = "The invoice's id", example = "1207") @PathParam("id") long id) {
        return InvoiceView.of(visible(id));
    }

    /** The PDF/A-3 with the XRechnung embedded; of a draft (staff only), a preview watermarked "ENTWURF". */
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "Download the invoice PDF", description = "Same visibility as GET /invoices/{id}. The"
            + " PDF/A-3 with the XRechnung (CII) embedded, inline as <number>.pdf; of a draft (staff only) a preview"
            + " watermarked ENTWURF without the XRechnung.")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@Parameter(description = "The invoice's id", example = "1207") @PathParam("id") long id) {
        Invoice invoice = visible(id);
        return Response.ok(documents.pdf(invoice), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + invoice.number() + ".pdf\"").build();
    }

    @GET
    @Path("{id}/xrechnung")
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "Download the XRechnung", description = "Same visibility as GET /invoices/{id}. The"
            + " XRechnung of an issued invoice or credit note as an attachment <number>-xrechnung.xml. 409 for a draft"
            + " (its XRechnung exists once it is issued; its PDF can be previewed).")
    @APIResponse(responseCode = "200", description = "The XRechnung",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "The invoice is a draft")
    public Response xrechnung(@Parameter(description = "The invoice's id", example = "1207") @PathParam("id") long id) {
        Invoice invoice = visible(id);
        return Response.ok(documents.xrechnung(invoice), MediaType.APPLICATION_XML)
                .header("Content-Disposition", "attachment; filename=\"" + invoice.number() + "-xrechnung.xml\"").build();
    }

    @POST
    @Path("{id}/issue")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Issue one draft invoice", description = "Finance only. Numbers the draft (per issuer and"
            + " year), sets issue and due date, freezes both parties, the VAT treatment and the legal text, and announces"
            + " it by event. 409 if it is not a draft, or the recipient lacks a Leitweg-ID or e-mail address, or the"
            + " issuer lacks an address, e-mail or IBAN (each named). 403 under four eyes when the caller started its"
            + " cost run. 404 if there is no such invoice.")
    @APIResponse(responseCode = "200", description = "The issued invoice",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the finance role, or (four eyes) the caller"
            + " started the invoice's cost run")
    @APIResponse(responseCode = "409", description = "Not a draft, or master data an e-invoice needs is missing")
    public InvoiceView issue(@Parameter(description = "The invoice's id", example = "1207") @PathParam("id") long id) {
        return InvoiceView.of(invoices.issue(id, caller.name()));
    }

    /** Cancels an issued invoice; answers the credit note that reverses it. */
    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Cancel an invoice by credit note", description = "Finance only. Cancels an issued or paid"
            + " invoice: a credit note over the same lines, total and service period is issued at once with its own"
            + " number, naming the invoice, its date and the reason; the invoice keeps its content and becomes"
            + " CANCELLED. Answers the credit note. 409 for a draft (nothing was sent), a credit note, or an invoice"
            + " cancelled already; 404 if there is no such invoice.")
    @APIResponse(responseCode = "201", description = "The credit note",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "409", description = "A draft, a credit note, or cancelled already")
    public Response cancel(@Parameter(description = "The invoice's id", example = "1207") @PathParam("id") long id,
            @Valid @NotNull CancelBody body, UriInfo uri) {
        InvoiceView note = InvoiceView.of(invoices.cancel(id, body.reason()));
        return Response.created(uri.getBaseUriBuilder().path("invoices").path(String.valueOf(note.id())).build())
                .type(MediaType.APPLICATION_JSON).entity(note).build();
    }

    @POST
    @Path("{id}/payments")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Record a payment on an invoice", description = "Finance only. Records a payment received on"
            + " an issued invoice; the invoice becomes PAID when nothing is open any more. 409 if the invoice is not"
            + " ISSUED (a draft, paid, cancelled) or is a credit note, or the amount exceeds what is open (overpayment is"
            + " refused); 400 for an amount that is not positive or has more than two decimals; 404 if there is no"
            + " such invoice.")
    @APIResponse(responseCode = "201", description = "The payment recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "409", description = "The invoice takes no payment, or the amount exceeds what is open")
    public Response pay(@Parameter(description = "The invoice's id", example = "1207") @PathParam("id") long id,
            @Valid @NotNull PaymentBody body, UriInfo uri) {
        Payment payment = invoices.pay(id, Money.of(body.amount()), body.paidOn(), body.reference(), caller.name());
        // a payment has no address of its own: Location is the invoice's payments, where it is listed
        return Response.created(uri.getAbsolutePath()).type(MediaType.APPLICATION_JSON)
                .entity(PaymentView.of(payment)).build();
    }

    @GET
    @Path("{id}/payments")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "List an invoice's payments", description = "Same visibility as GET /invoices/{id}: a"
            + " town's token sees the payments of its own issued invoices. In the order recorded, paged with page and"
            + " size. 404 for an unknown id, another town's invoice or a draft (for a town).")
    public RestResponse<List<PaymentView>> payments(@Parameter(description = "The invoice's id", example = "1207") @PathParam("id") long id,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
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
