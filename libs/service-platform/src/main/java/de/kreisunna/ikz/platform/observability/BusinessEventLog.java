package de.kreisunna.ikz.platform.observability;

import de.kreisunna.ikz.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

/**
 * One INFO line per business event (a submitted request, a changed state, an issued or cancelled invoice, a
 * recorded accession or membership change, ...): every business event of a service is written to its outbox, so
 * this logs each one once its transaction committed, with its type, subject (town AGS, request or invoice id) and
 * event id. The log context of the writing request adds trace id, span id and caller. Logger category
 * {@code ikz.business} lets an operator filter them.
 */
@ApplicationScoped
public class BusinessEventLog {

    private static final Logger LOG = Logger.getLogger("ikz.business");

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written event) {
        LOG.infof("business event %s: subject %s, event id %s", event.event().type(), event.event().subject(),
                event.eventId());
    }
}
