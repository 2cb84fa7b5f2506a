package de.kreisunna.ikz.support.rest;

import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.support.training.Format;
import de.kreisunna.ikz.support.training.TrainingService;
import de.kreisunna.ikz.support.training.TrainingViews.RegistrationView;
import de.kreisunna.ikz.support.training.TrainingViews.SessionView;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** Training sessions of the Kopfstelle and the towns' registrations; a town sees only its own registrations. */
@Path("/trainings")
public class TrainingResource {

    public record ScheduleSession(@NotBlank @Size(max = 200) String topic,
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt,
            @NotNull Format format,
            @Size(max = 500) String place,
            @NotNull @Min(1) @Max(1000) Integer capacity) {
    }

    /** A session's new details; its capacity is not changed this way. */
    public record EditSession(@NotBlank @Size(max = 200) String topic,
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt,
            @NotNull Format format,
            @Size(max = 500) String place) {
    }

    public record Register(@Pattern(regexp = SupportRequestResource.AGS, message = SupportRequestResource.AGS_RULE) String ags,
            @NotBlank @Size(max = 200) String participantName,
            @Email @Size(max = 200) String participantEmail) {
    }

    public record Cancellation(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Attendance(@NotNull Boolean attended) {
    }

    private final TrainingService trainings;
    private final Actors actors;

    TrainingResource(TrainingService trainings, Actors actors) {
        this.trainings = trainings;
        this.actors = actors;
    }

    @POST
    @RolesAllowed(Roles.KOPFSTELLE)
    public Response schedule(@Valid @NotNull ScheduleSession body, UriInfo uri) {
        SessionView session = trainings.schedule(new TrainingService.NewSession(body.topic(), body.startsAt().toInstant(),
                body.endsAt().toInstant(), body.format(), body.place(), body.capacity()), actors.current());
        return Response.created(uri.getAbsolutePathBuilder().path(session.id().toString()).build())
                .type(MediaType.APPLICATION_JSON).entity(session).build();
    }

    @GET
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN, Roles.MUNICIPALITY})
    public RestResponse<List<SessionView>> sessions(@QueryParam("page") Integer page,
            @QueryParam("size") Integer size, UriInfo uri) {
        return Paging.of(uri, page, size).respond(trainings.sessions(), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN, Roles.MUNICIPALITY})
    public SessionView session(@PathParam("id") UUID id) {
        return trainings.session(id);
    }

    /** Cancels the session and every registration; publishes {@code ikz.support.TrainingSessionCancelled.v1}. */
    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.KOPFSTELLE)
    public SessionView edit(@PathParam("id") UUID id, @Valid @NotNull EditSession body) {
        return trainings.reschedule(id, body.topic(), body.startsAt().toInstant(), body.endsAt().toInstant(),
                body.format(), body.place());
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Roles.KOPFSTELLE)
    public SessionView cancel(@PathParam("id") UUID id, @Valid @NotNull Cancellation body) {
        return trainings.cancelSession(id, body.reason(), actors.current());
    }

    /** 201 with status CONFIRMED (a seat) or WAITLISTED (with its position). */
    @POST
    @Path("{id}/registrations")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.MUNICIPALITY})
    public Response register(@PathParam("id") UUID id, @Valid @NotNull Register body, UriInfo uri) {
        RegistrationView registration = trainings.register(id, body.ags(), body.participantName(),
                body.participantEmail(), actors.current());
        return Response.created(uri.getAbsolutePathBuilder().path(registration.id().toString()).build())
                .type(MediaType.APPLICATION_JSON).entity(registration).build();
    }

    @GET
    @Path("{id}/registrations")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.MUNICIPALITY})
    public RestResponse<List<RegistrationView>> registrations(@PathParam("id") UUID id,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        return Paging.of(uri, page, size).respond(trainings.registrations(id, actors.current()), uri);
    }

    /** Cancels a registration; a freed seat goes to the first on the waitlist. */
    @POST
    @Path("{id}/registrations/{registrationId}/cancel")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.MUNICIPALITY})
    public RegistrationView cancelRegistration(@PathParam("id") UUID id,
            @PathParam("registrationId") UUID registrationId) {
        return trainings.cancelRegistration(id, registrationId, actors.current());
    }

    @PUT
    @Path("{id}/registrations/{registrationId}/attendance")
    @RolesAllowed(Roles.KOPFSTELLE)
    public RegistrationView attendance(@PathParam("id") UUID id, @PathParam("registrationId") UUID registrationId,
            @Valid @NotNull Attendance body) {
        return trainings.recordAttendance(id, registrationId, body.attended(), actors.current());
    }
}
