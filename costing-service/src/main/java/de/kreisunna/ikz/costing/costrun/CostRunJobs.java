package de.kreisunna.ikz.costing.costrun;

import de.kreisunna.ikz.costing.config.CostingConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs cost computations in the background so that no request is held open while a run computes. A run
 * still RUNNING when the service starts was interrupted by a restart: it is marked FAILED (start a new one).
 */
@ApplicationScoped
public class CostRunJobs {

    private static final Logger LOG = Logger.getLogger(CostRunJobs.class);

    private final EntityManager em;
    private final Clock clock;
    private final ExecutorService executor;

    CostRunJobs(EntityManager em, Clock clock, CostingConfig config) {
        this.em = em;
        this.clock = clock;
        this.executor = Executors.newFixedThreadPool(config.costRuns().workers(), r -> {
            Thread t = new Thread(r, "cost-run");
            t.setDaemon(true);
            return t;
        });
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        int interrupted = em.createQuery("UPDATE CostRun r SET r.jobStatus = :failed, r.error = :why, r.finishedAt = :now "
                + "WHERE r.jobStatus = :running")
                .setParameter("failed", CostRun.JobStatus.FAILED).setParameter("running", CostRun.JobStatus.RUNNING)
                .setParameter("why", "interrupted by a restart of the service; start a new cost run")
                .setParameter("now", clock.instant()).executeUpdate();
        if (interrupted > 0) {
            LOG.warnf("%d cost run(s) were interrupted by a restart and are marked FAILED", interrupted);
        }
    }

    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    void submit(long runId, Runnable job) {
        executor.submit(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.error("cost run " + runId + " could not be recorded", e);
            }
        });
    }
}
