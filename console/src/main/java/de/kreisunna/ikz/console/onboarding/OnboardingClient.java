package de.kreisunna.ikz.console.onboarding;

import de.kreisunna.ikz.console.web.ProblemResponses;
import de.kreisunna.ikz.console.web.UserToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** support-service's onboarding cases of joining towns, called with the signed-in user's token. */
@RegisterRestClient(configKey = "support")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/onboarding-cases")
public interface OnboardingClient {

    record Case(UUID id, String ags, String townName, LocalDate accessionDate, String status, Instant openedAt,
            Instant completedAt, List<Item> checklist) {

        public String statusLabel() {
            return "COMPLETED".equals(status) ? "abgeschlossen" : "offen";
        }

        public long doneCount() {
            return checklist == null ? 0 : checklist.stream().filter(Item::done).count();
        }
    }

    record Item(String item, boolean done, Instant doneAt, String doneBy) {
    }

    @GET
    List<Case> list();

    @GET
    @Path("{id}")
    Case get(@PathParam("id") UUID id);

    @PUT
    @Path("{id}/checklist/{item}")
    Case mark(@PathParam("id") UUID id, @PathParam("item") String item, Map<String, Object> body);
}
