package de.kreisunna.ikz.costing.costrun;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.costing.kgst.KgstEdition;
import de.kreisunna.ikz.platform.problem.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
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
    private final CostCalculator calculator = new CostCalculator();

    CostRunService(EntityManager em, CostInputsCollector collector, CostRunJobs jobs, ObjectMapper json, Clock clock) {
        this.em = em;
        this.collector = collector;
        this.jobs = jobs;
        this.json = json;
        this.clock = clock;
    }

    /** Registers a preview run and hands it to the background job; returns at once. */
    public CostRun start(int year, String editionLabel, String payGrade, String who) {
        CostRun run = QuarkusTransaction.requiringNew().call(() -> {
            KgstEdition edition = collector.edition(year, editionLabel);
            if (payGrade != null && edition.figures().personnelCost(payGrade).isEmpty()) {
                throw Problem.badRequest("payGrade", "KGSt edition " + edition.label() + " has no personnel cost for '"
                        + payGrade + "' (it has: " + String.join(", ", edition.figures().personnelCosts().stream()
                        .map(f -> f.payGrade()).toList()) + ")");
            }
            CostRun created = new CostRun(year, edition.label(), payGrade, who, clock.instant());
            em.persist(created);
            return created;
        });
        jobs.submit(run.id, () -> compute(run.id));
        return run;
    }

    /** The background job: collect the inputs, compute, store both; failures are recorded on the run. */
    void compute(long id) {
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
        } catch (CostRunException | Problem e) {
            fail(id, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("cost run " + id + " failed", e);
            fail(id, "the computation failed unexpectedly; it has been logged");
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
        CostRun run = em.find(CostRun.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw Problem.notFound("cost run " + id);
        }
        if (run.jobStatus == CostRun.JobStatus.DONE && run.stage == CostRun.Stage.PREVIEW) {
            CostInputs frozen = read(run.inputs, CostInputs.class);
            CostInputs current = collector.collect(run.year, run.editionLabel, run.payGrade);
            List<String> changed = changes(frozen, current);
            if (!changed.isEmpty()) {
                throw Problem.conflict("the inputs of cost run " + id + " changed since its preview was computed ("
                        + String.join(", ", changed) + "); start a new preview and finalize that one");
            }
        }
        run.finalizeBy(who, clock.instant());
        return run;
    }

    /** Recomputes the run from its stored inputs and compares with its stored result. */
    @Transactional
    public Verification verify(long id) {
        CostRun run = get(id);
        if (run.jobStatus != CostRun.JobStatus.DONE) {
            throw Problem.conflict("cost run " + id + " is " + run.jobStatus + "; there is no result to verify");
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
            throw Problem.notFound("cost run " + id);
        }
        return run;
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
            throw Problem.conflict("cost run " + run.id + " is " + run.jobStatus + "; it has no result"
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
