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
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Webhook subscriptions of API clients, administered by operator IT ({@code ikz-admin}): register, pause,
 * resume, rotate the secret, end; and the delivery log (attempts, status codes, latency).
 */
@Path("/webhook-subscriptions")
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
    public record NewSubscription(@NotBlank @Size(max = 200) String client, @NotBlank @Size(max = 2000) String url,
            @NotNull @Size(min = 1, max = 20) List<@NotBlank String> eventTypes, @Size(max = 200) String secret) {
    }

    /** A new secret (generated when absent) and how long the old one keeps signing (ISO-8601, e.g. PT24H). */
    public record Rotation(@Size(max = 200) String secret, @Size(max = 40) String overlap) {
    }

    public record Pause(@Size(max = 500) String reason) {
    }

    private final Webhooks webhooks;
    private final Caller caller;

    WebhookSubscriptionResource(Webhooks webhooks, Caller caller) {
        this.webhooks = webhooks;
        this.caller = caller;
    }

    @POST
    public Response register(@Valid @NotNull NewSubscription body, UriInfo uri) {
        Webhooks.SubscriptionView created = webhooks.register(body.client(), body.url(), body.eventTypes(),
                body.secret(), caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    public RestResponse<List<Webhooks.SubscriptionView>> list(@QueryParam("page") Integer page,
            @QueryParam("size") Integer size, UriInfo uri) {
        return Paging.of(uri, page, size).respond(webhooks.list(), uri);
    }

    @GET
    @Path("{id}")
    public Webhooks.SubscriptionView get(@PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @POST
    @Path("{id}/pause")
    public Webhooks.SubscriptionView pause(@PathParam("id") UUID id, @Valid @NotNull Pause body) {
        return webhooks.pause(id, body.reason());
    }

    /** Resumes a paused subscription: what waited is sent at once, in order per request. */
    @POST
    @Path("{id}/resume")
    public Webhooks.SubscriptionView resume(@PathParam("id") UUID id) {
        return webhooks.resume(id);
    }

    /** Answers the new secret once; both secrets sign deliveries until the overlap ends. */
    @POST
    @Path("{id}/secret-rotation")
    public Webhooks.SubscriptionView rotate(@PathParam("id") UUID id, @Valid @NotNull Rotation body) {
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
    public Response delete(@PathParam("id") UUID id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    /** The newest deliveries first, each with all its attempts. */
    @GET
    @Path("{id}/deliveries")
    public List<Webhooks.DeliveryView> deliveries(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            UriInfo uri) {
        Params.onlyKnown(uri, "limit");
        int size = limit == null ? DEFAULT_LOG_LIMIT : limit;
        if (size < 1 || size > MAX_LOG_LIMIT) {
            throw new InvalidInput("limit", "must be between 1 and " + MAX_LOG_LIMIT);
        }
        return webhooks.deliveries(id, size);
    }
}
