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
import org.jboss.resteasy.reactive.RestResponse;

/** The operator's pass-through cost items per year: finance maintains them, staff reads them. */
@Path("/cost-items")
public class CostItemResource {

    public record ItemBody(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank String kind,
            @NotBlank @Size(max = 200) String label, @NotNull SplitKey splitKey,
            @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal unitPrice, @Size(max = 100) String product,
            @Pattern(regexp = Params.AGS, message = Params.AGS_RULE) String ags, @Positive Integer count,
            LocalDate validFrom, LocalDate validUntil) {

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
    public RestResponse<List<ItemView>> list(@QueryParam("year") String year, @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size, "year");
        return paging.respond(items.list(Params.year("year", year)).stream().map(ItemView::of).toList(), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    public Response get(@PathParam("id") long id) {
        CostItem item = items.get(id);
        return Response.ok(ItemView.of(item)).tag(IfMatch.etag(item.version())).build();
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    public Response create(@Valid @NotNull ItemBody body, UriInfo uri) {
        CostItem created = items.create(body.terms(0));
        ItemView view = ItemView.of(created);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
                .type(MediaType.APPLICATION_JSON).tag(IfMatch.etag(created.version())).entity(view).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.FINANCE)
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ItemBody body) {
        CostItem item = items.update(id, IfMatch.required(ifMatch, "cost item " + id), body.terms(id));
        return Response.ok(ItemView.of(item)).tag(IfMatch.etag(item.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.FINANCE)
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        items.delete(id, IfMatch.parse(ifMatch));
    }
}
