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
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Cost runs: {@code POST} starts a preview computed in the background (202, poll {@code GET /cost-runs/{id}});
 * then finalize, then make and issue the invoices.
 */
@Path("/cost-runs")
@Tag(name = "Cost runs", description = "A year's costs per town: a preview computed in the background, finalized by"
        + " finance, the towns' statements, then the draft invoices made and issued from the finalized run")
public class CostRunResource {

    public record StartBody(@Schema(example = "2025") @NotNull @Min(2000) @Max(2100) Integer year,
            @Schema(example = "2022/2023", description = "The KGSt edition to use; default: the one valid on 1 January")
            @Size(max = 40) String editionLabel,
            @Schema(example = "EG 10 TVöD-VKA", description = "The pay grade of the Kopfstelle's position; default: the"
                    + " agreement's cost clause") @Size(max = 80) String payGrade,
            @Schema(example = "Die KGSt-Ausgabe 2024/2025 lag bei Abrechnung noch nicht vor",
                    description = "Why an edition not valid in the year is used anyway (printed on the statements)")
            @Size(max = 500) String editionOverrideReason) {
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
    @Operation(summary = "Start a cost run preview", description = "Finance only. Registers a preview run of the year"
            + " and computes it in the background: answers 202 at once with the run (jobStatus RUNNING) and its address"
            + " in Location; poll GET /cost-runs/{id} until jobStatus is DONE (summary filled) or FAILED (error says why)."
            + " The KGSt edition defaults to the one valid on 1 January of the year. A named edition not valid on any"
            + " day of the year needs editionOverrideReason, which is recorded on the run and printed on its statements."
            + " 400 for an unknown edition label, an edition outside the year without a reason, a reason although the"
            + " edition is valid in the year, or a pay grade the edition has no personnel cost for; 409 when no edition"
            + " is named and none is valid on 1 January.")
    @APIResponse(responseCode = "202", description = "The run is registered and being computed",
            headers = @Header(name = "Location", description = "The run's address, to poll",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "409", description = "No edition is named and no KGSt edition is valid on 1 January")
    public Response start(@Valid @NotNull StartBody body, UriInfo uri) {
        CostRun run = runs.start(body.year(), blankToNull(body.editionLabel()), blankToNull(body.payGrade()),
                blankToNull(body.editionOverrideReason()), caller.name());
        return Response.accepted(RunView.of(run, runs)).type(MediaType.APPLICATION_JSON)
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(run.id())).build()).build();
    }

    /** All runs for staff; a town lists the finalized runs in which it bears a cost (whose statements it may read). */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "List the cost runs", description = "Admin, Kopfstelle and finance see every run (newest"
            + " first) as RunView; a town's token sees only the finalized or invoiced runs in which it bears a cost, each"
            + " as a TownRunView (id, year, editionLabel, stage, finalizedAt and the address of its own statement),"
            + " nothing of the other towns. Optionally filtered by year; paged with page and size (X-Total-Count and"
            + " Link headers). 400 for a malformed year or an unknown parameter.")
    @APIResponse(responseCode = "200", description = "The page of runs (TownRunView items for a town's token)",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ListItem.class)))
    public RestResponse<? extends List<?>> list(
            @Parameter(description = "Only the runs of this cost year", example = "2025") @QueryParam("year") String year,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, UriInfo uri) {
        Paging paging = Paging.of(uri, page, size, "year");
        Integer y = Params.year("year", year);
        if (caller.isTownScoped()) {
            String town = caller.requiredTown();
            return paging.respond(runs.finalizedFor(town, y).stream().map(r -> TownRunView.of(r, town)).toList(), uri);
        }
        return paging.respond(runs.list(y).stream().map(r -> RunView.of(r, runs)).toList(), uri);
    }

    /** An item of {@code GET /cost-runs}, as documented: the whole run for staff, the town's view for a town's token. */
    @Schema(name = "CostRunListItem", description = "A RunView for staff; a TownRunView for a town's token",
            oneOf = {RunView.class, TownRunView.class})
    interface ListItem {
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
    @Operation(summary = "Read one cost run", description = "Admin, Kopfstelle and finance (a town reads its"
            + " statements instead). The run's job status and progress, its stage (PREVIEW, FINALIZED, INVOICED) and,"
            + " once computed, the summary of its totals. 404 if there is no such run.")
    public RunView get(@Parameter(description = "The cost run's id", example = "42") @PathParam("id") long id) {
        return RunView.of(runs.get(id), runs);
    }

    @GET
    @Path("{id}/result")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    @Operation(summary = "Read a run's full result", description = "Admin, Kopfstelle and finance. The whole"
            + " computation: the Kopfstelle's cost and its allocation, the pass-through items and their allocations, the"
            + " towns' totals and the warnings. 409 while the run is still computing or if it failed (the error is"
            + " named); 404 if there is no such run.")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CostRunResult.class)))
    @APIResponse(responseCode = "409", description = "The run has no result yet, or failed")
    public CostRunResult result(@Parameter(description = "The cost run's id", example = "42") @PathParam("id") long id) {
        return runs.result(runs.get(id));
    }

    /** The inputs the result was computed from (frozen once the run is finalized). */
    @GET
    @Path("{id}/inputs")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    @Operation(summary = "Read a run's inputs", description = "Admin, Kopfstelle and finance. The inputs the result"
            + " was computed from: memberships and cost-sharing days, agreements' cost clauses, the KGSt edition, cost"
            + " items and licences; frozen once the run is finalized. 409 while the background job has not collected"
            + " them yet; 404 if there is no such run.")
    @APIResponse(responseCode = "200", description = "The inputs",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CostInputs.class)))
    @APIResponse(responseCode = "409", description = "The run has not collected its inputs yet")
    public CostInputs inputs(@Parameter(description = "The cost run's id", example = "42") @PathParam("id") long id) {
        CostInputs inputs = runs.inputs(runs.get(id));
        if (inputs == null) {
            throw new Conflict("cost run " + id + " has not collected its inputs yet");
        }
        return inputs;
    }

    @POST
    @Path("{id}/finalize")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Finalize a computed preview", description = "Finance only. Freezes a computed preview so"
            + " that its statements become visible to the towns and its invoices can be made. 409 if the run is still"
            + " computing, failed or is finalized already; if the current inputs differ from those the preview was"
            + " computed from (a new preview is needed); or if another run of the year is finalized for the same"
            + " issuer and cost type and not all its invoices are cancelled by credit notes. 403 under four eyes"
            + " (costing.controls.four-eyes) when the caller started the run. 404 if there is no such run.")
    @APIResponse(responseCode = "200", description = "The finalized run",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "409", description = "Not a computed preview, inputs changed since, or another run of"
            + " the year is finalized for the same issuer and cost type")
    @APIResponse(responseCode = "403", description = "The token lacks the finance role, or (four eyes) the caller"
            + " started the run")
    public RunView finalizeRun(@Parameter(description = "The cost run's id", example = "42") @PathParam("id") long id) {
        return RunView.of(runs.finalizeRun(id, caller.name()), runs);
    }

    @GET
    @Path("{id}/verification")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE})
    @Operation(summary = "Verify a run's result", description = "Admin, Kopfstelle and finance. Recomputes the run"
            + " from its stored inputs and compares with its stored result; identical is false when they differ."
            + " Nothing is changed. 409 if the run has no result (still computing or failed); 404 if there is no such"
            + " run.")
    @APIResponse(responseCode = "200", description = "Whether the recomputation matches",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = CostRunService.Verification.class)))
    @APIResponse(responseCode = "409", description = "The run has no result to verify")
    public CostRunService.Verification verify(@Parameter(description = "The cost run's id", example = "42") @PathParam("id") long id) {
        return runs.verify(id);
    }

    /** A town's statement; a town sees its own, and only of finalized runs (a preview is internal). */
    @GET
    @Path("{id}/statements/{ags}")
    @RolesAllowed({Roles.ADMIN, Roles.KOPFSTELLE, Roles.FINANCE, Roles.MUNICIPALITY})
    @Operation(summary = "Read a town's statement", description = "Admin, Kopfstelle and finance read any town's"
            + " statement, of a preview too (its amounts as wouldBeInvoiced); a town's token reads only its own, and"
            + " only of a finalized or invoiced run (amounts as invoiced). 404 for another town's statement or a"
            + " preview (not revealed to a town), an unknown run, or a town that bears no cost in the run; 409 if the"
            + " run has no result yet.")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "409", description = "The run has no result yet, or failed")
    public StatementView statement(@Parameter(description = "The cost run's id", example = "42") @PathParam("id") long id,
            @Parameter(description = "The town's AGS", example = "05978036") @PathParam("ags") String ags) {
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
    @Operation(summary = "Make the run's draft invoices", description = "Finance only, on a finalized run: per town"
            + " one draft for its Kopfstelle share (issuer: the Kopfstelle) and one for its pass-through costs (issuer:"
            + " the operator), none to the issuer itself and none for a zero amount; the run becomes INVOICED. A town"
            + " that still has a valid invoice of the same year and cost type gets no draft and is listed under skipped"
            + " (correct it by cancelling that invoice and invoicing a new run). 409 if the run is a preview or has its"
            + " invoices already; 404 if there is no such run.")
    @APIResponse(responseCode = "201", description = "The drafts made and the towns skipped",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DraftsView.class)))
    @APIResponse(responseCode = "409", description = "The run is a preview, or its invoices are made already")
    public Response createInvoices(@Parameter(description = "The cost run's id", example = "42") @PathParam("id") long id,
            UriInfo uri) {
        InvoiceService.Drafts drafts = invoices.createDrafts(id);
        // several drafts are made: Location is the list of the run's invoices
        URI made = uri.getBaseUriBuilder().path("invoices").queryParam("costRunId", id).build();
        return Response.created(made).type(MediaType.APPLICATION_JSON).entity(new DraftsView(
                drafts.created().stream().map(InvoiceView::of).toList(), drafts.skipped())).build();
    }

    @POST
    @Path("{id}/invoices/issue")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Issue all draft invoices of a run", description = "Finance only. Numbers and issues every"
            + " draft of the run in one transaction (numbers in the order issuer, recipient), freezing both parties, the"
            + " VAT treatment and the legal text, and announces each invoice by event; or issues none. 409 if the run has"
            + " no drafts, or a recipient lacks a Leitweg-ID or e-mail address, or an issuer lacks an address, e-mail or"
            + " IBAN (each named). 403 under four eyes when the caller started the run; 404 if there is no such run.")
    @APIResponse(responseCode = "200", description = "The issued invoices",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = InvoiceView.class)))
    @APIResponse(responseCode = "409", description = "No drafts, or master data an e-invoice needs is missing")
    @APIResponse(responseCode = "403", description = "The token lacks the finance role, or (four eyes) the caller"
            + " started the run")
    public List<InvoiceView> issueInvoices(@Parameter(description = "The cost run's id", example = "42") @PathParam("id") long id) {
        return invoices.issueAll(id, caller.name()).stream().map(InvoiceView::of).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
