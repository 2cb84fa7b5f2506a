package de.kreisunna.ikz.console.municipalities;

import static de.kreisunna.ikz.console.web.Forms.blankToNull;
import static de.kreisunna.ikz.console.web.Forms.nullToBlank;
import static de.kreisunna.ikz.console.web.Forms.strings;

import de.kreisunna.ikz.console.accession.MembershipClient;
import de.kreisunna.ikz.console.web.FormState;
import de.kreisunna.ikz.console.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Kreis IT's municipalities: each with its master data (Leitweg-ID, invoice address, contact: entered once here,
 * invoiced with by costing), use of the procedure and memberships; a town that is to join is registered first.
 */
@Path("/gemeinden")
@Produces(MediaType.TEXT_HTML)
public class MunicipalityPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<MembershipClient.Municipality> municipalities, FormState form);
    }

    @Inject
    @RestClient
    MembershipClient membership;

    @GET
    public TemplateInstance list() {
        return page(FormState.EMPTY);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object register(@RestForm String ags, @RestForm String name, @RestForm String kind,
            @RestForm String leitwegId, @RestForm String recipient, @RestForm String street,
            @RestForm String postalCode, @RestForm String city, @RestForm String contactName,
            @RestForm String contactEmail, @RestForm String contactPhone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ags", nullToBlank(ags));
        body.put("name", nullToBlank(name));
        body.put("kind", blankToNull(kind));
        body.put("leitwegId", blankToNull(leitwegId));
        if (blankToNull(street) != null || blankToNull(postalCode) != null || blankToNull(city) != null) {
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("recipient", blankToNull(recipient));
            address.put("street", nullToBlank(street));
            address.put("postalCode", nullToBlank(postalCode));
            address.put("city", nullToBlank(city));
            body.put("invoiceAddress", address);
        }
        if (blankToNull(contactName) != null || blankToNull(contactEmail) != null) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("name", nullToBlank(contactName));
            contact.put("email", blankToNull(contactEmail));
            contact.put("phone", blankToNull(contactPhone));
            body.put("contact", contact);
        }
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("ags", ags);
        shown.put("name", name);
        shown.put("kind", kind);
        shown.put("leitwegId", leitwegId);
        shown.put("recipient", recipient);
        shown.put("street", street);
        shown.put("postalCode", postalCode);
        shown.put("city", city);
        shown.put("contactName", contactName);
        shown.put("contactEmail", contactEmail);
        shown.put("contactPhone", contactPhone);
        return Redirects.perform(() -> membership.register(body), "/gemeinden",
                problem -> page(FormState.refused("register", strings(shown), problem)));
    }

    private TemplateInstance page(FormState form) {
        return Templates.list(membership.municipalities(), form);
    }
}
