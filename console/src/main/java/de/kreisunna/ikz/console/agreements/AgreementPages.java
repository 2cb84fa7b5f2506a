package de.kreisunna.ikz.console.agreements;

import static de.kreisunna.ikz.console.web.Forms.blankToNull;
import static de.kreisunna.ikz.console.web.Forms.nullToBlank;
import static de.kreisunna.ikz.console.web.Forms.strings;

import de.kreisunna.ikz.console.accession.MembershipClient;
import de.kreisunna.ikz.console.web.FormState;
import de.kreisunna.ikz.console.web.Formats;
import de.kreisunna.ikz.console.web.Redirects;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Kreis IT's view of the agreements: parties and roles, lifecycle dates, council resolutions, and on a draft or a
 * concluded agreement the next step of its lifecycle (record a resolution, conclude, enter into force). Whether a
 * step is allowed is membership-service's decision; a refusal is shown beside the form's fields.
 */
@Path("/vereinbarungen")
@Produces(MediaType.TEXT_HTML)
public class AgreementPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<MembershipClient.Agreement> agreements);

        static native TemplateInstance detail(MembershipClient.Agreement agreement,
                List<MembershipClient.Resolution> resolutions, List<MembershipClient.Member> members,
                LocalDate membersOn, String effectiveFrom, FormState form);
    }

    @Inject
    @RestClient
    MembershipClient membership;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance list() {
        return Templates.list(membership.agreements());
    }

    /** {@code wirksamAb}: the accession day planned on the accession page, proposed as the day of effect. */
    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") String id, @RestQuery("wirksamAb") String effectiveFrom) {
        return detailPage(id, day(effectiveFrom), FormState.EMPTY);
    }

    @POST
    @Path("{id}/beschluesse")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object recordResolution(@PathParam("id") String id, @RestForm String ags, @RestForm String body,
            @RestForm String decidedOn, @RestForm String subject, @RestForm String accedingAgs,
            @RestForm String paperNumber, @RestForm String kind, @RestForm String outcome, @RestForm String note,
            @RestForm("wirksamAb") String effectiveFrom) {
        Map<String, Object> resolution = new LinkedHashMap<>();
        resolution.put("ags", nullToBlank(ags));
        resolution.put("body", blankToNull(body));
        resolution.put("decidedOn", blankToNull(decidedOn));
        resolution.put("subject", blankToNull(subject));
        resolution.put("accedingAgs", "ACCESSION".equals(subject) ? blankToNull(accedingAgs) : null);
        resolution.put("paperNumber", blankToNull(paperNumber));
        resolution.put("kind", blankToNull(kind));
        resolution.put("outcome", blankToNull(outcome));
        resolution.put("note", blankToNull(note));
        return act(id, effectiveFrom, "resolution", resolution, () -> membership.recordResolution(id, resolution));
    }

    @POST
    @Path("{id}/abschluss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object conclude(@PathParam("id") String id, @RestForm String concludedOn,
            @RestForm("wirksamAb") String effectiveFrom) {
        Map<String, Object> conclusion = new LinkedHashMap<>();
        conclusion.put("concludedOn", blankToNull(concludedOn));
        return act(id, effectiveFrom, "conclusion", conclusion, () -> membership.conclude(id, conclusion));
    }

    /** Withdraws a draft that will not be concluded (it stays on record as "verworfen"). */
    @POST
    @Path("{id}/verwerfen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object withdraw(@PathParam("id") String id) {
        return act(id, null, "withdrawal", Map.of(), () -> membership.withdraw(id));
    }

    @POST
    @Path("{id}/inkrafttreten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object enterIntoForce(@PathParam("id") String id, @RestForm String approvedOn, @RestForm String authority,
            @RestForm String publishedOn, @RestForm String publishedIn, @RestForm String effectiveFrom) {
        Map<String, Object> approval = new LinkedHashMap<>();
        approval.put("approvedOn", blankToNull(approvedOn));
        approval.put("authority", nullToBlank(authority));
        Map<String, Object> publication = new LinkedHashMap<>();
        publication.put("publishedOn", blankToNull(publishedOn));
        publication.put("publishedIn", nullToBlank(publishedIn));
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("supervisoryApproval", approval);
        step.put("publication", publication);
        step.put("effectiveFrom", blankToNull(effectiveFrom));
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("approvedOn", blankToNull(approvedOn));
        shown.put("authority", authority);
        shown.put("publishedOn", blankToNull(publishedOn));
        shown.put("publishedIn", publishedIn);
        shown.put("effectiveFrom", blankToNull(effectiveFrom));
        return act(id, null, "entry", shown, () -> membership.enterIntoForce(id, step));
    }

    /** Performs a lifecycle step; the planned day of effect travels along until the entry into force. */
    private Object act(String id, String effectiveFrom, String form, Map<String, Object> values, Runnable call) {
        String planned = day(effectiveFrom);
        return Redirects.perform(call, "/vereinbarungen/" + id + (planned.isEmpty() ? "" : "?wirksamAb=" + planned),
                problem -> detailPage(id, planned, FormState.refused(form, strings(values), problem)));
    }

    /** A day as the form sent it, or "" when it is none (it goes back into a URL). */
    private static String day(String value) {
        try {
            return value == null ? "" : LocalDate.parse(value.trim()).toString();
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    private TemplateInstance detailPage(String id, String effectiveFrom, FormState form) {
        MembershipClient.Agreement agreement = membership.agreement(id);
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        LocalDate membersOn = agreement.inForceFrom() != null && agreement.inForceFrom().isAfter(today) ? agreement.inForceFrom() : today;
        List<MembershipClient.Member> members = agreement.isInForce() ? membership.members(id, membersOn) : List.of();
        return Templates.detail(agreement, membership.resolutions(id), members, membersOn, effectiveFrom, form);
    }
}
