package de.kreisunna.ikz.support.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.platform.town.Ags;
import de.kreisunna.ikz.platform.web.Params;
import de.kreisunna.ikz.support.attachment.Attachments;
import de.kreisunna.ikz.support.change.ChangeFeed;
import de.kreisunna.ikz.support.change.FeedCursor;
import de.kreisunna.ikz.support.licence.LicenceDetails;
import de.kreisunna.ikz.support.request.Category;
import de.kreisunna.ikz.support.request.OnBehalfOf;
import de.kreisunna.ikz.support.request.Priority;
import de.kreisunna.ikz.support.request.RequestService;
import de.kreisunna.ikz.support.request.RequestView;
import de.kreisunna.ikz.support.request.Status;
import de.kreisunna.ikz.support.request.Submission;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Support requests: submitted by the PROSOZ helpdesk, a town's users or the Kopfstelle; worked by the
 * Kopfstelle and operator IT. What a caller may not see answers 404.
 */
@Path("/support-requests")
public class SupportRequestResource {

    static final String AGS = Ags.TOWN_PATTERN;
    static final String AGS_RULE = Ags.TOWN_RULE;
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

    public record NewComment(@NotBlank @Size(max = 20000) String text, boolean internal,
            @Valid OnBehalfOfBody onBehalfOf) {
    }

    /** The caseworker a helpdesk comment is written for. */
    public record OnBehalfOfBody(@NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email) {
    }

    /**
     * A file to attach: its name, the content in base64 (at most 10 MB decoded; PDF, PNG, JPEG or plain text,
     * told by the content) and optionally the type the uploader believes it is (refused if the content differs).
     */
    public record NewAttachment(@NotBlank @Size(max = 255) String fileName,
            @Size(max = 100) String mediaType, @NotNull String content, boolean internal) {
    }

    /** A page of the change feed: the changes (as webhooks receive them) and the cursor to read on after. */
    public record ChangesPage(List<JsonNode> changes, String cursor, boolean more) {
    }

    static final int DEFAULT_FEED_LIMIT = 100;
    static final int MAX_FEED_LIMIT = 1000;

    private final RequestService requests;
    private final Actors actors;
    private final ChangeFeed feed;
    private final ObjectMapper json;
    private final Attachments attachments;

    SupportRequestResource(RequestService requests, Actors actors, ChangeFeed feed, ObjectMapper json,
            Attachments attachments) {
        this.attachments = attachments;
        this.requests = requests;
        this.actors = actors;
        this.feed = feed;
        this.json = json;
    }

    /**
     * 201 with the new request; a retry with the same {@code Idempotency-Key} (or, from the helpdesk, the same
     * {@code externalReference}) and the same content answers 200 with the original; different content, 422.
     */
    @POST
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE})
    public Response submit(@Valid @NotNull SubmitRequest body,
            @HeaderParam(RequestService.IDEMPOTENCY_HEADER) String idempotencyKey, UriInfo uri) {
        checkIdempotencyKey(idempotencyKey);
        RequestService.Submitted submitted = requests.submit(body.toSubmission(), actors.current(), idempotencyKey);
        var location = uri.getAbsolutePathBuilder().path(submitted.request().id().toString()).build();
        return (submitted.replayed() ? Response.ok().header(REPLAYED_HEADER, "true") : Response.created(location))
                .location(location).type(MediaType.APPLICATION_JSON).entity(submitted.request()).build();
    }

    private static void checkIdempotencyKey(String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new InvalidInput(RequestService.IDEMPOTENCY_HEADER, "must have 1 to 200 characters");
        }
    }

    /**
     * The requests the caller may see, filtered by {@code status}, {@code category}, {@code ags}; sorted by
     * {@code sort} = {@code -submittedAt} (default), {@code submittedAt} or {@code slaDueAt} (earliest open due
     * time first); paged with {@code page} and {@code size} ({@code Link} and {@code X-Total-Count} headers).
     */
    @GET
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    public RestResponse<List<RequestView>> list(@QueryParam("status") String status,
            @QueryParam("category") String category, @QueryParam("ags") String ags, @QueryParam("sort") String sort,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size, "status", "category", "ags", "sort");
        return paging.respond(requests.list(actors.current(), new RequestService.Filter(
                Params.enumOf(Status.class, status, "status"), Params.enumOf(Category.class, category, "category"), ags),
                order(sort)), uri);
    }

    private static RequestService.Order order(String sort) {
        if (sort == null || sort.equals("-submittedAt")) {
            return RequestService.Order.NEWEST_FIRST;
        }
        return switch (sort) {
            case "submittedAt" -> RequestService.Order.OLDEST_FIRST;
            case "slaDueAt" -> RequestService.Order.SLA_DUE_FIRST;
            default -> throw new InvalidInput("sort", "must be one of -submittedAt, submittedAt, slaDueAt");
        };
    }

    /**
     * The changes of the requests the caller may see, in commit order, after the opaque cursor {@code after}
     * (from the start without it). A client keeps the returned {@code cursor} and reads on with it; {@code more}
     * (and a {@code Link: rel="next"}) says that more changes are waiting.
     */
    @GET
    @Path("changes")
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    public Response changes(@QueryParam("after") String after, @QueryParam("limit") Integer limit, UriInfo uri) {
        Params.onlyKnown(uri, "after", "limit");
        int size = limit == null ? DEFAULT_FEED_LIMIT : limit;
        if (size < 1 || size > MAX_FEED_LIMIT) {
            throw new InvalidInput("limit", "must be between 1 and " + MAX_FEED_LIMIT);
        }
        ChangeFeed.Page page = feed.after(actors.current(), FeedCursor.decode(after, "after"), size);
        List<JsonNode> changes = new ArrayList<>();
        for (String change : page.changes()) {
            try {
                changes.add(json.readTree(change));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored change is not JSON", e);
            }
        }
        Response.ResponseBuilder answer = Response.ok(new ChangesPage(changes, page.cursor(), page.more()));
        if (page.more()) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("after", page.cursor()).build(), "next");
        }
        return answer.build();
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
    public Response comment(@PathParam("id") UUID id, @Valid @NotNull NewComment body,
            @HeaderParam(RequestService.IDEMPOTENCY_HEADER) String idempotencyKey) {
        checkIdempotencyKey(idempotencyKey);
        OnBehalfOf onBehalfOf = body.onBehalfOf() == null ? null
                : new OnBehalfOf(body.onBehalfOf().name(), body.onBehalfOf().email());
        RequestService.Commented commented = requests.comment(id, actors.current(), body.text(), body.internal(),
                onBehalfOf, idempotencyKey);
        Response.ResponseBuilder answer = Response.ok(commented.request()).type(MediaType.APPLICATION_JSON);
        return (commented.replayed() ? answer.header(REPLAYED_HEADER, "true") : answer).build();
    }

    /** Attaches a file to the request; 201 with its metadata. */
    @POST
    @Path("{id}/attachments")
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    public Response attach(@PathParam("id") UUID id, @Valid @NotNull NewAttachment body, UriInfo uri) {
        return attached(id, null, body, uri);
    }

    /** Attaches a file to a comment (an internal note's files are internal). */
    @POST
    @Path("{id}/comments/{commentId}/attachments")
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    public Response attachToComment(@PathParam("id") UUID id, @PathParam("commentId") UUID commentId,
            @Valid @NotNull NewAttachment body, UriInfo uri) {
        return attached(id, commentId, body, uri);
    }

    private Response attached(UUID id, UUID commentId, NewAttachment body, UriInfo uri) {
        byte[] content;
        try {
            content = Base64.getMimeDecoder().decode(body.content());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("content", "must be base64");
        }
        Attachments.AttachmentView view = attachments.upload(id, commentId, actors.current(), body.fileName(),
                body.mediaType(), content, body.internal());
        return Response.created(uri.getBaseUriBuilder().path("support-requests").path(id.toString())
                .path("attachments").path(view.id().toString()).build()).entity(view).build();
    }

    @GET
    @Path("{id}/attachments")
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    public RestResponse<List<Attachments.AttachmentView>> attachments(@PathParam("id") UUID id,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        return Paging.of(uri, page, size).respond(attachments.list(id, actors.current()), uri);
    }

    /** The file itself, always as a download ({@code Content-Disposition: attachment}), never rendered inline. */
    @GET
    @Path("{id}/attachments/{attachmentId}")
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        Attachments.Download file = attachments.download(id, attachmentId, actors.current());
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
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
