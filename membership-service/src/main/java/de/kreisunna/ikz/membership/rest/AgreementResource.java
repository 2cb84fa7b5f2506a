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

@Path("/agreements")
@Tag(name = "Agreements", description = "Public-law agreements: lifecycle, parties, council resolutions and members")
public class AgreementResource {

    public record Conclusion(
            @Schema(description = "The day the agreement was concluded; not in the future", example = "2025-10-29")
            @NotNull LocalDate concludedOn) {
    }

    public record Termination(
            @Schema(description = "The agreement's last day in force (inclusive)", example = "2027-12-31")
            @NotNull LocalDate endedOn) {
    }

    /** {@code noticeGivenOn} defaults to today; {@code validUntil} (the last day) to the earliest the rule allows. */
    public record Notice(
            @Schema(description = "The day the town gave notice; today if left out", example = "2026-03-16")
            LocalDate noticeGivenOn,
            @Schema(description = "The requested last day of membership; the earliest day the notice rule allows if left out",
                    example = "2027-12-31")
            LocalDate validUntil) {
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
    @Operation(summary = "Create a draft agreement with parties, cost clause and notice rule",
            description = ApiDocs.ADMIN_ONLY + " Creates the agreement as a DRAFT and publishes it as AgreementChanged (the id"
                    + " is also the event key); the step is audited. The id is 3 to 50 lower-case letters, digits or '-'. Every"
                    + " party must be a registered municipality (404 names the first one that is not), and a municipality may"
                    + " appear only once in the same role (400). A predecessorId makes the draft a successor: the predecessor"
                    + " must exist (404), be concluded or in force (409) and not be the agreement itself (400). The parties'"
                    + " roles (one OPERATOR, one KOPFSTELLE, at least one MEMBER) are checked at the conclusion, not here."
                    + " 409 also if an agreement with this id exists already.")
    @APIResponse(responseCode = "201", description = "The draft, as published in AgreementChanged; the ETag is its version",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementChanged.class)))
    @APIResponse(responseCode = "404", description = "A party or the predecessor is not registered")
    @APIResponse(responseCode = "409", description = "The id exists already, or the predecessor is neither concluded nor in force")
    public RestResponse<AgreementChanged> create(
            @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = NewAgreement.class),
                    examples = @ExampleObject(name = "successor", summary = "The successor of the 2021 agreement among the district, the Kopfstelle Lünen and the eight towns",
                            value = Examples.NEW_AGREEMENT)))
            @Valid @NotNull NewAgreement body, UriInfo uri) {
        Agreement created = agreements.create(body.id(), body.terms());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, agreements.describe(created))
                .location(uri.getAbsolutePathBuilder().path(created.id()).build())
                .type(MediaType.APPLICATION_JSON).tag(IfMatch.etag(created.version())).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "All agreements (a town sees those it is a party of)",
            description = "Roles ikz-admin, kopfstelle and finance see every agreement; a caller with only the municipality"
                    + " role sees the agreements its town (the token's ags claim) is a party of, in any role. Ordered by the day"
                    + " they entered into force (drafts and concluded ones last), then by id; each as published in"
                    + " AgreementChanged." + ApiDocs.PAGED)
    @APIResponse(responseCode = "200", description = "One page of agreements",
            headers = {@Header(name = "X-Total-Count", description = ApiDocs.TOTAL, schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AgreementChanged.class)))
    public RestResponse<List<AgreementChanged>> list(
            @Parameter(description = "The page, from 1", example = "1") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1 to 500", example = "100") @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size);
        return paging.respond(repository.visible(caller).stream().map(agreements::describe).toList(), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "One agreement as published in AgreementChanged; the ETag is its version",
            description = ApiDocs.READERS + " A town sees an agreement only if it is one of its parties. The ETag is the"
                    + " agreement's version: send it as If-Match to revise (required), withdraw, conclude, put into force or"
                    + " terminate it (optional there).")
    @APIResponse(responseCode = "200", description = "The agreement with its status, parties, clauses and dates",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementChanged.class)))
    public RestResponse<AgreementChanged> get(
            @Parameter(description = ApiDocs.AGREEMENT_ID, example = ApiDocs.AGREEMENT_ID_EXAMPLE) @PathParam("id") String id) {
        return represent(repository.requireVisible(id, caller));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Revise a draft's terms; requires If-Match (412 if stale, 428 if missing); 409 once concluded",
            description = ApiDocs.ADMIN_ONLY + " Replaces the whole content of a DRAFT: title, subject, legal basis,"
                    + " predecessor, parties, cost clause, notice rule and cost-sharing clause; raises its revision, publishes"
                    + " AgreementChanged and is audited. If-Match is required, so a concurrent change is not overwritten:"
                    + " 428 without it, 412 if it names an older version. 409 once the agreement is no longer a draft (the"
                    + " conclusion fixes its text; a change is a new agreement) or if the named predecessor is neither"
                    + " concluded nor in force; 404 for an unknown agreement, party or predecessor; 400 for a municipality"
                    + " listed twice in the same role or an agreement naming itself as predecessor.")
    @APIResponse(responseCode = "200", description = "The revised draft; the ETag is its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementChanged.class)))
    @APIResponse(responseCode = "404", description = "No such agreement, or a party or the predecessor is not registered")
    @APIResponse(responseCode = "409", description = "The agreement is no longer a draft, or the predecessor is neither concluded nor in force")
    public RestResponse<AgreementChanged> revise(
            @Parameter(description = ApiDocs.AGREEMENT_ID, example = "ikz-asylblg-2026") @PathParam("id") String id,
            @Parameter(description = ApiDocs.IF_MATCH_REQUIRED, example = ApiDocs.ETAG_EXAMPLE) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AgreementTerms.class),
                    examples = @ExampleObject(name = "successor", summary = "The draft of the successor of the 2021 agreement, revised",
                            value = Examples.TERMS)))
            @Valid @NotNull AgreementTerms body) {
        return represent(agreements.revise(id, body, IfMatch.required(ifMatch, "agreement " + id)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Withdraw a draft that will not be concluded",
            description = ApiDocs.ADMIN_ONLY + " The draft is not deleted: it stays readable with status WITHDRAWN and its"
                    + " resolutions, and nothing more can be done with it; consumers learn it from AgreementChanged, and the"
                    + " step is audited. Answers 200 with the withdrawn agreement (not 204). 409 once the agreement is"
                    + " concluded (or otherwise no longer a draft). If-Match is optional: if sent, a stale version is 412.")
    @APIResponse(responseCode = "200", description = "The withdrawn agreement (status WITHDRAWN); the ETag is its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementChanged.class)))
    @APIResponse(responseCode = "409", description = "The agreement is no longer a draft")
    public RestResponse<AgreementChanged> withdraw(
            @Parameter(description = ApiDocs.AGREEMENT_ID, example = "ikz-asylblg-2026") @PathParam("id") String id,
            @Parameter(description = ApiDocs.IF_MATCH_OPTIONAL, example = ApiDocs.ETAG_EXAMPLE) @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return represent(agreements.withdraw(id, IfMatch.parse(ifMatch)));
    }

    @POST
    @Path("{id}/conclusion")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Conclude a draft; 409 names the parties without a positive council decision",
            description = ApiDocs.ADMIN_ONLY + " Concludes a DRAFT on concludedOn, which must not be in the future (400)."
                    + " It needs exactly one OPERATOR, one KOPFSTELLE and at least one MEMBER party (409), and an approving"
                    + " DECISION of every party's body dated on or before concludedOn: on the agreement (subject AGREEMENT)"
                    + " or, for a successor that lets towns join, on the accession of every joining town (subject ACCESSION)."
                    + " A recommendation, a rejection, a later decision or one on another subject does not count: the 409"
                    + " names each party without such a decision, one violation parties[<ags>] each saying why. 409 also if"
                    + " the agreement is no longer a draft. The conclusion fixes the text and the parties; it is published"
                    + " and audited. If-Match is optional: if sent, a stale version is 412.")
    @APIResponse(responseCode = "200", description = "The concluded agreement (status CONCLUDED); the ETag is its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementChanged.class)))
    @APIResponse(responseCode = "409", description = "Not a draft, the parties' roles are incomplete, or parties lack an approving"
            + " decision (each named in violations)")
    public RestResponse<AgreementChanged> conclude(
            @Parameter(description = ApiDocs.AGREEMENT_ID, example = "ikz-asylblg-2026") @PathParam("id") String id,
            @Parameter(description = ApiDocs.IF_MATCH_OPTIONAL, example = ApiDocs.ETAG_EXAMPLE) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Conclusion.class),
                    examples = @ExampleObject(name = "concluded", summary = "Concluded after every party's body approved it",
                            value = Examples.CONCLUSION)))
            @Valid @NotNull Conclusion body) {
        return represent(agreements.conclude(id, body.concludedOn(), IfMatch.parse(ifMatch)));
    }

    @POST
    @Path("{id}/entry-into-force")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record the supervisory approval and the publication of a concluded agreement",
            description = ApiDocs.ADMIN_ONLY + " Records the supervisory approval (GkG NRW § 24 (2)) and the publication in"
                    + " the official gazette (§ 24 (3)) of a CONCLUDED agreement: it takes effect the day after the"
                    + " publication, or on the later effectiveFrom it names (§ 24 (4)). Its MEMBER parties become members"
                    + " then, sharing costs from its costSharingFrom clause if that is earlier; a successor supersedes its"
                    + " predecessor (which must be in force; its last day is the day before) and takes over its continuing"
                    + " members without a gap. Every changed town's timeline is published with the agreement. 400 if the"
                    + " publication is in the future. 409 if the agreement is not concluded, the approval predates the"
                    + " conclusion, the publication predates the approval, effectiveFrom is earlier than the day after the"
                    + " publication, the cost-sharing clause would begin after the effect, the successor would not take"
                    + " effect after its predecessor did, a continuing member of the predecessor is no MEMBER party of the"
                    + " successor, or a town would be a member twice or on a day it already shares costs by a decision."
                    + " If-Match is optional: if sent, a stale version is 412.")
    @APIResponse(responseCode = "200", description = "The agreement in force (status IN_FORCE, inForceFrom); the ETag is its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementChanged.class)))
    @APIResponse(responseCode = "409", description = "Not concluded, the dates do not fit the conclusion, approval and publication,"
            + " or the members cannot be taken over or admitted (the detail says which)")
    public RestResponse<AgreementChanged> enterIntoForce(
            @Parameter(description = ApiDocs.AGREEMENT_ID, example = "ikz-asylblg-2026") @PathParam("id") String id,
            @Parameter(description = ApiDocs.IF_MATCH_OPTIONAL, example = ApiDocs.ETAG_EXAMPLE) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = EntryIntoForce.class),
                    examples = @ExampleObject(name = "approvedAndPublished", summary = "Approved by the Bezirksregierung Arnsberg, published, in force from 1 January",
                            value = Examples.ENTRY_INTO_FORCE)))
            @Valid @NotNull EntryIntoForce body) {
        return represent(agreements.enterIntoForce(id, body, IfMatch.parse(ifMatch)));
    }

    @POST
    @Path("{id}/termination")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Terminate an agreement in force; endedOn is its last day, its memberships end with it",
            description = ApiDocs.ADMIN_ONLY + " Ends an agreement IN_FORCE on endedOn (its last day, inclusive): its status"
                    + " becomes TERMINATED and every member's open membership ends the same day; the agreement and each changed"
                    + " town's timeline are published and audited. 409 if the agreement is not in force, if endedOn is before"
                    + " the day it took effect, or if a member's membership in it starts after endedOn. If-Match is optional:"
                    + " if sent, a stale version is 412.")
    @APIResponse(responseCode = "200", description = "The terminated agreement (status TERMINATED, endedOn); the ETag is its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementChanged.class)))
    @APIResponse(responseCode = "409", description = "Not in force, endedOn before it took effect, or a membership starts after endedOn")
    public RestResponse<AgreementChanged> terminate(
            @Parameter(description = ApiDocs.AGREEMENT_ID, example = ApiDocs.AGREEMENT_ID_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = ApiDocs.IF_MATCH_OPTIONAL, example = ApiDocs.ETAG_EXAMPLE) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Termination.class),
                    examples = @ExampleObject(name = "endOfYear", summary = "Ends at the end of a calendar year",
                            value = Examples.TERMINATION)))
            @Valid @NotNull Termination body) {
        return represent(agreements.terminate(id, body.endedOn(), IfMatch.parse(ifMatch)));
    }

    @GET
    @Path("{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "Members on a day (?at=2021-06-30), or every membership of the agreement without ?at",
            description = ApiDocs.READERS + " A town sees the members of an agreement only if it is one of its parties."
                    + " With at, the memberships running on that day; without it, every membership the agreement ever had;"
                    + " ordered by AGS, then by start. A malformed at is 400." + ApiDocs.PAGED)
    @APIResponse(responseCode = "200", description = "One page of memberships: the town, its period, go-live and notice",
            headers = {@Header(name = "X-Total-Count", description = ApiDocs.TOTAL, schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = Member.class)))
    public RestResponse<List<Member>> members(
            @Parameter(description = ApiDocs.AGREEMENT_ID, example = ApiDocs.AGREEMENT_ID_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = "A day (ISO date): only the memberships running on it", example = "2026-06-30",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("at") String at,
            @Parameter(description = "The page, from 1", example = "1") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1 to 500", example = "100") @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size, "at");
        return paging.respond(memberships.members(id, Days.parse("at", at), caller), uri);
    }

    @POST
    @Path("{id}/members")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a town to an agreement: always refused with 409 saying what is missing",
            description = ApiDocs.ADMIN_ONLY + " Always refused (409 saying what is missing): a town becomes a party only by"
                    + " a successor or accession agreement naming it as MEMBER, approved by every party's body (subject"
                    + " AGREEMENT, or ACCESSION of the town), concluded and in force; that agreement then takes over the"
                    + " members. The refusal lists these steps, or says that a MEMBER party already became a member when"
                    + " the agreement took effect. validFrom and goLiveOn are accepted so the refusal can explain this."
                    + " 404 for an unknown agreement or town.")
    @APIResponse(responseCode = "201", description = "Never answered today: every accession is refused with 409. It would be the"
            + " new membership, located at the town's timeline",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Member.class)))
    @APIResponse(responseCode = "404", description = "No such agreement, or the town is not registered")
    @APIResponse(responseCode = "409", description = "Always: what is missing for the town to become a party (or that it is one)")
    public RestResponse<Member> accede(
            @Parameter(description = ApiDocs.AGREEMENT_ID, example = ApiDocs.AGREEMENT_ID_EXAMPLE) @PathParam("id") String id,
            @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Accession.class),
                    examples = @ExampleObject(name = "refused", summary = "Bönen to join from 1 January (refused: only a new agreement lets a town join)",
                            value = Examples.ACCESSION)))
            @Valid @NotNull Accession body, UriInfo uri) {
        Member member = memberships.accede(id, body);
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, member)
                .location(uri.getBaseUriBuilder().path("municipalities").path(member.ags()).path("timeline").build())
                .type(MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("{id}/members/{ags}/notice")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The town gives notice; its membership ends on the earliest day the notice rule allows, or on a later permitted validUntil (409 names the earliest)",
            description = ApiDocs.ADMIN_ONLY + " Records a town's notice on noticeGivenOn (today if left out) under an"
                    + " agreement IN_FORCE: its open membership ends on the earliest day the agreement's notice rule allows"
                    + " (e.g. 12 months' notice to the end of a calendar year, months counted as in § 188 BGB), or on the"
                    + " requested validUntil if it is not earlier and falls on a permitted deadline; otherwise 409 naming the"
                    + " earliest allowed day. 409 too if the agreement is not in force, the town has no open membership in"
                    + " it, or its membership starts after that day. The town's timeline is published and the notice audited.")
    @APIResponse(responseCode = "200", description = "The town's membership with its notice day and last day",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Member.class)))
    @APIResponse(responseCode = "404", description = "No such agreement or municipality")
    @APIResponse(responseCode = "409", description = "Not in force, no open membership, or validUntil not allowed by the notice rule"
            + " (the detail names the earliest allowed day)")
    public Member giveNotice(
            @Parameter(description = ApiDocs.AGREEMENT_ID, example = ApiDocs.AGREEMENT_ID_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = "The AGS of the town giving notice", example = "05978040") @PathParam("ags") String ags,
            @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Notice.class),
                    examples = @ExampleObject(name = "twelveMonths", summary = "Notice in March, leaving at the end of the next calendar year",
                            value = Examples.NOTICE)))
            @Valid @NotNull Notice body) {
        return memberships.giveNotice(id, ags, body.noticeGivenOn(), body.validUntil());
    }

    @GET
    @Path("{id}/resolutions")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "The parties' resolutions about the agreement (a town sees its own)",
            description = "Roles ikz-admin, kopfstelle and finance see every party's resolutions; a caller with only the"
                    + " municipality role sees its own town's, and only for an agreement its town is a party of (otherwise"
                    + " 404). Ordered by the day decided." + ApiDocs.PAGED)
    @APIResponse(responseCode = "200", description = "One page of resolutions",
            headers = {@Header(name = "X-Total-Count", description = ApiDocs.TOTAL, schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ResolutionView.class)))
    public RestResponse<List<ResolutionView>> resolutions(
            @Parameter(description = ApiDocs.AGREEMENT_ID, example = ApiDocs.AGREEMENT_ID_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = "The page, from 1", example = "1") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1 to 500", example = "100") @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size);
        return paging.respond(resolutions.visibleOf(id, caller).stream().map(ResolutionView::of).toList(), uri);
    }

    @POST
    @Path("{id}/resolutions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record a party's resolution about the agreement",
            description = ApiDocs.ADMIN_ONLY + " Records what a party's body resolved: the body (a town decides in its RAT,"
                    + " the district in its KREISTAG or KREISAUSSCHUSS; the BUERGERMEISTERKONFERENZ only recommends), the day"
                    + " (not in the future), the subject (AGREEMENT; ACCESSION naming the joining town in accedingAgs, which"
                    + " no other subject names; TERMINATION), the paper number, RECOMMENDATION or DECISION, and the outcome."
                    + " Only an approving DECISION counts for the conclusion. Each broken rule is 400 naming the field; 404"
                    + " for an unknown agreement, party or joining town. The recording is audited. Answers 201 with the"
                    + " resolution and its id; it has no address of its own, so Location names the list it appears in,"
                    + " GET /agreements/{id}/resolutions.")
    @APIResponse(responseCode = "201", description = "The recorded resolution with its id",
            headers = @Header(name = "Location", description = "The agreement's resolutions, where the new one is listed"
                    + " (a single resolution has no address of its own)", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResolutionView.class)))
    @APIResponse(responseCode = "404", description = "No such agreement, or the party or the joining town is not registered")
    public RestResponse<ResolutionView> recordResolution(
            @Parameter(description = ApiDocs.AGREEMENT_ID, example = "ikz-asylblg-2026") @PathParam("id") String id,
            @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Resolution.class),
                    examples = @ExampleObject(name = "councilDecision", summary = "The council of Werne approves the agreement",
                            value = Examples.RESOLUTION)))
            @Valid @NotNull Resolution body, UriInfo uri) {
        // a resolution has no address of its own: Location is the agreement's resolutions, where it is listed
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, ResolutionView.of(resolutions.record(id, body)))
                .location(uri.getAbsolutePath()).type(MediaType.APPLICATION_JSON).build();
    }

    private RestResponse<AgreementChanged> represent(Agreement agreement) {
        return RestResponse.ResponseBuilder.ok(agreements.describe(agreement)).tag(IfMatch.etag(agreement.version())).build();
    }
}
