package de.kreisunna.ikz.support.request;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The scheduled check of open requests: marks and publishes SLA targets breached since the last run, and
 * closes resolved requests whose reopen period has passed. Each request is handled in its own transaction, so
 * one failing request does not hold up the others.
 */
@ApplicationScoped
public class SlaMonitor {

    private static final Logger LOG = Logger.getLogger(SlaMonitor.class);

    private final RequestService requests;

    SlaMonitor(RequestService requests) {
        this.requests = requests;
    }

    @Scheduled(every = "${support.sla.check-interval:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCheck() {
        checkBreaches();
        closeExpiredResolutions();
    }

    /** Returns how many breaches were newly recorded. */
    public int checkBreaches() {
        int breaches = 0;
        for (UUID id : requests.breachCandidates()) {
            try {
                breaches += requests.recordBreaches(id);
            } catch (RuntimeException e) {
                LOG.warnf("SLA check of request %s failed, will retry: %s", id, e.getMessage());
            }
        }
        return breaches;
    }

    /** Returns how many requests were closed. */
    public int closeExpiredResolutions() {
        int closed = 0;
        for (UUID id : requests.expiredResolutions()) {
            try {
                requests.closeExpired(id);
                closed++;
            } catch (RuntimeException e) {
                LOG.warnf("closing request %s after its reopen period failed, will retry: %s", id, e.getMessage());
            }
        }
        return closed;
    }
}
