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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** KGSt editions ("Kosten eines Arbeitsplatzes"): finance maintains them, staff reads them. */
@Path("/kgst-editions")
@Tag(name = "KGSt editions", description = "The KGSt report \"Kosten eines Arbeitsplatzes\" per edition: material cost"
        + " and personnel cost per pay grade, from which the Kopfstelle's cost is computed")
public class KgstEditionResource {

    public record PersonnelCostBody(@Schema(example = "EG 10 TVöD-VKA") @NotBlank @Size(max = 80) String payGrade,
            @Schema(example = "71000.00", description = "Euro per year, at most two decimals")
            @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal annualCost,
            @Schema(example = "false", description = "true while the figure is a placeholder, not the report's")
            boolean illustrative) {
    }

    public record EditionBody(@Schema(example = "2024/2025") @NotBlank @Size(max = 40) String label,
            @Schema(example = "2024-07-01") @NotNull LocalDate validFrom,
            @Schema(example = "2025-06-30", description = "Empty while no later edition replaces it") LocalDate validUntil,
            @Schema(example = "10500.00", description = "Material cost of a workplace, euro per year")
            @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal materialCost,
            @Schema(example = "false") boolean materialCostIllustrative,
            @NotEmpty List<@Valid @NotNull PersonnelCostBody> personnelCosts,
            @Schema(example = "KGSt-Bericht \"Kosten eines Arbeitsplatzes (2024/2025)\", Tabellen 1 und 3")
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
    @Operation(summary = "List the KGSt editions", description = "Admin, Kopfstelle and finance (a town's token is"
            + " refused with 403). Every edition with its validity, material cost and personnel costs per pay grade, and"
            + " its version. Paged with page and size; 400 for an unknown parameter.")
    public RestResponse<List<EditionView>> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        return Paging.of(uri, page, size).respond(editions.list().stream().map(EditionView::of).toList(), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    @Operation(summary = "Read one KGSt edition", description = "Admin, Kopfstelle and finance. The edition's figures;"
            + " the ETag is its version (send it as If-Match to replace it). 404 if there is no such edition.")
    @APIResponse(responseCode = "200", description = "The edition",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EditionView.class)))
    public Response get(@Parameter(description = "The edition's id", example = "3") @PathParam("id") long id) {
        KgstEdition edition = editions.get(id);
        return Response.ok(EditionView.of(edition)).tag(IfMatch.etag(edition.version())).build();
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Enter a new KGSt edition", description = "Finance only. Enters an edition with its"
            + " validity, material cost and the personnel cost of each pay grade (each at most once), and the source"
            + " it was taken from; answers it with its address in Location and its version as ETag. 409 if an edition"
            + " with the label exists already; 400 if validUntil is before validFrom, a pay grade repeats, or a figure"
            + " breaks a rule.")
    @APIResponse(responseCode = "201", description = "The edition entered",
            headers = @Header(name = "ETag", description = "The version of the edition; send it as If-Match to"
                    + " replace it", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EditionView.class)))
    @APIResponse(responseCode = "409", description = "An edition with this label exists already")
    public Response create(@Valid @NotNull EditionBody body, UriInfo uri) {
        KgstEdition created = editions.create(body.data());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .type(MediaType.APPLICATION_JSON).tag(IfMatch.etag(created.version()))
                .entity(EditionView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Replace a KGSt edition's figures", description = "Finance only. Replaces the edition's"
            + " label, validity and figures; with If-Match only if it is still at that version (412 otherwise, or for an"
            + " unreadable tag). Runs already computed keep the figures they collected; new previews use the new ones."
            + " 409 if another edition has the new label; 400 as for entering one; 404 if there is no such edition.")
    @APIResponse(responseCode = "200", description = "The edition as replaced",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EditionView.class)))
    @APIResponse(responseCode = "409", description = "Another edition has this label")
    public Response update(@Parameter(description = "The edition's id", example = "3") @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EditionBody body) {
        KgstEdition updated = editions.update(id, IfMatch.required(ifMatch, "KGSt edition " + id), body.data());
        return Response.ok(EditionView.of(updated)).tag(IfMatch.etag(updated.version())).build();
    }
}
