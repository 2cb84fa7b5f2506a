package de.kreisunna.ikz.support.request;

import de.kreisunna.ikz.platform.outbox.Outbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Counts SLA breaches by priority and target, once the transaction that recorded them committed. */
@ApplicationScoped
public class SlaMetrics {

    private final MeterRegistry registry;

    SlaMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void breached(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        if (written.event() instanceof SlaBreached breach) {
            Counter.builder("ikz.sla.breaches")
                    .description("Support requests that ran past an SLA target, by priority and target")
                    .tag("priority", String.valueOf(breach.priority()))
                    .tag("target", String.valueOf(breach.target()))
                    .register(registry).increment();
        }
    }
}
