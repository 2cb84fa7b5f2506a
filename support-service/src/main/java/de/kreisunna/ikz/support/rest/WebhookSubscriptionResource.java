package de.kreisunna.ikz.support.rest;

import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.platform.web.Params;
import de.kreisunna.ikz.support.webhook.Webhooks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Webhook subscriptions of API clients, administered by operator IT ({@code ikz-admin}): register, pause,
 * resume, rotate the secret, end; and the delivery log (attempts, status codes, latency).
 */
@Path("/webhook-subscriptions")
@Tag(name = "Webhook subscriptions",
        description = "Webhooks to API clients (Standard Webhooks, signed with whsec_ secrets), administered by operator "
        + "IT: register, pause, resume, rotate the secret, end; and the delivery log with every attempt")
@RolesAllowed(Roles.ADMIN)
public class WebhookSubscriptionResource {

    static final int DEFAULT_LOG_LIMIT = 100;
    static final int MAX_LOG_LIMIT = 1000;
    /** The longest overlap of two secrets: long enough for a receiver's change window, short enough to end. */
    static final Duration MAX_OVERLAP = Duration.ofDays(30);

    /**
     * {@code client}: the API client whose requests are delivered, as it appears in {@code submittedBy};
     * {@code secret}: optional {@code whsec_…} secret, generated when absent.
     */
    public record NewSubscription(
            @Schema(description = "The API client whose requests are delivered, as in submittedBy", example = "prosoz-helpdesk")
            @NotBlank @Size(max = 200) String client,
            @Schema(description = "An absolute https URL (plain http only to the loopback interface)",
                    example = "https://helpdesk.prosoz.example/hooks/ikz-support")
            @NotBlank @Size(max = 2000) String url,
            @Schema(description = "Event types, e.g. support-request.submitted, support-request.status-changed")
            @NotNull @Size(min = 1, max = 20) List<@NotBlank String> eventTypes,
            @Schema(description = "Optional whsec_ secret (base64 key); generated when absent",
                    example = "whsec_VtWC6oqOKyyNE4bwUqFXOZ1rEmr5j3gFhLnka5TdoXg=")
            @Size(max = 200) String secret) {
    }

    /** A new secret (generated when absent) and how long the old one keeps signing (ISO-8601, e.g. PT24H). */
    public record Rotation(
            @Schema(description = "Optional new whsec_ secret; generated when absent",
                    example = "whsec_3q2+7wAAAAAfV0kOq9c8bRj1yZc4nXJm0PpLwQeT5sU=")
            @Size(max = 200) String secret,
            @Schema(description = "How long the old secret keeps signing, PT0S to P30D (default from configuration)",
                    example = "PT24H")
            @Size(max = 40) String overlap) {
    }

    public record Pause(@Schema(example = "Receiver down for maintenance until Monday 06:00")
            @Size(max = 500) String reason) {
    }

    private final Webhooks webhooks;
    private final Caller caller;

    WebhookSubscriptionResource(Webhooks webhooks, Caller caller) {
        this.webhooks = webhooks;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Register a webhook subscription",
            description = "Role ikz-admin (operator IT) only. Subscribes an API client's URL to event types of the "
                    + "changes of its requests. The url must be absolute https (http only to loopback), eventTypes "
                    + "known and subscribable, the secret a whsec_ key; each else 400. The answer shows the secret "
                    + "once, whether given or generated.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the subscription; the body shows"
            + " the secret once",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Webhooks.SubscriptionView.class)))
    public Response register(@RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = NewSubscription.class),
                    examples = @ExampleObject(name = "The PROSOZ helpdesk", value = """
                    {
                      "client": "prosoz-helpdesk",
                      "url": "https://helpdesk.prosoz.example/hooks/ikz-support",
                      "eventTypes": ["support-request.status-changed", "support-request.public-reply"]
                    }
                    """)))
            @Valid @NotNull NewSubscription body, UriInfo uri) {
        Webhooks.SubscriptionView created = webhooks.register(body.client(), body.url(), body.eventTypes(),
                body.secret(), caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "List the webhook subscriptions",
            description = "Role ikz-admin (operator IT) only. The subscriptions not ended, oldest first, without "
                    + "their secrets; with their state (paused, failures in a row). Paged with page and size.")
    public RestResponse<List<Webhooks.SubscriptionView>> list(@QueryParam("page") Integer page,
            @QueryParam("size") Integer size, UriInfo uri) {
        return Paging.of(uri, page, size).respond(webhooks.list(), uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one webhook subscription",
            description = "Role ikz-admin (operator IT) only. The subscription without its secret; an ended one is "
                    + "404.")
    public Webhooks.SubscriptionView get(
            @Parameter(description = "The subscription's id", example = "e4d3c2b1-a0f9-4e8d-9c7b-6a5f4e3d2c10")
            @PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Pause a webhook subscription",
            description = "Role ikz-admin (operator IT) only. Stops deliveries until it is resumed; what happens "
                    + "meanwhile waits. Pausing a paused subscription changes nothing.")
    public Webhooks.SubscriptionView pause(
            @Parameter(description = "The subscription's id", example = "e4d3c2b1-a0f9-4e8d-9c7b-6a5f4e3d2c10")
            @PathParam("id") UUID id, @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Pause.class),
                    examples = @ExampleObject(name = "Maintenance", value = """
                    {
                      "reason": "Receiver down for maintenance until Monday 06:00"
                    }
                    """)))
            @Valid @NotNull Pause body) {
        return webhooks.pause(id, body.reason());
    }

    /** Resumes a paused subscription: what waited is sent at once, in order per request. */
    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume a webhook subscription",
            description = "Role ikz-admin (operator IT) only. Resumes a paused subscription (also one paused after "
                    + "too many failed attempts): the run of failures starts from zero and what waited is sent at "
                    + "once, in order per request.")
    public Webhooks.SubscriptionView resume(
            @Parameter(description = "The subscription's id", example = "e4d3c2b1-a0f9-4e8d-9c7b-6a5f4e3d2c10")
            @PathParam("id") UUID id) {
        return webhooks.resume(id);
    }

    /** Answers the new secret once; both secrets sign deliveries until the overlap ends. */
    @POST
    @Path("{id}/secret-rotation")
    @Operation(summary = "Rotate a subscription's secret",
            description = "Role ikz-admin (operator IT) only. Sets a new secret (given or generated) and answers it "
                    + "once; until the overlap ends deliveries are signed with both secrets, so the receiver can "
                    + "switch. An overlap that is no ISO-8601 duration or outside PT0S to P30D, or a secret equal "
                    + "to the current one, is 400.")
    public Webhooks.SubscriptionView rotate(
            @Parameter(description = "The subscription's id", example = "e4d3c2b1-a0f9-4e8d-9c7b-6a5f4e3d2c10")
            @PathParam("id") UUID id, @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Rotation.class),
                    examples = @ExampleObject(name = "A generated secret, old one valid for a day", value = """
                    {
                      "overlap": "PT24H"
                    }
                    """)))
            @Valid @NotNull Rotation body) {
        Duration overlap = null;
        if (body.overlap() != null) {
            try {
                overlap = Duration.parse(body.overlap());
            } catch (DateTimeParseException | ArithmeticException e) {
                throw new InvalidInput("overlap", "must be an ISO-8601 duration such as PT24H");
            }
            if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
                throw new InvalidInput("overlap", "must be between PT0S and " + MAX_OVERLAP);
            }
        }
        return webhooks.rotate(id, body == null ? null : body.secret(), overlap);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "End a webhook subscription",
            description = "Role ikz-admin (operator IT) only. Ends the subscription: nothing more is delivered, also "
                    + "not what was still waiting; it is no longer listed or readable (404).")
    @APIResponse(responseCode = "204", description = "Ended")
    public Response delete(
            @Parameter(description = "The subscription's id", example = "e4d3c2b1-a0f9-4e8d-9c7b-6a5f4e3d2c10")
            @PathParam("id") UUID id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    /** The newest deliveries first, each with all its attempts. */
    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "Read a subscription's delivery log",
            description = "Role ikz-admin (operator IT) only. The newest deliveries first, each with all its "
                    + "attempts (time, status code, latency, error) and its state. limit outside 1 to 1000 is 400.")
    public List<Webhooks.DeliveryView> deliveries(
            @Parameter(description = "The subscription's id", example = "e4d3c2b1-a0f9-4e8d-9c7b-6a5f4e3d2c10")
            @PathParam("id") UUID id,
            @Parameter(description = "At most this many deliveries, 1 to 1000 (default 100)", example = "100")
            @QueryParam("limit") Integer limit,
            UriInfo uri) {
        Params.onlyKnown(uri, "limit");
        int size = limit == null ? DEFAULT_LOG_LIMIT : limit;
        if (size < 1 || size > MAX_LOG_LIMIT) {
            throw new InvalidInput("limit", "must be between 1 and " + MAX_LOG_LIMIT);
        }
        return webhooks.deliveries(id, size);
    }
}
