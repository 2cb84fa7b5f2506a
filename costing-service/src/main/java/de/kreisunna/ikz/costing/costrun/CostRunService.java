package de.kreisunna.ikz.costing.costrun;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.costing.config.CostingConfig;
import de.kreisunna.ikz.costing.invoice.CostType;
import de.kreisunna.ikz.costing.invoice.InvoiceStatus;
import de.kreisunna.ikz.costing.kgst.KgstEdition;
import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.DomainException;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.NotAllowed;
import de.kreisunna.ikz.platform.domain.NotFound;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Cost runs: a preview is computed by a background job (status and progress readable meanwhile), finalizing
 * freezes the inputs the preview was computed from, and a finalized run can be recomputed from its snapshot
 * to prove the result is unchanged.
 */
@ApplicationScoped
public class CostRunService {

    /** The outcome of recomputing a run from its stored inputs. */
    public record Verification(long runId, boolean identical, String detail) {
    }

    private static final Logger LOG = Logger.getLogger(CostRunService.class);

    private final EntityManager em;
    private final CostInputsCollector collector;
    private final CostRunJobs jobs;
    private final ObjectMapper json;
    private final Clock clock;
    private final CostRunMetrics metrics;
    private final CostCalculator calculator = new CostCalculator();
    private final CostingConfig config;

    CostRunService(EntityManager em, CostInputsCollector collector, CostRunJobs jobs, ObjectMapper json, Clock clock,
            CostRunMetrics metrics, CostingConfig config) {
        this.metrics = metrics;
        this.em = em;
        this.collector = collector;
        this.jobs = jobs;
        this.json = json;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Registers a preview run and hands it to the background job; returns at once. A named edition not valid on
     * any day of the year is refused unless {@code editionOverrideReason} says why it is used anyway; the reason is
     * recorded on the run and printed on its statements.
     */
    public CostRun start(int year, String editionLabel, String payGrade, String editionOverrideReason, String who) {
        CostRun run = QuarkusTransaction.requiringNew().call(() -> {
            KgstEdition edition = collector.edition(year, editionLabel);
            boolean validInYear = edition.overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            if (!validInYear && editionOverrideReason == null) {
                throw new InvalidInput("editionLabel", "KGSt edition " + edition.label() + " is valid "
                        + edition.figures().validFrom() + ".." + (edition.figures().validUntil() == null ? ""
                        : edition.figures().validUntil()) + ", not in " + year
                        + "; name an edition valid in the year, or give editionOverrideReason to use it anyway");
            }
            if (validInYear && editionOverrideReason != null) {
                throw new InvalidInput("editionOverrideReason", "KGSt edition " + edition.label() + " is valid in "
                        + year + "; there is nothing to override");
            }
            if (payGrade != null && edition.figures().personnelCost(payGrade).isEmpty()) {
                throw new InvalidInput("payGrade", "KGSt edition " + edition.label() + " has no personnel cost for '"
                        + payGrade + "' (it has: " + String.join(", ", edition.figures().personnelCosts().stream()
                        .map(f -> f.payGrade()).toList()) + ")");
            }
            CostRun created = new CostRun(year, edition.label(), payGrade, editionOverrideReason, who, clock.instant());
            em.persist(created);
            return created;
        });
        jobs.submit(run.id, () -> compute(run.id));
        return run;
    }

    /** The background job: collect the inputs, compute, store both; failures are recorded on the run. */
    void compute(long id) {
        Instant started = clock.instant();
        try {
            CostRun run = QuarkusTransaction.requiringNew().call(() -> em.find(CostRun.class, id));
            progress(id, 10);
            CostInputs inputs = collector.collect(run.year, run.editionLabel, run.payGrade);
            String inputsJson = write(inputs);
            progress(id, 30);
            CostRunResult result = calculator.compute(inputs, percent -> progress(id, 30 + percent * 6 / 10));
            String resultJson = write(result);
            QuarkusTransaction.requiringNew().run(() -> {
                CostRun r = em.find(CostRun.class, id, LockModeType.PESSIMISTIC_WRITE);
                r.inputs = inputsJson;
                r.result = resultJson;
                r.progress = 100;
                r.jobStatus = CostRun.JobStatus.DONE;
                r.finishedAt = clock.instant();
            });
            metrics.finished(id, result, Duration.between(started, clock.instant()));
        } catch (CostRunException | DomainException e) {
            fail(id, e.getMessage());
            metrics.failed(id, e.getMessage(), Duration.between(started, clock.instant()));
        } catch (RuntimeException e) {
            LOG.error("cost run " + id + " failed", e);
            fail(id, "the computation failed unexpectedly; it has been logged");
            metrics.failed(id, e.getMessage(), Duration.between(started, clock.instant()));
        }
    }

    private void progress(long id, int percent) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("UPDATE CostRun r SET r.progress = :p WHERE r.id = :id")
                .setParameter("p", percent).setParameter("id", id).executeUpdate());
    }

    private void fail(long id, String message) {
        QuarkusTransaction.requiringNew().run(() -> {
            CostRun r = em.find(CostRun.class, id, LockModeType.PESSIMISTIC_WRITE);
            r.jobStatus = CostRun.JobStatus.FAILED;
            r.error = message;
            r.finishedAt = clock.instant();
        });
    }

    /**
     * Freezes the preview: refused if the current inputs differ from those the preview was computed from (finance
     * would otherwise freeze figures it has not seen); then a new preview is needed.
     */
    @Transactional
    public CostRun finalizeRun(long id, String who) {
        // one finalize at a time, so two runs of a year cannot both pass the check below
        em.createNativeQuery("SELECT pg_advisory_xact_lock(60014)").getSingleResult();
        CostRun run = em.find(CostRun.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new NotFound("cost run " + id);
        }
        requireSecondPerson(run, who, "finalize it");
        if (run.jobStatus == CostRun.JobStatus.DONE && run.stage == CostRun.Stage.PREVIEW) {
            requireNoOtherFinalizedRun(run);
            CostInputs frozen = read(run.inputs, CostInputs.class);
            CostInputs current = collector.collect(run.year, run.editionLabel, run.payGrade);
            List<String> changed = changes(frozen, current);
            if (!changed.isEmpty()) {
                throw new Conflict("the inputs of cost run " + id + " changed since its preview was computed ("
                        + String.join(", ", changed) + "); start a new preview and finalize that one");
            }
        }
        run.finalizeBy(who, clock.instant());
        return run;
    }

    /**
     * Four eyes, where the cooperation configures them ({@code costing.controls.four-eyes}): whoever started a run
     * may not finalize it nor issue its invoices.
     */
    public void requireSecondPerson(CostRun run, String who, String action) {
        if (config.controls().fourEyes() && run.createdBy.equals(who)) {
            throw new NotAllowed("four eyes: " + who + " started cost run " + run.id
                    + " and may not " + action + "; another finance user must do it");
        }
    }

    /**
     * At most one finalized run per year, cost type and issuer: another finalized run of the year with the same
     * issuer for a cost type blocks, unless all its invoices of that type are cancelled by credit notes.
     */
    private void requireNoOtherFinalizedRun(CostRun run) {
        CostRunResult mine = result(run);
        List<CostRun> others = em.createQuery("FROM CostRun r WHERE r.year = :year AND r.id <> :id AND r.stage <> :preview",
                CostRun.class).setParameter("year", run.year).setParameter("id", run.id)
                .setParameter("preview", CostRun.Stage.PREVIEW).getResultList();
        for (CostRun other : others) {
            CostRunResult theirs = result(other);
            checkNotSuperseded(run, other, CostType.KOPFSTELLE, mine.kopfstelle().issuer(), theirs.kopfstelle().issuer());
            checkNotSuperseded(run, other, CostType.PASS_THROUGH, mine.passThrough().issuer(), theirs.passThrough().issuer());
        }
    }

    private void checkNotSuperseded(CostRun run, CostRun other, CostType type, String myIssuer, String theirIssuer) {
        if (!myIssuer.equals(theirIssuer)) {
            return;
        }
        long valid = em.createQuery("SELECT count(i) FROM Invoice i WHERE i.costRunId = :run AND i.costType = :type "
                + "AND i.kind = 'INVOICE' AND i.status <> :cancelled", Long.class)
                .setParameter("run", other.id).setParameter("type", type)
                .setParameter("cancelled", InvoiceStatus.CANCELLED).getSingleResult();
        if (other.stage == CostRun.Stage.FINALIZED || valid > 0) {
            throw new Conflict("cost run " + other.id + " of " + other.year + " is " + other.stage + " for " + type
                    + " (issuer " + theirIssuer + ")" + (valid > 0 ? " with " + valid + " valid invoice(s)" : "")
                    + "; cost run " + run.id + " can be finalized once those invoices are cancelled by credit notes");
        }
    }

    /** A town's statement in a run, with what the run records beside its result (an edition override). */
    public Statement statement(CostRun run, CostRunResult result, String ags) {
        List<String> notes = run.editionOverrideReason == null ? List.of()
                : List.of("KGSt-Ausgabe " + run.editionLabel + " außerhalb ihres Gültigkeitszeitraums verwendet. "
                        + "Begründung: " + run.editionOverrideReason);
        return Statement.of(result, ags, notes);
    }

    /** Recomputes the run from its stored inputs and compares with its stored result. */
    @Transactional
    public Verification verify(long id) {
        CostRun run = get(id);
        if (run.jobStatus != CostRun.JobStatus.DONE) {
            throw new Conflict("cost run " + id + " is " + run.jobStatus + "; there is no result to verify");
        }
        CostRunResult stored = read(run.result, CostRunResult.class);
        CostRunResult recomputed = calculator.compute(read(run.inputs, CostInputs.class));
        boolean identical = stored.equals(recomputed) && write(stored).equals(write(recomputed));
        return new Verification(id, identical, identical
                ? "recomputed from the stored inputs: identical to the stored result"
                : "recomputed from the stored inputs: DIFFERENT from the stored result");
    }

    @Transactional
    public CostRun get(long id) {
        CostRun run = em.find(CostRun.class, id);
        if (run == null) {
            throw new NotFound("cost run " + id);
        }
        return run;
    }

    /** The finalized (or invoiced) runs in which the town bears a cost: those whose statements it may read. */
    @Transactional
    public List<CostRun> finalizedFor(String ags, Integer year) {
        return list(year).stream().filter(r -> r.stage != CostRun.Stage.PREVIEW && r.result != null)
                .filter(r -> result(r).town(ags).isPresent()).toList();
    }

    @Transactional
    public List<CostRun> list(Integer year) {
        if (year == null) {
            return em.createQuery("FROM CostRun r ORDER BY r.id DESC", CostRun.class).getResultList();
        }
        return em.createQuery("FROM CostRun r WHERE r.year = :year ORDER BY r.id DESC", CostRun.class)
                .setParameter("year", year).getResultList();
    }

    public CostRunResult result(CostRun run) {
        if (run.result == null) {
            throw new Conflict("cost run " + run.id + " is " + run.jobStatus + "; it has no result"
                    + (run.error == null ? " yet" : ": " + run.error));
        }
        return read(run.result, CostRunResult.class);
    }

    public CostInputs inputs(CostRun run) {
        return run.inputs == null ? null : read(run.inputs, CostInputs.class);
    }

    private static List<String> changes(CostInputs frozen, CostInputs current) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(frozen.edition(), current.edition())) {
            changed.add("KGSt edition figures");
        }
        if (!Objects.equals(frozen.agreements(), current.agreements())) {
            changed.add("agreements");
        }
        if (!Objects.equals(frozen.members(), current.members())) {
            changed.add("membership timelines");
        }
        if (!Objects.equals(frozen.items(), current.items())) {
            changed.add("cost items");
        }
        if (!Objects.equals(frozen.licences(), current.licences())) {
            changed.add("licence counts");
        }
        if (!Objects.equals(frozen.defaultIssuers(), current.defaultIssuers())) {
            changed.add("default issuers");
        }
        return changed;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored " + type.getSimpleName() + " is not readable", e);
        }
    }
}
