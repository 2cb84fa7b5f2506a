package de.kreisunna.ikz.console.trainings;

import static de.kreisunna.ikz.console.web.Forms.blankToNull;
import static de.kreisunna.ikz.console.web.Forms.nullToBlank;
import static de.kreisunna.ikz.console.web.Forms.strings;

import de.kreisunna.ikz.console.web.ApiProblem;
import de.kreisunna.ikz.console.web.FormState;
import de.kreisunna.ikz.console.web.Formats;
import de.kreisunna.ikz.console.web.Forms;
import de.kreisunna.ikz.console.web.Redirects;
import de.kreisunna.ikz.console.web.SignedInUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Trainings: the Kopfstelle schedules and cancels sessions and records attendance; the Kopfstelle and the towns
 * register participants (beyond capacity they go on the waitlist; a cancellation promotes the first waiting).
 */
@Path("/schulungen")
@Produces(MediaType.TEXT_HTML)
public class TrainingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Session> sessions, FormState form);

        static native TemplateInstance detail(Session session, List<Registration> registrations, FormState form);
    }

    @Inject
    @RestClient
    TrainingsClient trainings;

    @Inject
    SignedInUser user;

    @GET
    public TemplateInstance list() {
        return listPage(FormState.EMPTY);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object schedule(@RestForm String topic, @RestForm String startsAt, @RestForm String endsAt,
            @RestForm String format, @RestForm String place, @RestForm String capacity) {
        Map<String, Object> body = sessionBody(topic, startsAt, endsAt, format, place);
        body.put("capacity", Forms.number(capacity));
        try {
            return Redirects.seeOther("/schulungen/" + trainings.schedule(body).id());
        } catch (ApiProblem problem) {
            return Response.status(problem.status()).entity(listPage(FormState.refused("schedule",
                    strings(asTyped(body, startsAt, endsAt)), problem))).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") UUID id) {
        return detailPage(id, FormState.EMPTY);
    }

    @POST
    @Path("{id}/anmeldungen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object register(@PathParam("id") UUID id, @RestForm String ags, @RestForm String participantName,
            @RestForm String participantEmail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ags", user.isTown() ? null : blankToNull(ags));
        body.put("participantName", nullToBlank(participantName));
        body.put("participantEmail", blankToNull(participantEmail));
        return act(id, "register", body, () -> trainings.register(id, body));
    }

    @POST
    @Path("{id}/anmeldungen/{registrationId}/stornieren")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object cancelRegistration(@PathParam("id") UUID id, @PathParam("registrationId") UUID registrationId) {
        return act(id, "cancel-" + registrationId, Map.of(), () -> trainings.cancelRegistration(id, registrationId));
    }

    @POST
    @Path("{id}/anmeldungen/{registrationId}/teilnahme")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object attendance(@PathParam("id") UUID id, @PathParam("registrationId") UUID registrationId,
            @RestForm String attended) {
        Map<String, Object> body = Map.of("attended", "true".equals(attended));
        return act(id, "attendance-" + registrationId, body, () -> trainings.attendance(id, registrationId, body));
    }

    @POST
    @Path("{id}/bearbeiten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object edit(@PathParam("id") UUID id, @RestForm String topic, @RestForm String startsAt,
            @RestForm String endsAt, @RestForm String format, @RestForm String place) {
        Map<String, Object> body = sessionBody(topic, startsAt, endsAt, format, place);
        return act(id, "edit", asTyped(body, startsAt, endsAt), () -> trainings.edit(id, body));
    }

    @POST
    @Path("{id}/absagen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object cancel(@PathParam("id") UUID id, @RestForm String reason) {
        Map<String, Object> body = Map.of("reason", nullToBlank(reason));
        return act(id, "cancel", body, () -> trainings.cancel(id, body));
    }

    private Object act(UUID id, String form, Map<String, Object> values, Runnable call) {
        return Redirects.perform(call, "/schulungen/" + id,
                problem -> detailPage(id, FormState.refused(form, strings(values), problem)));
    }

    private TemplateInstance listPage(FormState form) {
        List<Session> sessions = trainings.sessions().stream().sorted(Comparator.comparing(Session::startsAt)).toList();
        return Templates.list(sessions, form);
    }

    private TemplateInstance detailPage(UUID id, FormState form) {
        Session session = trainings.session(id);
        List<Registration> registrations = trainings.registrations(id).stream()
                .sorted(Comparator.comparing(Registration::registeredAt)).toList();
        return Templates.detail(session, registrations, form);
    }

    /** What a session is, when and where: the body for scheduling and for changing it. */
    private static Map<String, Object> sessionBody(String topic, String startsAt, String endsAt, String format,
            String place) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("topic", nullToBlank(topic));
        body.put("startsAt", berlinToOffset(startsAt));
        body.put("endsAt", berlinToOffset(endsAt));
        body.put("format", blankToNull(format));
        body.put("place", blankToNull(place));
        return body;
    }

    /** The body with the times as the user typed them, for showing the form again. */
    private static Map<String, Object> asTyped(Map<String, Object> body, String startsAt, String endsAt) {
        Map<String, Object> shown = new LinkedHashMap<>(body);
        shown.put("startsAt", nullToBlank(startsAt));
        shown.put("endsAt", nullToBlank(endsAt));
        return shown;
    }

    /** A {@code datetime-local} value is Berlin time; anything unreadable goes as typed, and the service names it. */
    static Object berlinToOffset(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v).atZone(Formats.ZONE).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            return v;
        }
    }
}
