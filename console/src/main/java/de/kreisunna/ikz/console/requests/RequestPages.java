package de.kreisunna.ikz.console.requests;

import static de.kreisunna.ikz.console.web.Forms.blankToNull;
import static de.kreisunna.ikz.console.web.Forms.nullToBlank;
import static de.kreisunna.ikz.console.web.Forms.strings;

import de.kreisunna.ikz.console.web.ApiProblem;
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
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** Support requests: the Kopfstelle's and Kreis IT's work queue, a request's page, and a town's own requests. */
@Path("/anfragen")
@Produces(MediaType.TEXT_HTML)
public class RequestPages {

    static final int PAGE_SIZE = 20;

    /** The queue after filtering, sorting and paging. */
    public record Queue(List<Request> requests, int page, int pages, int total, Map<String, String> filter,
            Instant now) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }

        public String previousLink() {
            return pageLink(page - 1);
        }

        public String nextLink() {
            return pageLink(page + 1);
        }

        /** The query string of this filter for another page. */
        String pageLink(int target) {
            StringBuilder link = new StringBuilder("?seite=").append(target);
            filter.forEach((k, v) -> {
                if (!v.isBlank()) {
                    link.append('&').append(k).append('=').append(java.net.URLEncoder.encode(v,
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            });
            return link.toString();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Queue queue, List<Request.Status> statuses,
                List<Request.Category> categories);

        static native TemplateInstance detail(Request request, boolean overdue, FormState form,
                List<Request.Priority> priorities);

        static native TemplateInstance submit(FormState form, List<Request.Category> categories);
    }

    @Inject
    @RestClient
    RequestsClient requests;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance queue(@RestQuery String stadt, @RestQuery String status, @RestQuery String kategorie,
            @RestQuery String faellig, @RestQuery Integer seite) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        List<Request> all = requests.list(blankToNull(status), blankToNull(kategorie), blankToNull(stadt)).stream()
                .filter(r -> switch (faellig == null ? "" : faellig) {
                    case "ueberfaellig" -> r.overdue(now);
                    case "heute" -> r.dueAt() != null && r.dueAt().atZone(Formats.ZONE).toLocalDate().equals(today);
                    default -> true;
                })
                .sorted(Comparator.comparing(Request::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Request::createdAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, seite == null ? 1 : seite), pages);
        List<Request> shown = all.subList((page - 1) * PAGE_SIZE, Math.min(all.size(), page * PAGE_SIZE));
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("stadt", nullToBlank(stadt));
        filter.put("status", nullToBlank(status));
        filter.put("kategorie", nullToBlank(kategorie));
        filter.put("faellig", nullToBlank(faellig));
        return Templates.queue(new Queue(shown, page, pages, all.size(), filter, now), List.of(Request.Status.values()),
                List.of(Request.Category.values()));
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") UUID id) {
        return detailPage(requests.get(id), FormState.EMPTY);
    }

    @GET
    @Path("neu")
    public TemplateInstance newRequest() {
        return Templates.submit(FormState.EMPTY, List.of(Request.Category.values()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object submit(@RestForm String category, @RestForm String subject, @RestForm String description,
            @RestForm String requesterName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", blankToNull(category));
        body.put("subject", subject);
        body.put("description", description);
        body.put("requesterName", blankToNull(requesterName));
        try {
            Request created = requests.submit(body);
            return Redirects.seeOther("/anfragen/" + created.id());
        } catch (ApiProblem problem) {
            return Response.status(problem.status()).entity(Templates.submit(FormState.refused("submit",
                    strings(body), problem), List.of(Request.Category.values()))).build();
        }
    }

    @POST
    @Path("{id}/kommentar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object comment(@PathParam("id") UUID id, @RestForm String text, @RestForm String internal) {
        Map<String, Object> body = Map.of("text", nullToBlank(text), "internal", "on".equals(internal));
        return act(id, "comment", body, () -> requests.comment(id, body));
    }

    @POST
    @Path("{id}/beginnen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object start(@PathParam("id") UUID id) {
        return act(id, "start", Map.of(), () -> requests.start(id));
    }

    @POST
    @Path("{id}/rueckfrage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object ask(@PathParam("id") UUID id, @RestForm String question) {
        Map<String, Object> body = Map.of("question", nullToBlank(question));
        return act(id, "ask", body, () -> requests.askRequester(id, body));
    }

    @POST
    @Path("{id}/loesen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object resolve(@PathParam("id") UUID id, @RestForm String resolution) {
        Map<String, Object> body = Map.of("resolution", nullToBlank(resolution));
        return act(id, "resolve", body, () -> requests.resolve(id, body));
    }

    @POST
    @Path("{id}/ablehnen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object reject(@PathParam("id") UUID id, @RestForm String reason) {
        Map<String, Object> body = Map.of("reason", nullToBlank(reason));
        return act(id, "reject", body, () -> requests.reject(id, body));
    }

    @POST
    @Path("{id}/weiterleiten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object forward(@PathParam("id") UUID id, @RestForm String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("note", blankToNull(note));
        return act(id, "forward", body, () -> requests.forward(id, body));
    }

    @POST
    @Path("{id}/schliessen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object close(@PathParam("id") UUID id) {
        return act(id, "close", Map.of(), () -> requests.close(id));
    }

    @POST
    @Path("{id}/wiedereroeffnen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object reopen(@PathParam("id") UUID id, @RestForm String reopenReason) {
        Map<String, Object> body = Map.of("reason", nullToBlank(reopenReason));
        return act(id, "reopen", Map.of("reopenReason", nullToBlank(reopenReason)), () -> requests.reopen(id, body));
    }

    @POST
    @Path("{id}/zuweisen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object assign(@PathParam("id") UUID id, @RestForm String assignee) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assignee", blankToNull(assignee));
        return act(id, "assign", body, () -> requests.assign(id, body));
    }

    @POST
    @Path("{id}/prioritaet")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object prioritise(@PathParam("id") UUID id, @RestForm String priority) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("priority", blankToNull(priority));
        return act(id, "priority", body, () -> requests.prioritise(id, body));
    }

    /** Calls the service; on success back to the request's page, on refusal the page with the reason at the form. */
    private Object act(UUID id, String form, Map<String, Object> values, Supplier<Request> call) {
        return Redirects.perform(call::get, "/anfragen/" + id,
                problem -> detailPage(requests.get(id), FormState.refused(form, strings(values), problem)));
    }

    private TemplateInstance detailPage(Request request, FormState form) {
        return Templates.detail(request, request.overdue(clock.instant()), form, List.of(Request.Priority.values()));
    }
}
