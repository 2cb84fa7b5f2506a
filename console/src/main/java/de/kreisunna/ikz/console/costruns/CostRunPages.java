package de.kreisunna.ikz.console.costruns;

import static de.kreisunna.ikz.console.web.Forms.blankToNull;
import static de.kreisunna.ikz.console.web.Forms.nullToBlank;
import static de.kreisunna.ikz.console.web.Forms.strings;

import de.kreisunna.ikz.console.invoices.CostItem;
import de.kreisunna.ikz.console.invoices.CostRun;
import de.kreisunna.ikz.console.invoices.CostingClient;
import de.kreisunna.ikz.console.invoices.Drafts;
import de.kreisunna.ikz.console.invoices.Invoice;
import de.kreisunna.ikz.console.invoices.KgstEdition;
import de.kreisunna.ikz.console.invoices.Statement;
import de.kreisunna.ikz.console.web.ApiProblem;
import de.kreisunna.ikz.console.web.FormState;
import de.kreisunna.ikz.console.web.Forms;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Finance's year: KGSt editions and cost items as the run will read them, a cost run from preview (computed in the
 * background, its progress shown live) to finalized, the draft invoices, and issuing them.
 */
@Path("/kostenlaeufe")
@Produces(MediaType.TEXT_HTML)
public class CostRunPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CostRun> runs, List<KgstEdition> editions, FormState form);

        static native TemplateInstance detail(CostRun run, List<Invoice> invoices, List<CostItem> items,
                Drafts drafts, FormState form);

        static native TemplateInstance statement(long runId, Statement statement);
    }

    @Inject
    @RestClient
    CostingClient costing;

    @GET
    public TemplateInstance list() {
        return listPage(FormState.EMPTY);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object start(@RestForm String year, @RestForm String editionLabel, @RestForm String payGrade) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", Forms.number(year));
        body.put("editionLabel", blankToNull(editionLabel));
        body.put("payGrade", blankToNull(payGrade));
        try {
            return Redirects.seeOther("/kostenlaeufe/" + costing.startCostRun(body).id());
        } catch (ApiProblem problem) {
            return Response.status(problem.status()).entity(listPage(FormState.refused("start", strings(body), problem)))
                    .build();
        }
    }

    /** A KGSt edition with its material cost and one pay grade's annual personnel cost (more through the API). */
    @POST
    @Path("kgst-ausgaben")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object createEdition(@RestForm String label, @RestForm String validFrom, @RestForm String validUntil,
            @RestForm String materialCost, @RestForm String materialCostIllustrative, @RestForm String payGrade,
            @RestForm String annualCost, @RestForm String annualCostIllustrative, @RestForm String sourceNote) {
        Map<String, Object> personnel = new LinkedHashMap<>();
        personnel.put("payGrade", nullToBlank(payGrade));
        personnel.put("annualCost", Forms.amount(annualCost));
        personnel.put("illustrative", "on".equals(annualCostIllustrative));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("label", nullToBlank(label));
        body.put("validFrom", blankToNull(validFrom));
        body.put("validUntil", blankToNull(validUntil));
        body.put("materialCost", Forms.amount(materialCost));
        body.put("materialCostIllustrative", "on".equals(materialCostIllustrative));
        body.put("personnelCosts", List.of(personnel));
        body.put("sourceNote", nullToBlank(sourceNote));
        Map<String, Object> shown = new LinkedHashMap<>(body);
        shown.remove("personnelCosts");
        shown.put("materialCost", nullToBlank(materialCost));
        shown.put("payGrade", nullToBlank(payGrade));
        shown.put("annualCost", nullToBlank(annualCost));
        return Redirects.perform(() -> costing.createEdition(body), "/kostenlaeufe",
                problem -> listPage(FormState.refused("edition", strings(shown), problem)));
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return detailPage(costing.costRun(id), null, FormState.EMPTY);
    }

    @POST
    @Path("{id}/abschliessen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object finalizeRun(@PathParam("id") long id) {
        return act(id, "finalize", () -> {
            costing.finalizeCostRun(id);
            return null;
        });
    }

    @POST
    @Path("{id}/rechnungsentwuerfe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object createDrafts(@PathParam("id") long id) {
        return act(id, "drafts", () -> costing.createDrafts(id));
    }

    @POST
    @Path("{id}/rechnungen-stellen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object issueAll(@PathParam("id") long id) {
        return act(id, "issue", () -> {
            costing.issueAll(id);
            return null;
        });
    }

    @GET
    @Path("{id}/abrechnungen/{ags}")
    public TemplateInstance statement(@PathParam("id") long id, @PathParam("ags") String ags) {
        return Templates.statement(id, costing.statement(id, ags));
    }

    /** Drafts are shown on the page that answers the POST (with the skipped towns); the rest redirects. */
    private Object act(long id, String form, Supplier<Drafts> call) {
        try {
            Drafts drafts = call.get();
            return drafts == null ? Redirects.seeOther("/kostenlaeufe/" + id)
                    : detailPage(costing.costRun(id), drafts, FormState.EMPTY);
        } catch (ApiProblem problem) {
            if (problem.notFound()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(detailPage(costing.costRun(id), null, FormState.refused(form, Map.of(), problem))).build();
        }
    }

    private TemplateInstance listPage(FormState form) {
        List<CostRun> runs = costing.costRuns(null).stream()
                .sorted(Comparator.comparing(CostRun::id).reversed()).toList();
        return Templates.list(runs, costing.editions(), form);
    }

    private TemplateInstance detailPage(CostRun run, Drafts drafts, FormState form) {
        List<Invoice> invoices = run.preview() ? List.of() : costing.invoices(null, null, run.id());
        return Templates.detail(run, invoices, costing.costItems(run.year()), drafts, form);
    }
}
