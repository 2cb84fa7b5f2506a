package de.kreisunna.ikz.console.requests;

import de.kreisunna.ikz.console.web.ProblemResponses;
import de.kreisunna.ikz.console.web.UserToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** support-service's support requests, called with the signed-in user's token. */
@RegisterRestClient(configKey = "support")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/support-requests")
public interface RequestsClient {

    @GET
    List<Request> list(@QueryParam("status") String status, @QueryParam("category") String category,
            @QueryParam("ags") String ags);

    @GET
    @Path("{id}")
    Request get(@PathParam("id") UUID id);

    @POST
    Request submit(Map<String, Object> body);

    @POST
    @Path("{id}/comments")
    Request comment(@PathParam("id") UUID id, Map<String, Object> body);

    @POST
    @Path("{id}/start")
    Request start(@PathParam("id") UUID id);

    @POST
    @Path("{id}/wait-for-requester")
    Request askRequester(@PathParam("id") UUID id, Map<String, Object> body);

    @POST
    @Path("{id}/resolve")
    Request resolve(@PathParam("id") UUID id, Map<String, Object> body);

    @POST
    @Path("{id}/reject")
    Request reject(@PathParam("id") UUID id, Map<String, Object> body);

    @POST
    @Path("{id}/forward")
    Request forward(@PathParam("id") UUID id, Map<String, Object> body);

    @POST
    @Path("{id}/close")
    Request close(@PathParam("id") UUID id);

    @POST
    @Path("{id}/reopen")
    Request reopen(@PathParam("id") UUID id, Map<String, Object> body);

    @PUT
    @Path("{id}/assignee")
    Request assign(@PathParam("id") UUID id, Map<String, Object> body);

    @PUT
    @Path("{id}/priority")
    Request prioritise(@PathParam("id") UUID id, Map<String, Object> body);
}
