package de.kreisunna.ikz.costing.costrun;

import de.kreisunna.ikz.costing.allocation.Money;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * What an operator sees of cost runs: one INFO line per finished run (duration and totals) and the histogram
 * {@code ikz_costrun_duration_seconds} by outcome (done, failed), so a failed run can raise an alert.
 */
@ApplicationScoped
public class CostRunMetrics {

    private static final Logger LOG = Logger.getLogger("ikz.business");

    private final MeterRegistry registry;

    CostRunMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void finished(long runId, CostRunResult result, Duration took) {
        Money total = result.towns().stream().map(CostRunResult.TownTotal::total).reduce(Money.ZERO, Money::plus);
        timer("done").record(took);
        LOG.infof("cost run %d for %d finished in %d ms: %d towns, total %s EUR, %d warnings", runId, result.year(),
                took.toMillis(), result.towns().size(), total.amount().toPlainString(), result.warnings().size());
    }

    void failed(long runId, String reason, Duration took) {
        timer("failed").record(took);
        LOG.warnf("cost run %d failed after %d ms: %s", runId, took.toMillis(), reason);
    }

    private Timer timer(String outcome) {
        return Timer.builder("ikz.costrun.duration")
                .description("Duration of cost-run computations (collect inputs, compute, store), by outcome")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry);
    }
}
