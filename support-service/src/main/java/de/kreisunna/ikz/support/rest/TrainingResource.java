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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Training sessions of the Kopfstelle and the towns' registrations; a town sees only its own registrations. */
@Path("/trainings")
@Tag(name = "Trainings",
        description = "Training sessions of the Kopfstelle for the towns' caseworkers: scheduling, rescheduling and "
        + "cancelling; registrations with a seat or a place on the waitlist; attendance")
public class TrainingResource {

    public record ScheduleSession(@Schema(example = "AsylbLG basics: benefit notices in OPEN/PROSOZ")
            @NotBlank @Size(max = 200) String topic,
            @Schema(example = "2026-05-12T09:00:00+02:00") @NotNull OffsetDateTime startsAt,
            @Schema(example = "2026-05-12T12:30:00+02:00") @NotNull OffsetDateTime endsAt,
            @NotNull Format format,
            @Schema(description = "Required for ON_SITE sessions",
                    example = "Kreishaus Unna, Friedrich-Ebert-Straße 17, room 2.114")
            @Size(max = 500) String place,
            @Schema(example = "12") @NotNull @Min(1) @Max(1000) Integer capacity) {
    }

    /** A session's new details; its capacity is not changed this way. */
    public record EditSession(@Schema(example = "AsylbLG basics: benefit notices in OPEN/PROSOZ")
            @NotBlank @Size(max = 200) String topic,
            @Schema(example = "2026-05-19T09:00:00+02:00") @NotNull OffsetDateTime startsAt,
            @Schema(example = "2026-05-19T12:30:00+02:00") @NotNull OffsetDateTime endsAt,
            @NotNull Format format,
            @Schema(description = "Required for ON_SITE sessions",
                    example = "Kreishaus Unna, Friedrich-Ebert-Straße 17, room 2.114")
            @Size(max = 500) String place) {
    }

    public record Register(
            @Schema(description = "The participant's town; a town's token may only name its own (or omit it)",
                    example = "05978036")
            @Pattern(regexp = SupportRequestResource.AGS, message = SupportRequestResource.AGS_RULE) String ags,
            @Schema(example = "Aylin Demir") @NotBlank @Size(max = 200) String participantName,
            @Schema(example = "aylin.demir@unna.de") @Email @Size(max = 200) String participantEmail) {
    }

    public record Cancellation(@Schema(example = "The trainer is ill; a new date follows.")
            @NotBlank @Size(max = 2000) String reason) {
    }

    public record Attendance(@Schema(example = "true") @NotNull Boolean attended) {
    }

    private final TrainingService trainings;
    private final Actors actors;

    TrainingResource(TrainingService trainings, Actors actors) {
        this.trainings = trainings;
        this.actors = actors;
    }

    @POST
    @RolesAllowed(Roles.KOPFSTELLE)
    @Operation(summary = "Schedule a training session",
            description = "Role kopfstelle only. A session with topic, time, format (ON_SITE needs a place) and "
                    + "capacity (1 to 1000 seats). endsAt not after startsAt, or an ON_SITE session without a "
                    + "place, is 400.")
    @APIResponse(responseCode = "201", description = "Scheduled; Location names the session",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionView.class)))
    public Response schedule(@RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ScheduleSession.class),
                    examples = @ExampleObject(name = "An on-site session in Unna", value = """
                    {
                      "topic": "AsylbLG basics: benefit notices in OPEN/PROSOZ",
                      "startsAt": "2026-05-12T09:00:00+02:00",
                      "endsAt": "2026-05-12T12:30:00+02:00",
                      "format": "ON_SITE",
                      "place": "Kreishaus Unna, Friedrich-Ebert-Straße 17, room 2.114",
                      "capacity": 12
                    }
                    """)))
            @Valid @NotNull ScheduleSession body, UriInfo uri) {
        SessionView session = trainings.schedule(new TrainingService.NewSession(body.topic(), body.startsAt().toInstant(),
                body.endsAt().toInstant(), body.format(), body.place(), body.capacity()), actors.current());
        return Response.created(uri.getAbsolutePathBuilder().path(session.id().toString()).build())
                .type(MediaType.APPLICATION_JSON).entity(session).build();
    }

    @GET
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN, Roles.MUNICIPALITY})
    @Operation(summary = "List the training sessions",
            description = "Roles kopfstelle, ikz-admin, municipality. Every session, by start time, with its "
                    + "occupancy (confirmed, waitlisted, free seats); participants are not listed here. Paged with "
                    + "page and size.")
    public RestResponse<List<SessionView>> sessions(@QueryParam("page") Integer page,
            @QueryParam("size") Integer size, UriInfo uri) {
        return Paging.of(uri, page, size).respond(trainings.sessions(), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.ADMIN, Roles.MUNICIPALITY})
    @Operation(summary = "Read one training session",
            description = "Roles kopfstelle, ikz-admin, municipality. The session with its occupancy and, if "
                    + "cancelled, when and why.")
    public SessionView session(
            @Parameter(description = "The training session's id", example = "5e3b9a1c-2d4f-4a6b-8c1e-3f5a7b9d0c12")
            @PathParam("id") UUID id) {
        return trainings.session(id);
    }

    /** Changes topic, time, format and place of a session that has not begun; seats and registrations stay. */
    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.KOPFSTELLE)
    @Operation(summary = "Reschedule a training session",
            description = "Role kopfstelle only. Replaces topic, time, format and place of a session that has not "
                    + "begun; its capacity, seats and registrations stay. endsAt not after startsAt, or an ON_SITE "
                    + "session without a place, is 400; a cancelled session, or one that has begun, is 409.")
    @APIResponse(responseCode = "200", description = "The session as it now is",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "409", description = "The session is cancelled or has begun")
    public SessionView edit(
            @Parameter(description = "The training session's id", example = "5e3b9a1c-2d4f-4a6b-8c1e-3f5a7b9d0c12")
            @PathParam("id") UUID id, @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = EditSession.class),
                    examples = @ExampleObject(name = "Moved by a week, now online", value = """
                    {
                      "topic": "AsylbLG basics: benefit notices in OPEN/PROSOZ",
                      "startsAt": "2026-05-19T09:00:00+02:00",
                      "endsAt": "2026-05-19T12:30:00+02:00",
                      "format": "ONLINE"
                    }
                    """)))
            @Valid @NotNull EditSession body) {
        return trainings.reschedule(id, body.topic(), body.startsAt().toInstant(), body.endsAt().toInstant(),
                body.format(), body.place());
    }

    /** Cancels the session and every registration; publishes {@code ikz.support.TrainingSessionCancelled.v1}. */
    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Roles.KOPFSTELLE)
    @Operation(summary = "Cancel a training session",
            description = "Role kopfstelle only. Cancels the session and every registration with the reason, and "
                    + "publishes ikz.support.TrainingSessionCancelled.v1 naming the affected participants and "
                    + "towns. A session already cancelled, or one that has ended, is 409.")
    @APIResponse(responseCode = "200", description = "The session, now CANCELLED",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "409", description = "The session is already cancelled or has already taken place")
    public SessionView cancel(
            @Parameter(description = "The training session's id", example = "5e3b9a1c-2d4f-4a6b-8c1e-3f5a7b9d0c12")
            @PathParam("id") UUID id, @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Cancellation.class),
                    examples = @ExampleObject(name = "A cancellation", value = """
                    {
                      "reason": "The trainer is ill; a new date follows."
                    }
                    """)))
            @Valid @NotNull Cancellation body) {
        return trainings.cancelSession(id, body.reason(), actors.current());
    }

    /** 201 with status CONFIRMED (a seat) or WAITLISTED (with its position). */
    @POST
    @Path("{id}/registrations")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.MUNICIPALITY})
    @Operation(summary = "Register a participant for a session",
            description = "Roles kopfstelle, municipality. A town's token registers for its own town (another AGS is "
                    + "400), the Kopfstelle names the town, which must be known to the cooperation (a member, or "
                    + "one about to join; else 400). The participant gets the lowest free seat (CONFIRMED) or, when "
                    + "the session is full, a place on the waitlist (WAITLISTED, with its position). A cancelled "
                    + "session, one that has begun, or a participant of the town already registered for the "
                    + "session, is 409.")
    @APIResponse(responseCode = "201", description = "Registered, CONFIRMED or WAITLISTED; Location names the"
            + " registration",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "409", description = "The session is cancelled or has begun, or the participant is"
            + " already registered")
    public Response register(
            @Parameter(description = "The training session's id", example = "5e3b9a1c-2d4f-4a6b-8c1e-3f5a7b9d0c12")
            @PathParam("id") UUID id, @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Register.class),
                    examples = @ExampleObject(name = "A caseworker of Unna", value = """
                    {
                      "ags": "05978036",
                      "participantName": "Aylin Demir",
                      "participantEmail": "aylin.demir@unna.de"
                    }
                    """)))
            @Valid @NotNull Register body, UriInfo uri) {
        RegistrationView registration = trainings.register(id, body.ags(), body.participantName(),
                body.participantEmail(), actors.current());
        return Response.created(uri.getAbsolutePathBuilder().path(registration.id().toString()).build())
                .type(MediaType.APPLICATION_JSON).entity(registration).build();
    }

    @GET
    @Path("{id}/registrations")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.MUNICIPALITY})
    @Operation(summary = "List a session's registrations",
            description = "Roles kopfstelle, municipality. The registrations in order of arrival, with status and "
                    + "waitlist position; a town's token sees only its own town's participants. Paged with page and "
                    + "size.")
    public RestResponse<List<RegistrationView>> registrations(
            @Parameter(description = "The training session's id", example = "5e3b9a1c-2d4f-4a6b-8c1e-3f5a7b9d0c12")
            @PathParam("id") UUID id,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        return Paging.of(uri, page, size).respond(trainings.registrations(id, actors.current()), uri);
    }

    /** Cancels a registration; a freed seat goes to the first on the waitlist. */
    @POST
    @Path("{id}/registrations/{registrationId}/cancel")
    @RolesAllowed({Roles.KOPFSTELLE, Roles.MUNICIPALITY})
    @Operation(summary = "Cancel a registration",
            description = "Roles kopfstelle, municipality; a town's token cancels only its own town's registrations "
                    + "(another's is 404). Possible until the session begins; a seat it frees goes at once to the "
                    + "first on the waitlist, whose town is told by ikz.support.TrainingRegistrationPromoted.v1. A "
                    + "cancelled or begun session, or a registration already cancelled, is 409.")
    @APIResponse(responseCode = "200", description = "The registration, now CANCELLED",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "409", description = "The session is cancelled or has begun, or the registration is"
            + " already cancelled")
    public RegistrationView cancelRegistration(
            @Parameter(description = "The training session's id", example = "5e3b9a1c-2d4f-4a6b-8c1e-3f5a7b9d0c12")
            @PathParam("id") UUID id,
            @Parameter(description = "The registration's id", example = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")
            @PathParam("registrationId") UUID registrationId) {
        return trainings.cancelRegistration(id, registrationId, actors.current());
    }

    @PUT
    @Path("{id}/registrations/{registrationId}/attendance")
    @RolesAllowed(Roles.KOPFSTELLE)
    @Operation(summary = "Record a participant's attendance",
            description = "Role kopfstelle only. Records whether a CONFIRMED participant attended, once the session "
                    + "has begun. A session not yet begun or cancelled, or a registration that is not CONFIRMED, is "
                    + "409.")
    @APIResponse(responseCode = "200", description = "The registration with its attendance",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "409", description = "The session has not begun or was cancelled, or the participant"
            + " is not CONFIRMED")
    public RegistrationView attendance(
            @Parameter(description = "The training session's id", example = "5e3b9a1c-2d4f-4a6b-8c1e-3f5a7b9d0c12")
            @PathParam("id") UUID id,
            @Parameter(description = "The registration's id", example = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")
            @PathParam("registrationId") UUID registrationId,
            @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Attendance.class),
                    examples = @ExampleObject(name = "Attended", value = """
                    {
                      "attended": true
                    }
                    """)))
            @Valid @NotNull Attendance body) {
        return trainings.recordAttendance(id, registrationId, body.attended(), actors.current());
    }
}
