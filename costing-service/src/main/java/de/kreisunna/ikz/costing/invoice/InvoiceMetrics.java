package de.kreisunna.ikz.costing.invoice;

import de.kreisunna.ikz.platform.outbox.Outbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Counts the invoice numbers each issuer gave out (invoices and credit notes), once their transaction committed. */
@ApplicationScoped
public class InvoiceMetrics {

    private final MeterRegistry registry;

    InvoiceMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void issued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        if (written.event() instanceof InvoiceIssued issued) {
            Counter.builder("ikz.invoice.numbers.issued")
                    .description("Invoice numbers issued (invoices and credit notes), by issuer AGS and kind")
                    .tag("issuer", issued.issuerAgs())
                    .tag("kind", issued.kind())
                    .register(registry).increment();
        }
    }
}
