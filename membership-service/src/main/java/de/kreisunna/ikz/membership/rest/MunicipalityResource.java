package de.kreisunna.ikz.membership.rest;

import de.kreisunna.ikz.membership.chronology.ChronologyService;
import de.kreisunna.ikz.membership.municipality.Contact;
import de.kreisunna.ikz.membership.municipality.CostShare;
import de.kreisunna.ikz.membership.municipality.GoLive;
import de.kreisunna.ikz.membership.municipality.MembershipChanged;
import de.kreisunna.ikz.membership.municipality.Municipality;
import de.kreisunna.ikz.membership.municipality.MunicipalityData;
import de.kreisunna.ikz.membership.municipality.MunicipalityKind;
import de.kreisunna.ikz.membership.municipality.MunicipalityService;
import de.kreisunna.ikz.membership.municipality.PostalAddress;
import de.kreisunna.ikz.membership.municipality.Registration;
import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.platform.web.IfMatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/municipalities")
@Tag(name = "Municipalities", description = "Towns and the district: master data and membership timelines")
public class MunicipalityResource {

    /** A period from the history before agreements existed (history import only): no party status, no cost sharing. */
    public record AddMembership(@NotNull LocalDate validFrom, LocalDate validUntil) {
    }

    public record MunicipalityView(String ags, String name, MunicipalityKind kind, String leitwegId,
            PostalAddress invoiceAddress, Contact contact, long revision, LocalDate goLiveOn, String goLiveNote,
            List<PeriodView> memberships, List<MembershipChanged.CostSharing> costSharing) {

        static MunicipalityView of(Municipality m) {
            return new MunicipalityView(m.ags(), m.name(), m.kind(), m.leitwegId(), m.invoiceAddress(), m.contact(),
                    m.revision(), m.goLiveOn(), m.goLiveNote(), m.periods().stream().map(p -> new PeriodView(p.validFrom(), p.validUntil(),
                            p.agreementId(), p.goLiveOn(), p.noticeGivenOn())).toList(), m.costSharingDays());
        }
    }

    public record PeriodView(LocalDate validFrom, LocalDate validUntil, String agreementId, LocalDate goLiveOn,
            LocalDate noticeGivenOn) {
    }

    private final MunicipalityService municipalities;
    private final ChronologyService chronology;
    private final Caller caller;

    MunicipalityResource(MunicipalityService municipalities, ChronologyService chronology, Caller caller) {
        this.municipalities = municipalities;
        this.chronology = chronology;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a town or the district (kind, Leitweg-ID with valid check digits, invoice address, contact)")
    public RestResponse<MunicipalityView> register(@Valid @NotNull Registration body, UriInfo uri) {
        Municipality created = municipalities.register(body.ags(), body.data());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, MunicipalityView.of(created))
                .location(uri.getAbsolutePathBuilder().path(created.ags()).build())
                .type(MediaType.APPLICATION_JSON).tag(IfMatch.etag(created.version())).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "All municipalities (a town sees only itself)")
    public RestResponse<List<MunicipalityView>> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size);
        return paging.respond(municipalities.list(caller).stream().map(MunicipalityView::of).toList(), uri);
    }

    @GET
    @Path("{ags}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "One municipality with its membership periods; the ETag is its version (send it as If-Match to update)")
    public RestResponse<MunicipalityView> get(@PathParam("ags") String ags) {
        Municipality municipality = municipalities.get(ags, caller);
        return RestResponse.ResponseBuilder.ok(MunicipalityView.of(municipality)).tag(IfMatch.etag(municipality.version())).build();
    }

    @PUT
    @Path("{ags}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a municipality's master data; requires If-Match (412 if stale, 428 if missing)")
    public RestResponse<MunicipalityView> update(@PathParam("ags") String ags, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull MunicipalityData body) {
        return represent(municipalities.update(ags, body, IfMatch.required(ifMatch, "municipality " + ags)));
    }

    private static RestResponse<MunicipalityView> represent(Municipality municipality) {
        return RestResponse.ResponseBuilder.ok(MunicipalityView.of(municipality)).tag(IfMatch.etag(municipality.version())).build();
    }

    @POST
    @Path("{ags}/memberships")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "History import only: record a period from before agreements existed. It makes the town no party and"
            + " shares no costs; a town becomes a party only by an agreement that takes effect")
    public RestResponse<MunicipalityView> addMembership(@PathParam("ags") String ags, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull AddMembership body, UriInfo uri) {
        Municipality municipality = municipalities.recordHistoricPeriod(ags, body.validFrom(), body.validUntil(), IfMatch.parse(ifMatch));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, MunicipalityView.of(municipality))
                .location(uri.getBaseUriBuilder().path("municipalities").path(ags).build())
                .type(MediaType.APPLICATION_JSON).tag(IfMatch.etag(municipality.version())).build();
    }

    @POST
    @Path("{ags}/go-live")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record the day the town went live on the shared installation: it uses the procedure from then on, party or not")
    public RestResponse<MunicipalityView> goLive(@PathParam("ags") String ags, @Valid @NotNull GoLive body) {
        return represent(municipalities.recordGoLive(ags, body));
    }

    @POST
    @Path("{ags}/interim-cost-sharing")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record the dated decision that a town using the procedure before it is a party shares an agreement's"
            + " costs on the given days (who decided, source, assumption); 409 if it does not use the procedure then, is a party"
            + " then, or already shares costs on one of the days")
    public RestResponse<MunicipalityView> shareCostsInterim(@PathParam("ags") String ags, @Valid @NotNull CostShare body) {
        return represent(municipalities.shareCostsInterim(ags, body));
    }

    @GET
    @Path("{ags}/timeline")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "A town's membership timeline across agreements and the dated steps that concern it")
    public ChronologyService.Timeline timeline(@PathParam("ags") String ags) {
        return chronology.timeline(ags, caller);
    }
}
