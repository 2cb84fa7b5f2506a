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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/municipalities")
@Tag(name = "Municipalities", description = "Towns and the district: master data and membership timelines")
public class MunicipalityResource {

    /** A period from the history before agreements existed (history import only): no party status, no cost sharing. */
    public record AddMembership(
            @Schema(description = "The first day of the period", example = "2019-01-01") @NotNull LocalDate validFrom,
            @Schema(description = "The last day of the period (inclusive); open if left out", example = "2019-12-13")
            LocalDate validUntil) {
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
    @Operation(summary = "Register a town or the district (kind, Leitweg-ID with valid check digits, invoice address, contact)",
            description = ApiDocs.ADMIN_ONLY + " Registers a municipality under its AGS (8 digits for a town, 5 for the"
                    + " district) with its master data: name, kind (a district is always KREIS and may leave it out; a town"
                    + " is STADT or GEMEINDE), the Leitweg-ID its e-invoices go to (check digits verified, ISO/IEC 7064"
                    + " MOD 97-10), the invoice address and a contact. A registered municipality is no member of anything yet;"
                    + " its (empty) timeline is published as MembershipChanged, and the step is audited. 400 for a rule"
                    + " broken (named in violations), 409 if the AGS is registered already.")
    @APIResponse(responseCode = "201", description = "The registered municipality; the ETag is its version",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "409", description = "The AGS is registered already")
    public RestResponse<MunicipalityView> register(
            @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Registration.class),
                    examples = @ExampleObject(name = "kopfstelle", summary = "Lünen, the Kopfstelle town, with Leitweg-ID, invoice address and contact",
                            value = Examples.REGISTRATION)))
            @Valid @NotNull Registration body, UriInfo uri) {
        Municipality created = municipalities.register(body.ags(), body.data());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, MunicipalityView.of(created))
                .location(uri.getAbsolutePathBuilder().path(created.ags()).build())
                .type(MediaType.APPLICATION_JSON).tag(IfMatch.etag(created.version())).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "All municipalities (a town sees only itself)",
            description = "Roles ikz-admin, kopfstelle and finance see every registered municipality, by AGS, with its"
                    + " membership periods and cost-sharing days; a caller with only the municipality role gets a list of one:"
                    + " its own town (the token's ags claim)." + ApiDocs.PAGED)
    @APIResponse(responseCode = "200", description = "One page of municipalities",
            headers = {@Header(name = "X-Total-Count", description = ApiDocs.TOTAL, schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MunicipalityView.class)))
    public RestResponse<List<MunicipalityView>> list(
            @Parameter(description = "The page, from 1", example = "1") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1 to 500", example = "100") @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size);
        return paging.respond(municipalities.list(caller).stream().map(MunicipalityView::of).toList(), uri);
    }

    @GET
    @Path("{ags}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "One municipality with its membership periods; the ETag is its version (send it as If-Match to update)",
            description = ApiDocs.READERS + " The master data, the go-live on the shared installation, every membership"
                    + " period and every day the town shares costs, and why (as a party, by an agreement's cost-sharing clause"
                    + " or by an interim decision). The ETag is its version: send it as If-Match to replace the master data.")
    @APIResponse(responseCode = "200", description = "The municipality",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MunicipalityView.class)))
    public RestResponse<MunicipalityView> get(
            @Parameter(description = ApiDocs.AGS, example = "05978024") @PathParam("ags") String ags) {
        Municipality municipality = municipalities.get(ags, caller);
        return RestResponse.ResponseBuilder.ok(MunicipalityView.of(municipality)).tag(IfMatch.etag(municipality.version())).build();
    }

    @PUT
    @Path("{ags}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a municipality's master data; requires If-Match (412 if stale, 428 if missing)",
            description = ApiDocs.ADMIN_ONLY + " Replaces name, kind, Leitweg-ID (check digits verified), invoice address and"
                    + " contact; the AGS and the timeline stay. The town's timeline is republished with the new data (costing"
                    + " invoices with the Leitweg-ID, address and contact it carries); a new name also republishes the"
                    + " agreements it is a party of. If-Match is required, so a concurrent change is not overwritten: 428"
                    + " without it, 412 if it names an older version. 400 for a rule broken (named in violations), 404 for"
                    + " an unknown AGS.")
    @APIResponse(responseCode = "200", description = "The municipality with its new master data; the ETag is its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MunicipalityView.class)))
    public RestResponse<MunicipalityView> update(
            @Parameter(description = ApiDocs.AGS, example = "05978024") @PathParam("ags") String ags,
            @Parameter(description = ApiDocs.IF_MATCH_REQUIRED, example = ApiDocs.ETAG_EXAMPLE) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = MunicipalityData.class),
                    examples = @ExampleObject(name = "kopfstelle", summary = "Lünen's master data with a new contact",
                            value = Examples.MUNICIPALITY_DATA)))
            @Valid @NotNull MunicipalityData body) {
        return represent(municipalities.update(ags, body, IfMatch.required(ifMatch, "municipality " + ags)));
    }

    private static RestResponse<MunicipalityView> represent(Municipality municipality) {
        return RestResponse.ResponseBuilder.ok(MunicipalityView.of(municipality)).tag(IfMatch.etag(municipality.version())).build();
    }

    @POST
    @Path("{ags}/memberships")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record a membership period from before agreements existed (history import only)",
            description = ApiDocs.ADMIN_ONLY + " History import only: records a period from before agreements existed. It"
                    + " makes the town no party and shares no costs; a town becomes a party only by an agreement that takes"
                    + " effect. The town's timeline is published and the step audited. 400 if validUntil is before"
                    + " validFrom, 409 if the period overlaps one the town already has, 404 for an unknown AGS. If-Match is"
                    + " optional: if sent, a stale version is 412.")
    @APIResponse(responseCode = "201", description = "The municipality with the recorded period; Location is the municipality",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "409", description = "The period overlaps a membership the town already has")
    public RestResponse<MunicipalityView> addMembership(
            @Parameter(description = ApiDocs.AGS, example = "05978004") @PathParam("ags") String ags,
            @Parameter(description = ApiDocs.IF_MATCH_OPTIONAL, example = ApiDocs.ETAG_EXAMPLE) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AddMembership.class),
                    examples = @ExampleObject(name = "beforeAgreements", summary = "A period of 2019 before the first agreement took effect",
                            value = Examples.HISTORIC_PERIOD)))
            @Valid @NotNull AddMembership body, UriInfo uri) {
        Municipality municipality = municipalities.recordHistoricPeriod(ags, body.validFrom(), body.validUntil(), IfMatch.parse(ifMatch));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, MunicipalityView.of(municipality))
                .location(uri.getBaseUriBuilder().path("municipalities").path(ags).build())
                .type(MediaType.APPLICATION_JSON).tag(IfMatch.etag(municipality.version())).build();
    }

    @POST
    @Path("{ags}/go-live")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record the day the town went live on the shared installation: it uses the procedure from then on, party or not",
            description = ApiDocs.ADMIN_ONLY + " Records (or moves) the day the town's AsylbLG instance went live on the shared"
                    + " installation: from then on it uses the procedure, whether or not it is a party yet. Using the procedure"
                    + " makes no one a party; it allows an interim cost-sharing decision. 409 if the day would move after the"
                    + " start of an interim cost sharing that relies on it; 404 for an unknown AGS. The town's timeline is"
                    + " published and the step audited. No If-Match is taken.")
    @APIResponse(responseCode = "200", description = "The municipality with its go-live; the ETag is its new version",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "409", description = "The town shares costs by an interim decision from before the new go-live")
    public RestResponse<MunicipalityView> goLive(
            @Parameter(description = ApiDocs.AGS, example = "05978032") @PathParam("ags") String ags,
            @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = GoLive.class),
                    examples = @ExampleObject(name = "goLive", summary = "Live on the shared installation from 1 July",
                            value = Examples.GO_LIVE)))
            @Valid @NotNull GoLive body) {
        return represent(municipalities.recordGoLive(ags, body));
    }

    @POST
    @Path("{ags}/interim-cost-sharing")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record an interim decision that a town shares an agreement's costs before it is a party",
            description = ApiDocs.ADMIN_ONLY + " Records the dated decision that a town using the procedure before it is a"
                    + " party shares an agreement's costs on the given days (validFrom to validUntil, inclusive): who decided"
                    + " on which day, where it is written (source) and whether it is an assumption. The agreement must have"
                    + " costs on all those days (in force, or within its cost-sharing clause). 400 if validUntil is before"
                    + " validFrom or decidedOn is in the future; 404 for an unknown agreement or AGS; 409 if the agreement has"
                    + " no costs on one of the days, the town does not use the procedure from validFrom (record its go-live"
                    + " first), is a party then, or already shares costs on one of the days. The town's timeline (with its"
                    + " cost-sharing days) is published and the decision audited. No If-Match is taken.")
    @APIResponse(responseCode = "200", description = "The municipality with its cost-sharing days; the ETag is its new version",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "404", description = "No such municipality or agreement")
    @APIResponse(responseCode = "409", description = "The agreement has no costs then, or the town does not use the procedure then,"
            + " is a party then, or already shares costs on one of the days")
    public RestResponse<MunicipalityView> shareCostsInterim(
            @Parameter(description = ApiDocs.AGS, example = "05978032") @PathParam("ags") String ags,
            @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = CostShare.class),
                    examples = @ExampleObject(name = "interim", summary = "Shares the 2021 agreement's costs for the second half of the year",
                            value = Examples.COST_SHARE)))
            @Valid @NotNull CostShare body) {
        return represent(municipalities.shareCostsInterim(ags, body));
    }

    @GET
    @Path("{ags}/timeline")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "A town's membership timeline across agreements and the dated steps that concern it",
            description = ApiDocs.READERS + " The town's membership periods with each agreement's title, go-live and notice,"
                    + " and the dated steps of the chronology that concern it or its agreements (a town does not see other"
                    + " towns' resolutions). 404 for an unknown AGS.")
    @APIResponse(responseCode = "200", description = "The town's timeline",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ChronologyService.Timeline.class)))
    public ChronologyService.Timeline timeline(
            @Parameter(description = ApiDocs.AGS, example = "05978032") @PathParam("ags") String ags) {
        return chronology.timeline(ags, caller);
    }
}
