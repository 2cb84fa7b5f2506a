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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Support requests: submitted by the PROSOZ helpdesk, a town's users or the Kopfstelle; worked by the
 * Kopfstelle and operator IT. What a caller may not see answers 404.
 */
@Path("/support-requests")
@Tag(name = "Support requests", description = "Questions, incidents, administration, licence and training requests of the"
        + " member towns: submitted by a town's users, the PROSOZ helpdesk integration or the Kopfstelle; worked by the"
        + " Kopfstelle and operator IT along the category's route, under SLA targets in business hours; with comments,"
        + " attachments, history and a change feed")
public class SupportRequestResource {

    /** Texts the OpenAPI annotations of the operations on one request share (annotation values must be constants). */
    static final String REQUEST_ID = "The support request's id";
    static final String REQUEST_ID_EXAMPLE = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    static final String WORKERS = "Roles kopfstelle and ikz-admin: the Kopfstelle works every request, operator IT"
            + " (ikz-admin) those at its step of the route (technical incidents; licence requests once forwarded);"
            + " otherwise 403.";
    static final String WORKER_FORBIDDEN = "The token lacks the kopfstelle or ikz-admin role, or operator IT acts on a"
            + " request that is not at its step of the route";

    static final String AGS = Ags.TOWN_PATTERN;
    static final String AGS_RULE = Ags.TOWN_RULE;
    /** Marks the answer to a retried submission (the original request, not a new one). */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    public record SubmitRequest(
            @Schema(description = "The town the request is for; a town's token may only name its own (or omit it)",
                    example = "05978024")
            @Pattern(regexp = AGS, message = AGS_RULE) String ags,
            @NotNull Category category,
            Priority priority,
            @Schema(example = "Benefit notices cannot be printed since the update of 2026-03-12")
            @NotBlank @Size(max = 200) String subject,
            @Schema(example = "Since the update, printing a notice under AsylbLG ends with error PRT-0042; all caseworkers"
                    + " of the Sozialamt are affected.")
            @NotBlank @Size(max = 20000) String description,
            @Schema(example = "Petra Schulte") @Size(max = 200) String requesterName,
            @Schema(example = "petra.schulte@luenen.de") @Size(max = 200) String requesterContact,
            @Schema(description = "The helpdesk's own ticket number; for the helpdesk a retry key like Idempotency-Key",
                    example = "PROSOZ-HD-2026-004711")
            @Size(max = 100) String externalReference,
            @Valid LicenceRequest licence) {

        Submission toSubmission() {
            return new Submission(ags, category, priority, subject, description, requesterName, requesterContact,
                    externalReference, licence == null ? null
                    : new LicenceDetails(licence.product(), licence.quantity(), licence.effectiveFrom()));
        }
    }

    /** Additional licences asked for. */
    public record LicenceRequest(@Schema(example = "OPEN/PROSOZ AsylbLG named user") @NotBlank @Size(max = 200) String product,
            @Schema(example = "3") @NotNull @Min(1) @Max(100000) Integer quantity,
            @Schema(example = "2026-04-01") @NotNull LocalDate effectiveFrom) {
    }

    public record Question(@Schema(example = "Which case number and which user account does the error occur with?")
            @NotBlank @Size(max = 20000) String question) {
    }

    /** The public answer; for a licence request optionally a grant differing from what was asked for. */
    public record Resolution(
            @Schema(example = "The print template was corrected; notices print again since 2026-03-13.")
            @NotBlank @Size(max = 20000) String resolution,
            @Schema(description = "Licence requests only: the quantity granted (default: as asked for)", example = "3")
            @Min(1) @Max(100000) Integer grantedQuantity,
            @Schema(description = "Licence requests only: the day the grant applies from (default: as asked for)",
                    example = "2026-04-01")
            LocalDate grantedFrom) {
    }

    public record Reason(@Schema(example = "The error occurs again since the update of 2026-03-20.")
            @NotBlank @Size(max = 20000) String reason) {
    }

    public record Note(@Schema(example = "Approved by the Kopfstelle: three more named users for Lünen.")
            @Size(max = 2000) String note) {
    }

    public record Assignment(@Schema(description = "The person of the working team; null removes the assignment",
            example = "m.becker") @Size(min = 1, max = 100) String assignee) {
    }

    public record Reprioritisation(@NotNull Priority priority) {
    }

    public record NewComment(
            @Schema(example = "The update is planned for tonight; please try again tomorrow morning.")
            @NotBlank @Size(max = 20000) String text,
            @Schema(description = "An internal note of support staff, never shown to the requester", example = "false")
            boolean internal,
            @Valid OnBehalfOfBody onBehalfOf) {
    }

    /** The caseworker a helpdesk comment is written for. */
    public record OnBehalfOfBody(@Schema(example = "Jan Kowalski") @NotBlank @Size(max = 200) String name,
            @Schema(example = "jan.kowalski@schwerte.de") @NotBlank @Email @Size(max = 254) String email) {
    }

    /**
     * A file to attach: its name, the content in base64 (at most 10 MB decoded; PDF, PNG, JPEG or plain text,
     * told by the content) and optionally the type the uploader believes it is (refused if the content differs).
     */
    public record NewAttachment(@Schema(example = "error-PRT-0042.pdf") @NotBlank @Size(max = 255) String fileName,
            @Schema(description = "Optional: the type the uploader believes the file is", example = "application/pdf")
            @Size(max = 100) String mediaType,
            @Schema(description = "The file, base64-encoded", example = "JVBERi0xLjcK") @NotNull String content,
            @Schema(description = "Visible to support staff only", example = "false") boolean internal) {
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
    @Operation(summary = "Submit a support request",
            description = "Roles helpdesk, municipality, kopfstelle. A town's token submits for its own town (ags "
                    + "may be omitted; another AGS is 400); the helpdesk and the Kopfstelle name the town. The town "
                    + "must be a member of the cooperation today (else 400). A licence request (LICENCE_REQUEST) "
                    + "names product, quantity and effectiveFrom, other categories carry no licence (400). The "
                    + "request starts NEW with the first team of its category's route and the SLA targets of its "
                    + "priority. Retries are safe: a repeated Idempotency-Key (from the helpdesk also a repeated "
                    + "externalReference) with the same content answers 200 with the original request and "
                    + "Idempotent-Replayed: true; with different content 422 and nothing is written.")
    @APIResponse(responseCode = "201", description = "Submitted; Location names the new request",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "200", description = "A retry: the request submitted earlier with this key",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key, or the helpdesk's externalReference, was"
            + " used"
            + " before for a request with different content")
    public Response submit(@RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = SubmitRequest.class),
                    examples = @ExampleObject(name = "A technical incident of Lünen", value = """
                    {
                      "ags": "05978024",
                      "category": "TECHNICAL_INCIDENT",
                      "priority": "HIGH",
                      "subject": "Benefit notices cannot be printed since the update of 2026-03-12",
                      "description": "Since the update, printing a notice under AsylbLG ends with error PRT-0042; all caseworkers of the Sozialamt are affected.",
                      "requesterName": "Petra Schulte",
                      "requesterContact": "petra.schulte@luenen.de"
                    }
                    """)))
            @Valid @NotNull SubmitRequest body,
            @Parameter(description = "Makes a retry safe: 1 to 200 characters, unique per caller",
                    example = "a3f1c9e2-4b7d-4e21-9f0a-6c2d8e5b1a47")
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
    @Operation(summary = "List the visible support requests",
            description = "Roles helpdesk, municipality, kopfstelle, ikz-admin. The Kopfstelle sees every request, "
                    + "operator IT (ikz-admin) technical incidents and requests forwarded to it, a town's token the "
                    + "requests of its town, the helpdesk the requests it submitted. Filters status, category, ags; "
                    + "sort -submittedAt (default), submittedAt or slaDueAt (the earliest open SLA due time first); "
                    + "paged with page and size (Link and X-Total-Count headers). An unknown parameter or value is "
                    + "400.")
    public RestResponse<List<RequestView>> list(
            @Parameter(description = "Only requests in this status", example = "IN_PROGRESS")
            @QueryParam("status") String status,
            @Parameter(description = "Only requests of this category", example = "TECHNICAL_INCIDENT")
            @QueryParam("category") String category,
            @Parameter(description = "Only requests for this town", example = "05978024")
            @QueryParam("ags") String ags,
            @Parameter(description = "-submittedAt (default), submittedAt or slaDueAt", example = "slaDueAt")
            @QueryParam("sort") String sort,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size, "status", "category", "ags", "sort");
        RequestService.Page found = requests.list(actors.current(), new RequestService.Filter(
                Params.enumOf(Status.class, status, "status"), Params.enumOf(Category.class, category, "category"), ags),
                order(sort), paging.offset(), paging.size());
        return paging.respond(found.items(), found.total(), uri);
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
    @Operation(summary = "Read the change feed after a cursor",
            description = "Roles helpdesk, municipality, kopfstelle, ikz-admin; each caller reads the changes of the "
                    + "requests it may see (as in the list), in commit order, in the shape webhooks deliver. "
                    + "Without after it reads from the start; keep the returned cursor and read on with it. more "
                    + "(and a Link rel=\"next\") says that more changes wait. A cursor not from this feed, or limit "
                    + "outside 1 to 1000, is 400.")
    @APIResponse(responseCode = "200", description = "The next changes and the cursor to read on after",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ChangesPage.class)))
    public Response changes(
            @Parameter(description = "The cursor of a previous answer; absent: from the start", example = "YzE6MTg0Mg")
            @QueryParam("after") String after,
            @Parameter(description = "At most this many changes, 1 to 1000 (default 100)", example = "100")
            @QueryParam("limit") Integer limit, UriInfo uri) {
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
    @Operation(summary = "Read one support request",
            description = "Roles helpdesk, municipality, kopfstelle, ikz-admin. The request with its comments, SLA "
                    + "targets and states; requesters (a town's token, the helpdesk) do not see internal notes. A "
                    + "request the caller may not see (another town's, or not yet forwarded to operator IT) is 404.")
    public RequestView get(
            @Parameter(description = REQUEST_ID, example = REQUEST_ID_EXAMPLE)
            @PathParam("id") UUID id) {
        return requests.get(id, actors.current());
    }

    /** Every change; requesters do not see internal entries. */
    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    @Operation(summary = "Read a request's history",
            description = "Roles helpdesk, municipality, kopfstelle, ikz-admin. Every change of the request, oldest "
                    + "first: status changes, forwarding, assignment, priority, comments, SLA breaches, grants. "
                    + "Requesters do not see internal entries; a request the caller may not see is 404.")
    public List<RequestView.HistoryView> history(
            @Parameter(description = REQUEST_ID, example = REQUEST_ID_EXAMPLE)
            @PathParam("id") UUID id) {
        return requests.history(id, actors.current());
    }

    /** A public reply or internal note of staff, or a requester's comment (which resumes a waiting request). */
    @POST
    @Path("{id}/comments")
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    @Operation(summary = "Comment on a support request",
            description = "Roles helpdesk, municipality, kopfstelle, ikz-admin. Staff of the working team write "
                    + "public replies (the first is the first response of the SLA) or internal notes (internal: "
                    + "true); requesters write public comments, and a comment on a request WAITING_FOR_REQUESTER "
                    + "resumes it. Only the helpdesk writes onBehalfOf a caseworker (else 400); a requester's "
                    + "internal note, or operator IT on a request not at its step, is 403; a CLOSED or REJECTED "
                    + "request is 409. A repeated Idempotency-Key with the same comment answers the original, with "
                    + "another comment 422.")
    @APIResponse(responseCode = "200", description = "The request with the new comment",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "403", description = "A requester writes an internal note, or operator IT comments"
            + " on a"
            + " request that is not at its step")
    @APIResponse(responseCode = "409", description = "The request is CLOSED or REJECTED: submit a new request")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before for a different comment")
    public Response comment(
            @Parameter(description = REQUEST_ID, example = REQUEST_ID_EXAMPLE)
            @PathParam("id") UUID id, @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = NewComment.class),
                    examples = @ExampleObject(name = "A public reply", value = """
                    {
                      "text": "The update is planned for tonight; please try again tomorrow morning.",
                      "internal": false
                    }
                    """)))
            @Valid @NotNull NewComment body,
            @Parameter(description = "Makes a retry safe: 1 to 200 characters, unique per caller",
                    example = "5d7e2b90-3c4a-4f1e-8b6d-2a9c0e4f7b13")
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
    @Operation(summary = "Attach a file to a request",
            description = "Roles helpdesk, municipality, kopfstelle, ikz-admin: the requester (a town's token for "
                    + "its town, the helpdesk for its requests) or the working team. The content is base64, at most "
                    + "10 MB decoded, and must be a PDF, PNG, JPEG or plain text file, told by the content itself "
                    + "(else 415; a differing mediaType is 400; an empty or oversized file 400/413). Only staff add "
                    + "internal files (403); a CLOSED or REJECTED request is 409.")
    @APIResponse(responseCode = "201", description = "Attached; Location names the file, the body is its metadata",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Attachments.AttachmentView.class)))
    @APIResponse(responseCode = "403", description = "The caller is neither the requester nor the working team, or a"
            + " requester attaches an internal file")
    @APIResponse(responseCode = "409", description = "The request is CLOSED or REJECTED: submit a new request")
    @APIResponse(responseCode = "413", description = "The body, or the decoded file (more than 10 MB), is too large")
    @APIResponse(responseCode = "415", description = "The body is not application/json, or the file is neither PDF,"
            + " PNG,"
            + " JPEG nor plain text")
    public Response attach(
            @Parameter(description = REQUEST_ID, example = REQUEST_ID_EXAMPLE)
            @PathParam("id") UUID id, @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = NewAttachment.class),
                    examples = @ExampleObject(name = "A screenshot of the error", value = """
                    {
                      "fileName": "error-PRT-0042.pdf",
                      "mediaType": "application/pdf",
                      "content": "JVBERi0xLjcK",
                      "internal": false
                    }
                    """)))
            @Valid @NotNull NewAttachment body, UriInfo uri) {
        return attached(id, null, body, uri);
    }

    /** Attaches a file to a comment (an internal note's files are internal). */
    @POST
    @Path("{id}/comments/{commentId}/attachments")
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    @Operation(summary = "Attach a file to a comment",
            description = "Roles helpdesk, municipality, kopfstelle, ikz-admin: the requester (a town's token for "
                    + "its town, the helpdesk for its requests) or the working team. The content is base64, at most "
                    + "10 MB decoded, and must be a PDF, PNG, JPEG or plain text file, told by the content itself "
                    + "(else 415; a differing mediaType is 400; an empty or oversized file 400/413). Only staff add "
                    + "internal files (403); a CLOSED or REJECTED request is 409. The comment must belong to the "
                    + "request and be visible to the caller (404 otherwise); a file of an internal note is "
                    + "internal.")
    @APIResponse(responseCode = "201", description = "Attached; Location names the file, the body is its metadata",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Attachments.AttachmentView.class)))
    @APIResponse(responseCode = "403", description = "The caller is neither the requester nor the working team, or a"
            + " requester attaches an internal file")
    @APIResponse(responseCode = "409", description = "The request is CLOSED or REJECTED: submit a new request")
    @APIResponse(responseCode = "413", description = "The body, or the decoded file (more than 10 MB), is too large")
    @APIResponse(responseCode = "415", description = "The body is not application/json, or the file is neither PDF,"
            + " PNG,"
            + " JPEG nor plain text")
    public Response attachToComment(
            @Parameter(description = REQUEST_ID, example = REQUEST_ID_EXAMPLE)
            @PathParam("id") UUID id,
            @Parameter(description = "The comment's id", example = "c2a4e6f8-1b3d-4f5a-8c7e-9d0b2a4c6e81")
            @PathParam("commentId") UUID commentId,
            @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = NewAttachment.class),
                    examples = @ExampleObject(name = "A log file for an internal note", value = """
                    {
                      "fileName": "print-service-2026-03-12.log",
                      "mediaType": "text/plain",
                      "content": "MjAyNi0wMy0xMiAwOToxNDowMiBFUlJPUiBQUlQtMDA0Mgo=",
                      "internal": true
                    }
                    """)))
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
    @Operation(summary = "List a request's attachments",
            description = "Roles helpdesk, municipality, kopfstelle, ikz-admin, for a request the caller may see "
                    + "(else 404): the files' metadata (name, type, size, SHA-256, who and when), paged with page "
                    + "and size. Requesters do not see internal files.")
    public RestResponse<List<Attachments.AttachmentView>> attachments(
            @Parameter(description = REQUEST_ID, example = REQUEST_ID_EXAMPLE)
            @PathParam("id") UUID id,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        return Paging.of(uri, page, size).respond(attachments.list(id, actors.current()), uri);
    }

    /** The file itself, always as a download ({@code Content-Disposition: attachment}), never rendered inline. */
    @GET
    @Path("{id}/attachments/{attachmentId}")
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    @Operation(summary = "Download an attached file",
            description = "Roles helpdesk, municipality, kopfstelle, ikz-admin, for a request the caller may see. "
                    + "The file in its detected type, always as a download (Content-Disposition: attachment, "
                    + "X-Content-Type-Options: nosniff), never rendered inline. An internal file is 404 to "
                    + "requesters, as is a file of another request.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response download(
            @Parameter(description = REQUEST_ID, example = REQUEST_ID_EXAMPLE)
            @PathParam("id") UUID id,
            @Parameter(description = "The attachment's id", example = "0b8f2d4e-5a61-4c3b-9e27-6d1f8a3c5b90")
            @PathParam("attachmentId") UUID attachmentId) {
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
    @Operation(summary = "Start working a request",
            description = WORKERS + " Moves a NEW request to IN_PROGRESS, or resumes one "
                    + "WAITING_FOR_REQUESTER (the SLA clock runs again). A request already IN_PROGRESS is 409, as "
                    + "are a RESOLVED one (it is reopened, not started), a CLOSED and a REJECTED one.")
    @APIResponse(responseCode = "200", description = "The request, now IN_PROGRESS",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "403", description = WORKER_FORBIDDEN)
    @APIResponse(responseCode = "409", description = "The request is already IN_PROGRESS, or RESOLVED, CLOSED or"
            + " REJECTED")
    public RequestView start(
            @Parameter(description = REQUEST_ID, example = REQUEST_ID_EXAMPLE)
            @PathParam("id") UUID id) {
        return requests.start(id, actors.current());
    }

    @POST
    @Path("{id}/wait-for-requester")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN})
    @Operation(summary = "Ask the requester a question",
            description = WORKERS + " The question becomes a public reply and the request "
                    + "WAITING_FOR_REQUESTER: the SLA clock pauses until the requester comments. From RESOLVED, "
                    + "CLOSED or REJECTED (or when already waiting) it is 409.")
    @APIResponse(responseCode = "200", description = "The request, now WAITING_FOR_REQUESTER",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "403", description = WORKER_FORBIDDEN)
    @APIResponse(responseCode = "409", description = "The request's status does not allow waiting for the requester")
    public RequestView waitForRequester(
            @Parameter(description = REQUEST_ID, example = REQUEST_ID_EXAMPLE)
            @PathParam("id") UUID id, @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Question.class),
                    examples = @ExampleObject(name = "A question to the requester", value = """
                    {
                      "question": "Which case number and which user account does the error occur with?"
                    }
                    """)))
            @Valid @NotNull Question body) {
        return requests.waitForRequester(id, actors.current(), body.question());
    }

    @POST
    @Path("{id}/resolve")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN})
    @Operation(summary = "Resolve a request with an answer",
            description = WORKERS + " The resolution becomes a public reply; the requester may close "
                    + "or, within the reopen period (14 days by default), reopen it. A licence request is resolved "
                    + "only by operator IT after forwarding (409 before), as granted: grantedQuantity and "
                    + "grantedFrom default to what was asked for, and the grant is published for charging; other "
                    + "categories take no grant (400). From RESOLVED, CLOSED or REJECTED it is 409.")
    @APIResponse(responseCode = "200", description = "The request, now RESOLVED",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "403", description = WORKER_FORBIDDEN)
    @APIResponse(responseCode = "409", description = "The request is already finished, or a licence request has not"
            + " been forwarded to operator IT yet")
    public RequestView resolve(
            @Parameter(description = REQUEST_ID, example = REQUEST_ID_EXAMPLE)
            @PathParam("id") UUID id, @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Resolution.class),
                    examples = @ExampleObject(name = "A licence grant", value = """
                    {
                      "resolution": "Three additional named users for Lünen are set up from 2026-04-01.",
                      "grantedQuantity": 3,
                      "grantedFrom": "2026-04-01"
                    }
                    """)))
            @Valid @NotNull Resolution body) {
        return requests.resolve(id, actors.current(), body.resolution(), body.grantedQuantity(), body.grantedFrom());
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN})
    @Operation(summary = "Reject a request with a reason",
            description = WORKERS + " The reason becomes a public reply and the request REJECTED, which "
                    + "is final. From RESOLVED, CLOSED or REJECTED it is 409.")
    @APIResponse(responseCode = "200", description = "The request, now REJECTED",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "403", description = WORKER_FORBIDDEN)
    @APIResponse(responseCode = "409", description = "The request is already RESOLVED, CLOSED or REJECTED")
    public RequestView reject(
            @Parameter(description = REQUEST_ID, example = REQUEST_ID_EXAMPLE)
            @PathParam("id") UUID id, @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Reason.class),
                    examples = @ExampleObject(name = "A rejection", value = """
                    {
                      "reason": "The same error is already being worked in request 7c9e6679-7425-40de-944b-e07fc1f90ae7."
                    }
                    """)))
            @Valid @NotNull Reason body) {
        return requests.reject(id, actors.current(), body.reason());
    }

    /** Hands a licence request from the Kopfstelle to operator IT. */
    @POST
    @Path("{id}/forward")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN})
    @Operation(summary = "Forward a request to the next team",
            description = WORKERS + " Hands an open request to the next team of its category's route (a "
                    + "licence request: from the Kopfstelle to operator IT), with an optional note; the assignment "
                    + "is removed. A request at the last step of its route, or a finished one, is 409.")
    @APIResponse(responseCode = "200", description = "The request, now with the next team",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "403", description = WORKER_FORBIDDEN)
    @APIResponse(responseCode = "409", description = "The request is finished, or at the last step of its route")
    public RequestView forward(
            @Parameter(description = REQUEST_ID, example = REQUEST_ID_EXAMPLE)
            @PathParam("id") UUID id, @RequestBody(required = false, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Note.class),
                    examples = @ExampleObject(name = "A note for operator IT", value = """
                    {
                      "note": "Approved by the Kopfstelle: three more named users for Lünen."
                    }
                    """)))
            @Valid Note body) {
        return requests.forward(id, actors.current(), body == null ? null : body.note());
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    @Operation(summary = "Close a resolved request",
            description = "Roles helpdesk, municipality, kopfstelle, ikz-admin: the requester (a town's token for "
                    + "its town, the helpdesk for its requests) confirms the resolution, or the working team closes "
                    + "it; anyone else is 403. Only a RESOLVED request can be closed (409 otherwise); unconfirmed "
                    + "ones are closed automatically when the reopen period ends.")
    @APIResponse(responseCode = "200", description = "The request, now CLOSED",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "403", description = "The caller is neither the requester nor the working team")
    @APIResponse(responseCode = "409", description = "The request is not RESOLVED")
    public RequestView close(
            @Parameter(description = REQUEST_ID, example = REQUEST_ID_EXAMPLE)
            @PathParam("id") UUID id) {
        return requests.close(id, actors.current());
    }

    @POST
    @Path("{id}/reopen")
    @RolesAllowed({Roles.HELPDESK, Roles.MUNICIPALITY, Roles.KOPFSTELLE, Roles.ADMIN})
    @Operation(summary = "Reopen a resolved request",
            description = "Roles helpdesk, municipality, kopfstelle, ikz-admin: the requester or the working team "
                    + "(else 403). A RESOLVED request goes back to IN_PROGRESS with the reason as a public comment, "
                    + "within the reopen period after its resolution (14 days by default). 409 when it is not "
                    + "RESOLVED, when the period has passed, or for a granted licence request (its licences are "
                    + "already passed on for charging; a change needs a new request).")
    @APIResponse(responseCode = "200", description = "The request, IN_PROGRESS again",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "403", description = "The caller is neither the requester nor the working team")
    @APIResponse(responseCode = "409", description = "The request is not RESOLVED, the reopen period has passed, or"
            + " it is"
            + " a granted licence request")
    public RequestView reopen(
            @Parameter(description = REQUEST_ID, example = REQUEST_ID_EXAMPLE)
            @PathParam("id") UUID id, @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Reason.class),
                    examples = @ExampleObject(name = "A reopening by the requester", value = """
                    {
                      "reason": "The error occurs again since the update of 2026-03-20."
                    }
                    """)))
            @Valid @NotNull Reason body) {
        return requests.reopen(id, actors.current(), body.reason());
    }

    /** Sets the person working the request; {@code {"assignee": null}} removes the assignment. */
    @PUT
    @Path("{id}/assignee")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN})
    @Operation(summary = "Assign a request to a person",
            description = WORKERS + " Sets the person of the working team who works the request; null "
                    + "removes the assignment. The entry is internal. A RESOLVED, CLOSED or REJECTED request is "
                    + "409.")
    @APIResponse(responseCode = "200", description = "The request with its new assignee",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "403", description = WORKER_FORBIDDEN)
    @APIResponse(responseCode = "409", description = "The request is RESOLVED, CLOSED or REJECTED")
    public RequestView assign(
            @Parameter(description = REQUEST_ID, example = REQUEST_ID_EXAMPLE)
            @PathParam("id") UUID id, @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Assignment.class),
                    examples = @ExampleObject(name = "An assignment", value = """
                    {
                      "assignee": "m.becker"
                    }
                    """)))
            @Valid @NotNull Assignment body) {
        return requests.assign(id, actors.current(), body.assignee());
    }

    @PUT
    @Path("{id}/priority")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN})
    @Operation(summary = "Change a request's priority",
            description = WORKERS + " Sets CRITICAL, HIGH, NORMAL or LOW; the SLA targets are then "
                    + "those of the new priority. A RESOLVED, CLOSED or REJECTED request is 409.")
    @APIResponse(responseCode = "200", description = "The request with its new priority",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "403", description = WORKER_FORBIDDEN)
    @APIResponse(responseCode = "409", description = "The request is RESOLVED, CLOSED or REJECTED")
    public RequestView reprioritise(
            @Parameter(description = REQUEST_ID, example = REQUEST_ID_EXAMPLE)
            @PathParam("id") UUID id, @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Reprioritisation.class),
                    examples = @ExampleObject(name = "A raised priority", value = """
                    {
                      "priority": "CRITICAL"
                    }
                    """)))
            @Valid @NotNull Reprioritisation body) {
        return requests.reprioritise(id, actors.current(), body.priority());
    }
}
