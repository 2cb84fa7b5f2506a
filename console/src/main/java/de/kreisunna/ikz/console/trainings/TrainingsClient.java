package de.kreisunna.ikz.console.trainings;

import de.kreisunna.ikz.console.web.ProblemResponses;
import de.kreisunna.ikz.console.web.UserToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** support-service's training sessions and registrations, called with the signed-in user's token. */
@RegisterRestClient(configKey = "support")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/trainings")
public interface TrainingsClient {

    @GET
    List<Session> sessions();

    @POST
    Session schedule(Map<String, Object> body);

    @GET
    @Path("{id}")
    Session session(@PathParam("id") UUID id);

    @PUT
    @Path("{id}")
    Session edit(@PathParam("id") UUID id, Map<String, Object> body);

    @POST
    @Path("{id}/cancel")
    Session cancel(@PathParam("id") UUID id, Map<String, Object> body);

    @GET
    @Path("{id}/registrations")
    List<Registration> registrations(@PathParam("id") UUID id);

    @POST
    @Path("{id}/registrations")
    Registration register(@PathParam("id") UUID id, Map<String, Object> body);

    @POST
    @Path("{id}/registrations/{registrationId}/cancel")
    Registration cancelRegistration(@PathParam("id") UUID id, @PathParam("registrationId") UUID registrationId);

    @PUT
    @Path("{id}/registrations/{registrationId}/attendance")
    Registration attendance(@PathParam("id") UUID id, @PathParam("registrationId") UUID registrationId,
            Map<String, Object> body);
}
