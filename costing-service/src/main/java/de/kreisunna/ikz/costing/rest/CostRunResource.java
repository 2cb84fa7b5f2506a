package de.kreisunna.ikz.costing.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.costrun.CostInputs;
import de.kreisunna.ikz.costing.costrun.CostRun;
import de.kreisunna.ikz.costing.costrun.CostRunResult;
import de.kreisunna.ikz.costing.costrun.CostRunService;
import de.kreisunna.ikz.costing.costrun.Statement;
import de.kreisunna.ikz.costing.invoice.InvoiceService;
import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.NotFound;
import de.kreisunna.ikz.platform.paging.Paging;
import de.kreisunna.ikz.platform.security.Caller;
import de.kreisunna.ikz.platform.security.Roles;
import de.kreisunna.ikz.platform.web.Params;
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
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Cost runs: {@code POST} starts a preview computed in the background (202, poll {@code GET /cost-runs/{id}});
 * then finalize, then make and issue the invoices.
 */
@Path("/cost-runs")
public class CostRunResource {

    public record StartBody(@NotNull @Min(2000) @Max(2100) Integer year, @Size(max = 40) String editionLabel,
            @Size(max = 80) String payGrade, @Size(max = 500) String editionOverrideReason) {
    }

    public record RunView(long id, int year, String editionLabel, String payGrade, CostRun.JobStatus status, int progress,
            String error, CostRun.Stage stage, Instant createdAt, String createdBy, Instant finishedAt,
            Instant finalizedAt, String finalizedBy, String editionOverrideReason, Summary summary) {

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
                    run.finalizedBy(), run.editionOverrideReason(), summary);
        }
    }

    /** The totals of a computed run; the whole computation is under {@code /cost-runs/{id}/result}. */
    public record Summary(String kopfstelleIssuer, Money kopfstelleTotal, String operatorIssuer, Money passThroughTotal,
            List<CostRunResult.TownTotal> towns, List<String> warnings) {
    }

    private final CostRunService runs;
    private final InvoiceService invoices;
    private final Caller caller;

    CostRunResource(CostRunService runs, InvoiceService invoices, Caller caller) {
        this.runs = runs;
        this.invoices = invoices;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    public Response start(@Valid @NotNull StartBody body, UriInfo uri) {
        CostRun run = runs.start(body.year(), blankToNull(body.editionLabel()), blankToNull(body.payGrade()),
                blankToNull(body.editionOverrideReason()), caller.name());
        return Response.accepted(RunView.of(run, runs)).type(MediaType.APPLICATION_JSON)
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(run.id())).build()).build();
    }

    /** All runs for staff; a town lists the finalized runs in which it bears a cost (whose statements it may read). */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    public RestResponse<? extends List<?>> list(@QueryParam("year") String year, @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size, "year");
        Integer y = Params.year("year", year);
        if (caller.isTownScoped()) {
            String town = caller.requiredTown();
            return paging.respond(runs.finalizedFor(town, y).stream().map(r -> TownRunView.of(r, town)).toList(), uri);
        }
        return paging.respond(runs.list(y).stream().map(r -> RunView.of(r, runs)).toList(), uri);
    }

    /** A finalized run as a town sees it: where to read its statement, nothing of the other towns. */
    public record TownRunView(long id, int year, String editionLabel, CostRun.Stage stage, Instant finalizedAt,
            String statement) {

        static TownRunView of(CostRun run, String town) {
            return new TownRunView(run.id(), run.year(), run.editionLabel(), run.stage(), run.finalizedAt(),
                    "/cost-runs/" + run.id() + "/statements/" + town);
        }
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
            throw new Conflict("cost run " + id + " has not collected its inputs yet");
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
    public StatementView statement(@PathParam("id") long id, @PathParam("ags") String ags) {
        caller.requireVisible(ags, "statement of " + ags + " in cost run " + id);
        CostRun run = runs.get(id);
        if (caller.isTownScoped() && run.stage() == CostRun.Stage.PREVIEW) {
            throw new NotFound("statement of " + ags + " in cost run " + id);
        }
        CostRunResult result = runs.result(run);
        if (result.town(ags).isEmpty()) {
            throw new NotFound("statement of " + ags + " in cost run " + id + " (the town bears no cost in it)");
        }
        return StatementView.of(run.stage(), runs.statement(run, result, ags));
    }

    /**
     * A statement with the run's stage: only a finalized run's amounts are {@code invoiced}; a preview's are
     * {@code wouldBeInvoiced} (nothing has been invoiced on its basis).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatementView(CostRun.Stage stage, int year, String ags, String name, Statement.KopfstelleShare kopfstelle,
            Statement.PassThrough passThrough, Money total, Money invoiced, Money wouldBeInvoiced, List<String> notes) {

        static StatementView of(CostRun.Stage stage, Statement s) {
            boolean preview = stage == CostRun.Stage.PREVIEW;
            return new StatementView(stage, s.year(), s.ags(), s.name(), s.kopfstelle(), s.passThrough(), s.total(),
                    preview ? null : s.invoiced(), preview ? s.invoiced() : null, s.notes());
        }
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
                drafts.created().stream().map(InvoiceView::of).toList(), drafts.skipped())).build();
    }

    @POST
    @Path("{id}/invoices/issue")
    @RolesAllowed(Roles.FINANCE)
    public List<InvoiceView> issueInvoices(@PathParam("id") long id) {
        return invoices.issueAll(id, caller.name()).stream().map(InvoiceView::of).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
