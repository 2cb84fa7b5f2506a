package de.kreisunna.ikz.support.rest;

import de.kreisunna.ikz.platform.problem.Problem;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.support.licence.LicenceDetails;
import de.kreisunna.ikz.support.request.Category;
import de.kreisunna.ikz.support.request.Priority;
import de.kreisunna.ikz.support.request.RequestService;
import de.kreisunna.ikz.support.request.RequestView;
import de.kreisunna.ikz.support.request.Status;
import de.kreisunna.ikz.support.request.Submission;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Support requests: submitted by the PROSOZ helpdesk, a town's users or the Kopfstelle; worked by the
 * Kopfstelle and operator IT. What a caller may not see answers 404.
 */
@Path("/support-requests")
public class SupportRequestResource {

    static final String AGS = "\\d{8}";
    static final String AGS_RULE = "must be the 8-digit AGS of a town";
    /** Marks the answer to a retried submission (the original request, not a new one). */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    public record SubmitRequest(
            @Pattern(regexp = AGS, message = AGS_RULE) String ags,
            @NotNull Category category,
            Priority priority,
            @NotBlank @Size(max = 200) String subject,
            @NotBlank @Size(max = 20000) String description,
            @Size(max = 200) String requesterName,
            @Size(max = 200) String requesterContact,
            @Size(max = 100) String externalReference,
            @Valid LicenceRequest licence) {

        Submission toSubmission() {
            return new Submission(ags, category, priority, subject, description, requesterName, requesterContact,
                    externalReference, licence == null ? null
                    : new LicenceDetails(licence.product(), licence.quantity(), licence.effectiveFrom()));
        }
    }

    /** Additional licences asked for. */
    public record LicenceRequest(@NotBlank @Size(max = 200) String product,
            @NotNull @Min(1) @Max(100000) Integer quantity,
            @NotNull LocalDate effectiveFrom) {
    }

    public record Question(@NotBlank @Size(max = 20000) String question) {
    }

    /** The public answer; for a licence request optionally a grant differing from what was asked for. */
    public record Resolution(@NotBlank @Size(max = 20000) String resolution,
            @Min(1) @Max(100000) Integer grantedQuantity,
            LocalDate grantedFrom) {
    }

    public record Reason(@NotBlank @Size(max = 20000) String reason) {
    }

    public record Note(@Size(max = 2000) String note) {
    }

    public record Assignment(@Size(min = 1, max = 100) String assignee) {
    }

    public record Reprioritisation(@NotNull Priority priority) {
    }

    public record NewComment(@NotBlank @Size(max = 20000) String text, boolean internal) {
    }

    private final RequestService requests;
    private final Actors actors;

    SupportRequestResource(RequestService requests, Actors actors) {
        this.requests = requests;
        this.actors = actors;
    }

    /**
     * 201 with the new request; a retry with the same {@code Idempotency-Key} (or, from the helpdesk, the same
     * {@code externalReference}) and the same content answers 200 with the original; different content, 422.
     */
    @POST
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE})
    public Response submit(@Valid @NotNull SubmitRequest body,
            @HeaderParam(RequestService.IDEMPOTENCY_HEADER) String idempotencyKey, UriInfo uri) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw Problem.badRequest(RequestService.IDEMPOTENCY_HEADER, "must have 1 to 200 characters");
        }
        RequestService.Submitted submitted = requests.submit(body.toSubmission(), actors.current(), idempotencyKey);
        var location = uri.getAbsolutePathBuilder().path(submitted.request().id().toString()).build();
        return (submitted.replayed() ? Response.ok().header(REPLAYED_HEADER, "true") : Response.created(location))
                .location(location).type(MediaType.APPLICATION_JSON).entity(submitted.request()).build();
    }

    @GET
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    public List<RequestView> list(@QueryParam("status") String status, @QueryParam("category") String category,
            @QueryParam("ags") String ags) {
        return requests.list(actors.current(), new RequestService.Filter(Params.enumOf(Status.class, status, "status"),
                Params.enumOf(Category.class, category, "category"), ags));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    public RequestView get(@PathParam("id") UUID id) {
        return requests.get(id, actors.current());
    }

    /** Every change; requesters do not see internal entries. */
    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    public List<RequestView.HistoryView> history(@PathParam("id") UUID id) {
        return requests.history(id, actors.current());
    }

    /** A public reply or internal note of staff, or a requester's comment (which resumes a waiting request). */
    @POST
    @Path("{id}/comments")
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    public RequestView comment(@PathParam("id") UUID id, @Valid @NotNull NewComment body) {
        return requests.comment(id, actors.current(), body.text(), body.internal());
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN})
    public RequestView start(@PathParam("id") UUID id) {
        return requests.start(id, actors.current());
    }

    @POST
    @Path("{id}/wait-for-requester")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN})
    public RequestView waitForRequester(@PathParam("id") UUID id, @Valid @NotNull Question body) {
        return requests.waitForRequester(id, actors.current(), body.question());
    }

    @POST
    @Path("{id}/resolve")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN})
    public RequestView resolve(@PathParam("id") UUID id, @Valid @NotNull Resolution body) {
        return requests.resolve(id, actors.current(), body.resolution(), body.grantedQuantity(), body.grantedFrom());
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN})
    public RequestView reject(@PathParam("id") UUID id, @Valid @NotNull Reason body) {
        return requests.reject(id, actors.current(), body.reason());
    }

    /** Hands a licence request from the Kopfstelle to operator IT. */
    @POST
    @Path("{id}/forward")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN})
    public RequestView forward(@PathParam("id") UUID id, @Valid Note body) {
        return requests.forward(id, actors.current(), body == null ? null : body.note());
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    public RequestView close(@PathParam("id") UUID id) {
        return requests.close(id, actors.current());
    }

    @POST
    @Path("{id}/reopen")
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    public RequestView reopen(@PathParam("id") UUID id, @Valid @NotNull Reason body) {
        return requests.reopen(id, actors.current(), body.reason());
    }

    /** Sets the person working the request; {@code {"assignee": null}} removes the assignment. */
    @PUT
    @Path("{id}/assignee")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN})
    public RequestView assign(@PathParam("id") UUID id, @Valid @NotNull Assignment body) {
        return requests.assign(id, actors.current(), body.assignee());
    }

    @PUT
    @Path("{id}/priority")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN})
    public RequestView reprioritise(@PathParam("id") UUID id, @Valid @NotNull Reprioritisation body) {
        return requests.reprioritise(id, actors.current(), body.priority());
    }
}
