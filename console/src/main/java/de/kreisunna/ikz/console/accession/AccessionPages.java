package de.kreisunna.ikz.console.accession;

import static de.kreisunna.ikz.console.web.Forms.blankToNull;
import static de.kreisunna.ikz.console.web.Forms.nullToBlank;

import de.kreisunna.ikz.console.invoices.CostingClient;
import de.kreisunna.ikz.console.invoices.Estimate;
import de.kreisunna.ikz.console.web.ApiProblem;
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
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Kreis IT prepares a town's accession. A town becomes a party only by a successor agreement that names it, so the
 * page first shows costing-service's estimate of the town's share (nothing recorded), then drafts that successor:
 * the agreement in force with the same terms and the new town as a further member. Council resolutions, the
 * conclusion and the entry into force are recorded on the draft's page, where membership-service decides each step.
 */
@Path("/beitritt")
@Produces(MediaType.TEXT_HTML)
public class AccessionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(List<MembershipClient.Agreement> agreements,
                List<MembershipClient.Municipality> municipalities, Map<String, String> values, Estimate estimate,
                FormState form);
    }

    @Inject
    @RestClient
    MembershipClient membership;

    @Inject
    @RestClient
    CostingClient costing;

    /** Without parameters the empty form; with them, the estimate for that town and day (read only). */
    @GET
    public Object form(@RestQuery String agreementId, @RestQuery String ags, @RestQuery String validFrom) {
        Map<String, String> values = values(agreementId, ags, validFrom, null);
        if (blankToNull(ags) == null && blankToNull(validFrom) == null) {
            return page(values, null, FormState.EMPTY);
        }
        try {
            Estimate estimate = costing.estimate(blankToNull(ags), blankToNull(validFrom), null);
            values.put("successorId", suggestedId(agreementId, ags));
            return page(values, estimate, FormState.EMPTY);
        } catch (ApiProblem problem) {
            return Response.status(problem.status()).entity(page(values, null,
                    FormState.refused("estimate", values, problem))).build();
        }
    }

    /** Drafts the successor agreement naming the town; its page continues with resolutions and conclusion. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object draft(@RestForm String agreementId, @RestForm String ags, @RestForm String validFrom,
            @RestForm String successorId) {
        Map<String, String> values = values(agreementId, ags, validFrom, successorId);
        MembershipClient.Agreement current = membership.agreement(nullToBlank(agreementId));
        String town = nullToBlank(ags);
        return Redirects.perform(() -> membership.createAgreement(successorOf(current, town, nullToBlank(successorId))),
                "/vereinbarungen/" + nullToBlank(successorId) + "?wirksamAb=" + URLEncoder.encode(nullToBlank(validFrom), StandardCharsets.UTF_8),
                problem -> page(values, null, FormState.refused("draft", values, problem)));
    }

    /** The agreement in force with the same terms and the joining town as a further MEMBER party. */
    static Map<String, Object> successorOf(MembershipClient.Agreement current, String ags, String successorId) {
        List<Map<String, Object>> parties = new ArrayList<>();
        current.parties().forEach(p -> parties.add(Map.of("ags", p.ags(), "role", p.role())));
        parties.add(Map.of("ags", ags, "role", "MEMBER"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", successorId);
        body.put("title", current.title() + " (Beitritt " + ags + ")");
        body.put("subject", current.subject());
        body.put("legalBasis", current.legalBasis());
        body.put("predecessorId", current.agreementId());
        body.put("parties", parties);
        body.put("costClause", current.costClause());
        body.put("noticeRule", current.noticeRule());
        return body;
    }

    private static String suggestedId(String agreementId, String ags) {
        String base = nullToBlank(agreementId);
        String suffix = "-beitritt-" + nullToBlank(ags);
        return (base.length() + suffix.length() > 50 ? base.substring(0, Math.max(1, 50 - suffix.length())) : base) + suffix;
    }

    private TemplateInstance page(Map<String, String> values, Estimate estimate, FormState form) {
        List<MembershipClient.Agreement> inForce = membership.agreements().stream()
                .filter(MembershipClient.Agreement::isInForce).toList();
        return Templates.form(inForce, membership.municipalities(), values, estimate, form);
    }

    private static Map<String, String> values(String agreementId, String ags, String validFrom, String successorId) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("agreementId", nullToBlank(agreementId));
        values.put("ags", nullToBlank(ags));
        values.put("validFrom", nullToBlank(validFrom));
        values.put("successorId", nullToBlank(successorId));
        return values;
    }
}
