package de.kreisunna.ikz.costing.rest;

import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.allocation.SplitKey;
import de.kreisunna.ikz.costing.item.CostItem;
import de.kreisunna.ikz.costing.item.CostItemService;
import de.kreisunna.ikz.costing.item.CostItemTerms;
import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.platform.web.IfMatch;
import de.kreisunna.ikz.platform.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

/** The operator's pass-through cost items per year: finance maintains them, staff reads them. */
@Path("/cost-items")
@Tag(name = "Cost items", description = "The operator's pass-through costs per year (maintenance, additional licences, "
        + "other) and how each is split among the towns")
public class CostItemResource {

    public record ItemBody(@Schema(example = "2026") @NotNull @Min(2000) @Max(2100) Integer year,
            @Schema(example = "MAINTENANCE", description = "MAINTENANCE, ADDITIONAL_LICENCES or OTHER") @NotBlank String kind,
            @Schema(example = "Softwarepflege OPEN/PROSOZ 2026") @NotBlank @Size(max = 200) String label,
            @NotNull SplitKey splitKey,
            @Schema(example = "48250.00", description = "The cost of the year; not for split key DIRECT")
            @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Schema(example = "120.00", description = "Only for split key DIRECT: the price per licence and year")
            @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal unitPrice,
            @Schema(example = "OPEN/PROSOZ", description = "For BY_LICENCES and DIRECT: the product whose licences count")
            @Size(max = 100) String product,
            @Schema(example = "05978024", description = "Only for split key DIRECT with a count: the town charged")
            @Pattern(regexp = Params.AGS, message = Params.AGS_RULE) String ags,
            @Schema(example = "3", description = "Only for split key DIRECT: a fixed licence count") @Positive Integer count,
            @Schema(example = "2026-04-01", description = "Only for split key DIRECT: from this day of the year")
            LocalDate validFrom,
            @Schema(example = "2026-12-31", description = "Only for split key DIRECT: up to this day of the year")
            LocalDate validUntil) {

        CostItemTerms terms(long id) {
            return new CostItemTerms(id, year, kind, label, splitKey, amount == null ? null : Money.of(amount),
                    unitPrice == null ? null : Money.of(unitPrice), product, ags, count, validFrom, validUntil);
        }
    }

    public record ItemView(long id, int year, String kind, String label, SplitKey splitKey, Money amount, Money unitPrice,
            String product, String ags, Integer count, LocalDate validFrom, LocalDate validUntil, long version) {

        static ItemView of(CostItem item) {
            CostItemTerms t = item.terms();
            return new ItemView(t.id(), t.year(), t.kind(), t.label(), t.splitKey(), t.amount(), t.unitPrice(),
                    t.product(), t.ags(), t.count(), t.validFrom(), t.validUntil(), item.version());
        }
    }

    private final CostItemService items;

    CostItemResource(CostItemService items) {
        this.items = items;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    @Operation(summary = "List the cost items, optionally of one year",
            description = "For ikz-admin, kopfstelle and finance (a town's token is refused with 403; a town sees its "
                    + "share in its statements). Ordered by id; a year outside 2000..2199 or an unknown parameter answers "
                    + "400. Paged with page and size (X-Total-Count and Link headers).")
    public RestResponse<List<ItemView>> list(
            @Parameter(description = "Only the items of this year", example = "2026") @QueryParam("year") String year,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size, "year");
        return paging.respond(items.list(Params.year("year", year)).stream().map(ItemView::of).toList(), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    @Operation(summary = "Read one cost item",
            description = "For ikz-admin, kopfstelle and finance. The ETag is the item's version; send it as If-Match to "
                    + "change or delete the item. An unknown id answers 404.")
    @APIResponse(responseCode = "200", description = "The cost item",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ItemView.class)))
    public Response get(@Parameter(description = "The id of the cost item", example = "17") @PathParam("id") long id) {
        CostItem item = items.get(id);
        return Response.ok(ItemView.of(item)).tag(IfMatch.etag(item.version())).build();
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Create a cost item of a year",
            description = "For finance only. Split keys: a shared cost (EQUAL, or BY_LICENCES by the towns' licences of a "
                    + "product) gives the amount of the whole year and no unitPrice, ags, count or validity; "
                    + "DIRECT gives a unitPrice instead of an amount, and either a product (the towns' licence counts are "
                    + "charged) or an ags with a count, optionally within validFrom..validUntil inside the year. Each "
                    + "broken rule answers 400 naming the field. Answers 201 with the item, its Location and its ETag.")
    @APIResponse(responseCode = "201", description = "The created cost item",
            headers = @Header(name = "ETag", description = "The version of the item; send it as If-Match to change it",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ItemView.class)))
    public Response create(@Valid @NotNull ItemBody body, UriInfo uri) {
        CostItem created = items.create(body.terms(0));
        ItemView view = ItemView.of(created);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
                .type(MediaType.APPLICATION_JSON).tag(IfMatch.etag(created.version())).entity(view).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Replace a cost item's terms",
            description = "For finance only, with the same rules as creating one (400 names the field that breaks one). "
                    + "With If-Match the change applies only to that version: a newer version answers 412 (read the item "
                    + "again). An unknown id answers 404. A cost run computed before keeps the terms it collected; "
                    + "finalizing a preview computed before the change is refused with 409.")
    @APIResponse(responseCode = "200", description = "The cost item with its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ItemView.class)))
    public Response update(@Parameter(description = "The id of the cost item", example = "17") @PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", example = "\"2\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ItemBody body) {
        CostItem item = items.update(id, IfMatch.required(ifMatch, "cost item " + id), body.terms(id));
        return Response.ok(ItemView.of(item)).tag(IfMatch.etag(item.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Delete a cost item",
            description = "For finance only. With If-Match only that version is deleted: a newer version answers 412. "
                    + "An unknown id answers 404. Runs computed before keep the item in their stored inputs.")
    @APIResponse(responseCode = "204", description = "The cost item is deleted")
    public void delete(@Parameter(description = "The id of the cost item", example = "17") @PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", example = "\"2\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        items.delete(id, IfMatch.parse(ifMatch));
    }
}
