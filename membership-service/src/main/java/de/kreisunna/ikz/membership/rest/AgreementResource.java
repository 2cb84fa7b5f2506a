package de.kreisunna.ikz.membership.rest;

import de.kreisunna.ikz.membership.agreement.Agreement;
import de.kreisunna.ikz.membership.agreement.AgreementChanged;
import de.kreisunna.ikz.membership.agreement.AgreementRepository;
import de.kreisunna.ikz.membership.agreement.AgreementService;
import de.kreisunna.ikz.membership.agreement.AgreementTerms;
import de.kreisunna.ikz.membership.agreement.EntryIntoForce;
import de.kreisunna.ikz.membership.agreement.NewAgreement;
import de.kreisunna.ikz.membership.membership.Accession;
import de.kreisunna.ikz.membership.membership.MembershipService.Member;
import de.kreisunna.ikz.membership.membership.MembershipService;
import de.kreisunna.ikz.membership.resolution.Body;
import de.kreisunna.ikz.membership.resolution.CouncilResolution;
import de.kreisunna.ikz.membership.resolution.Outcome;
import de.kreisunna.ikz.membership.resolution.Resolution;
import de.kreisunna.ikz.membership.resolution.ResolutionKind;
import de.kreisunna.ikz.membership.resolution.ResolutionService;
import de.kreisunna.ikz.membership.resolution.ResolutionSubject;
import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.platform.web.IfMatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
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

@Path("/agreements")
@Tag(name = "Agreements", description = "Public-law agreements: lifecycle, parties, council resolutions and members")
public class AgreementResource {

    public record Conclusion(@NotNull LocalDate concludedOn) {
    }

    public record Termination(@NotNull LocalDate endedOn) {
    }

    /** {@code noticeGivenOn} defaults to today; {@code validUntil} (the last day) to the earliest the rule allows. */
    public record Notice(LocalDate noticeGivenOn, LocalDate validUntil) {
    }

    public record ResolutionView(Long id, String agreementId, String ags, Body body, LocalDate decidedOn,
            ResolutionSubject subject, String accedingAgs, String paperNumber, ResolutionKind kind, Outcome outcome, String note) {

        static ResolutionView of(CouncilResolution r) {
            return new ResolutionView(r.id(), r.agreementId(), r.ags(), r.body(), r.decidedOn(), r.subject(), r.accedingAgs(),
                    r.paperNumber(), r.kind(), r.outcome(), r.note());
        }
    }

    private final AgreementService agreements;
    private final AgreementRepository repository;
    private final MembershipService memberships;
    private final ResolutionService resolutions;
    private final Caller caller;

    AgreementResource(AgreementService agreements, AgreementRepository repository, MembershipService memberships,
            ResolutionService resolutions, Caller caller) {
        this.agreements = agreements;
        this.repository = repository;
        this.memberships = memberships;
        this.resolutions = resolutions;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a draft agreement with parties, cost clause and notice rule")
    public RestResponse<AgreementChanged> create(@Valid @NotNull NewAgreement body, UriInfo uri) {
        Agreement created = agreements.create(body.id(), body.terms());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, agreements.describe(created))
                .location(uri.getAbsolutePathBuilder().path(created.id()).build())
                .type(MediaType.APPLICATION_JSON).tag(IfMatch.etag(created.version())).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "All agreements (a town sees those it is a party of)")
    public RestResponse<List<AgreementChanged>> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size);
        return paging.respond(repository.visible(caller).stream().map(agreements::describe).toList(), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "One agreement as published in AgreementChanged; the ETag is its version")
    public RestResponse<AgreementChanged> get(@PathParam("id") String id) {
        return represent(repository.requireVisible(id, caller));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Revise a draft's terms; requires If-Match (412 if stale, 428 if missing); 409 once concluded")
    public RestResponse<AgreementChanged> revise(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull AgreementTerms body) {
        return represent(agreements.revise(id, body, IfMatch.required(ifMatch, "agreement " + id)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Withdraw a draft that will not be concluded: it stays readable with status WITHDRAWN and its"
            + " resolutions, and nothing more can be done with it; 409 once concluded. If-Match optional (412 if stale)")
    public RestResponse<AgreementChanged> withdraw(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return represent(agreements.withdraw(id, IfMatch.parse(ifMatch)));
    }

    @POST
    @Path("{id}/conclusion")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Conclude a draft; 409 names the parties without a positive council decision")
    public RestResponse<AgreementChanged> conclude(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull Conclusion body) {
        return represent(agreements.conclude(id, body.concludedOn(), IfMatch.parse(ifMatch)));
    }

    @POST
    @Path("{id}/entry-into-force")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record the supervisory approval and the publication of a concluded agreement: it takes effect the day after"
            + " publication (or on the later effectiveFrom it names; an earlier one is 409); its MEMBER parties become members then;"
            + " a successor supersedes its predecessor and takes over its members without a gap")
    public RestResponse<AgreementChanged> enterIntoForce(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull EntryIntoForce body) {
        return represent(agreements.enterIntoForce(id, body, IfMatch.parse(ifMatch)));
    }

    @POST
    @Path("{id}/termination")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Terminate an agreement in force; endedOn is its last day, its memberships end with it")
    public RestResponse<AgreementChanged> terminate(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull Termination body) {
        return represent(agreements.terminate(id, body.endedOn(), IfMatch.parse(ifMatch)));
    }

    @GET
    @Path("{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "Members on a day (?at=2021-06-30), or every membership of the agreement without ?at")
    public RestResponse<List<Member>> members(@PathParam("id") String id, @QueryParam("at") String at,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size, "at");
        return paging.respond(memberships.members(id, Days.parse("at", at), caller), uri);
    }

    @POST
    @Path("{id}/members")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Always refused (409 saying what is missing): a town becomes a party only by a successor or accession"
            + " agreement naming it, approved by every party's body, concluded and in force")
    public RestResponse<Member> accede(@PathParam("id") String id, @Valid @NotNull Accession body, UriInfo uri) {
        Member member = memberships.accede(id, body);
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, member)
                .location(uri.getBaseUriBuilder().path("municipalities").path(member.ags()).path("timeline").build())
                .type(MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("{id}/members/{ags}/notice")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The town gives notice; its membership ends on the earliest day the notice rule allows, or on a later permitted validUntil (409 names the earliest)")
    public Member giveNotice(@PathParam("id") String id, @PathParam("ags") String ags, @Valid @NotNull Notice body) {
        return memberships.giveNotice(id, ags, body.noticeGivenOn(), body.validUntil());
    }

    @GET
    @Path("{id}/resolutions")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "The parties' resolutions about the agreement (a town sees its own)")
    public RestResponse<List<ResolutionView>> resolutions(@PathParam("id") String id, @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size);
        return paging.respond(resolutions.visibleOf(id, caller).stream().map(ResolutionView::of).toList(), uri);
    }

    @POST
    @Path("{id}/resolutions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record a party's resolution (body, date not in the future, subject AGREEMENT / ACCESSION with accedingAgs /"
            + " TERMINATION, paper number, recommendation or decision, outcome)")
    public RestResponse<ResolutionView> recordResolution(@PathParam("id") String id, @Valid @NotNull Resolution body) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, ResolutionView.of(resolutions.record(id, body)))
                .type(MediaType.APPLICATION_JSON).build();
    }

    private RestResponse<AgreementChanged> represent(Agreement agreement) {
        return RestResponse.ResponseBuilder.ok(agreements.describe(agreement)).tag(IfMatch.etag(agreement.version())).build();
    }
}
