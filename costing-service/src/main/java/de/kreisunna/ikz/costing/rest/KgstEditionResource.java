package de.kreisunna.ikz.costing.rest;

import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.kgst.EditionFigures;
import de.kreisunna.ikz.costing.kgst.KgstEdition;
import de.kreisunna.ikz.costing.kgst.KgstEditionService;
import de.kreisunna.ikz.costing.kgst.PersonnelCost;
import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.platform.web.IfMatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
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

/** KGSt editions ("Kosten eines Arbeitsplatzes"): finance maintains them, staff reads them. */
@Path("/kgst-editions")
public class KgstEditionResource {

    public record PersonnelCostBody(@NotBlank @Size(max = 80) String payGrade,
            @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal annualCost, boolean illustrative) {
    }

    public record EditionBody(@NotBlank @Size(max = 40) String label, @NotNull LocalDate validFrom, LocalDate validUntil,
            @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal materialCost,
            boolean materialCostIllustrative, @NotEmpty List<@Valid @NotNull PersonnelCostBody> personnelCosts,
            @NotBlank @Size(max = 2000) String sourceNote) {

        KgstEditionService.EditionData data() {
            return new KgstEditionService.EditionData(label, validFrom, validUntil, materialCost, materialCostIllustrative,
                    personnelCosts.stream().map(p -> new PersonnelCost(p.payGrade(), p.annualCost(), p.illustrative())).toList(),
                    sourceNote);
        }
    }

    public record EditionView(long id, String label, LocalDate validFrom, LocalDate validUntil, Money materialCost,
            boolean materialCostIllustrative, List<EditionFigures.Figure> personnelCosts, String sourceNote, long version) {

        static EditionView of(KgstEdition e) {
            EditionFigures f = e.figures();
            return new EditionView(e.id(), f.label(), f.validFrom(), f.validUntil(), f.materialCost(),
                    f.materialCostIllustrative(), f.personnelCosts(), f.sourceNote(), e.version());
        }
    }

    private final KgstEditionService editions;

    KgstEditionResource(KgstEditionService editions) {
        this.editions = editions;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    public RestResponse<List<EditionView>> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        return Paging.of(uri, page, size).respond(editions.list().stream().map(EditionView::of).toList(), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    public Response get(@PathParam("id") long id) {
        KgstEdition edition = editions.get(id);
        return Response.ok(EditionView.of(edition)).tag(IfMatch.etag(edition.version())).build();
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    public Response create(@Valid @NotNull EditionBody body, UriInfo uri) {
        KgstEdition created = editions.create(body.data());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .type(MediaType.APPLICATION_JSON).tag(IfMatch.etag(created.version()))
                .entity(EditionView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.FINANCE)
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EditionBody body) {
        KgstEdition updated = editions.update(id, IfMatch.required(ifMatch, "KGSt edition " + id), body.data());
        return Response.ok(EditionView.of(updated)).tag(IfMatch.etag(updated.version())).build();
    }
}
