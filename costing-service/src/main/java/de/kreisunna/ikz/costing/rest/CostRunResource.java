package de.kreisunna.ikz.costing.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.costrun.CostInputs;
import de.kreisunna.ikz.costing.costrun.CostRun;
import de.kreisunna.ikz.costing.costrun.CostRunResult;
import de.kreisunna.ikz.costing.costrun.CostRunService;
import de.kreisunna.ikz.costing.costrun.Statement;
import de.kreisunna.ikz.costing.invoice.InvoiceService;
import de.kreisunna.ikz.platform.problem.Problem;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;

/**
 * Cost runs: {@code POST} starts a preview computed in the background (202, poll {@code GET /cost-runs/{id}});
 * then finalize, then make and issue the invoices.
 */
@Path("/cost-runs")
public class CostRunResource {

    public record StartBody(@NotNull @Min(2000) @Max(2100) Integer year, @Size(max = 40) String editionLabel,
            @Size(max = 80) String payGrade) {
    }

    public record RunView(long id, int year, String editionLabel, String payGrade, CostRun.JobStatus status, int progress,
            String error, CostRun.Stage stage, Instant createdAt, String createdBy, Instant finishedAt,
            Instant finalizedAt, String finalizedBy, Summary summary) {

        static RunView of(CostRun run, CostRunService runs) {
            Summary summary = null;
            if (run.result() != null) {
                CostRunResult r = runs.result(run);
                summary = new Summary(r.kopfstelle().issuer(), r.kopfstelle().allocation().total(),
                        r.passThrough().issuer(), r.passThrough().items().stream().map(i -> i.allocation().total())
                        .reduce(Money.ZERO, Money::plus), r.towns(), r.warnings());
            }
            return new RunView(run.id(), run.year(), run.editionLabel(), run.payGrade(), run.jobStatus(), run.progress(),
                    run.error(), run.stage(), run.createdAt(), run.createdBy(), run.finishedAt(), run.finalizedAt(),
                    run.finalizedBy(), summary);
        }
    }

    /** The totals of a computed run; the whole computation is under {@code /cost-runs/{id}/result}. */
    public record Summary(String kopfstelleIssuer, Money kopfstelleTotal, String operatorIssuer, Money passThroughTotal,
            List<CostRunResult.TownTotal> towns, List<String> warnings) {
    }

    private final CostRunService runs;
    private final InvoiceService invoices;
    private final Caller caller;
    private final ObjectMapper json;

    CostRunResource(CostRunService runs, InvoiceService invoices, Caller caller, ObjectMapper json) {
        this.runs = runs;
        this.invoices = invoices;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    public Response start(@Valid @NotNull StartBody body, UriInfo uri) {
        CostRun run = runs.start(body.year(), blankToNull(body.editionLabel()), blankToNull(body.payGrade()), caller.name());
        return Response.accepted(RunView.of(run, runs)).type(MediaType.APPLICATION_JSON)
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(run.id())).build()).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    public List<RunView> list(@QueryParam("year") String year) {
        return runs.list(Params.year("year", year)).stream().map(r -> RunView.of(r, runs)).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    public RunView get(@PathParam("id") long id) {
        return RunView.of(runs.get(id), runs);
    }

    @GET
    @Path("{id}/result")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    public CostRunResult result(@PathParam("id") long id) {
        return runs.result(runs.get(id));
    }

    /** The inputs the result was computed from (frozen once the run is finalized). */
    @GET
    @Path("{id}/inputs")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    public CostInputs inputs(@PathParam("id") long id) {
        CostInputs inputs = runs.inputs(runs.get(id));
        if (inputs == null) {
            throw Problem.conflict("cost run " + id + " has not collected its inputs yet");
        }
        return inputs;
    }

    @POST
    @Path("{id}/finalize")
    @RolesAllowed(Roles.FINANCE)
    public RunView finalizeRun(@PathParam("id") long id) {
        return RunView.of(runs.finalizeRun(id, caller.name()), runs);
    }

    @GET
    @Path("{id}/verification")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    public CostRunService.Verification verify(@PathParam("id") long id) {
        return runs.verify(id);
    }

    /** A town's statement; a town sees its own, and only of finalized runs (a preview is internal). */
    @GET
    @Path("{id}/statements/{ags}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    public Statement statement(@PathParam("id") long id, @PathParam("ags") String ags) {
        caller.requireVisible(ags, "statement of " + ags + " in cost run " + id);
        CostRun run = runs.get(id);
        if (caller.isTownScoped() && run.stage() == CostRun.Stage.PREVIEW) {
            throw Problem.notFound("statement of " + ags + " in cost run " + id);
        }
        CostRunResult result = runs.result(run);
        if (result.town(ags).isEmpty()) {
            throw Problem.notFound("statement of " + ags + " in cost run " + id + " (the town bears no cost in it)");
        }
        return Statement.of(result, ags);
    }

    /** The drafts made, and the towns skipped because a valid invoice of the same year and cost type exists. */
    public record DraftsView(List<InvoiceView> created, List<InvoiceService.Skipped> skipped) {
    }

    @POST
    @Path("{id}/invoices")
    @RolesAllowed(Roles.FINANCE)
    public Response createInvoices(@PathParam("id") long id) {
        InvoiceService.Drafts drafts = invoices.createDrafts(id);
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON).entity(new DraftsView(
                drafts.created().stream().map(i -> InvoiceView.of(i, json)).toList(), drafts.skipped())).build();
    }

    @POST
    @Path("{id}/invoices/issue")
    @RolesAllowed(Roles.FINANCE)
    public List<InvoiceView> issueInvoices(@PathParam("id") long id) {
        return invoices.issueAll(id).stream().map(i -> InvoiceView.of(i, json)).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
