package de.kreisunna.ikz.console.onboarding;

import de.kreisunna.ikz.console.web.FormState;
import de.kreisunna.ikz.console.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/** The Kopfstelle's onboarding of joining towns: each case with its checklist, ticked off item by item. */
@Path("/einfuehrungen")
@Produces(MediaType.TEXT_HTML)
public class OnboardingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<OnboardingClient.Case> cases);

        static native TemplateInstance detail(OnboardingClient.Case onboarding, FormState form);
    }

    @Inject
    @RestClient
    OnboardingClient onboarding;

    @GET
    public TemplateInstance list() {
        return Templates.list(onboarding.list().stream()
                .sorted(Comparator.comparing(OnboardingClient.Case::openedAt).reversed()).toList());
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") UUID id) {
        return Templates.detail(onboarding.get(id), FormState.EMPTY);
    }

    @POST
    @Path("{id}/{item}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object mark(@PathParam("id") UUID id, @PathParam("item") String item, @RestForm String done) {
        return Redirects.perform(() -> onboarding.mark(id, item, Map.of("done", "true".equals(done))),
                "/einfuehrungen/" + id,
                problem -> Templates.detail(onboarding.get(id), FormState.refused(item, Map.of(), problem)));
    }

    /** German names of the checklist items ({@code {item.label}}). */
    @TemplateExtension
    static String label(OnboardingClient.Item item) {
        return switch (item.item()) {
            case "INSTANCE_MIGRATION" -> "Überführung der Instanz in die gemeinsame Installation";
            case "USER_ACCOUNTS" -> "Benutzerkonten und Rechte";
            case "BASIC_TRAINING" -> "Grundschulung der Mitarbeitenden";
            default -> item.item();
        };
    }
}
