package de.kreisunna.ikz.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The overview after sign-in, and the page after sign-out (public). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StartPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start();

        static native TemplateInstance signedOut();
    }

    @GET
    public TemplateInstance start() {
        return Templates.start();
    }

    @GET
    @Path("abgemeldet")
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
