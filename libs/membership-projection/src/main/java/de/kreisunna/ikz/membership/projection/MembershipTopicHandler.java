package de.kreisunna.ikz.membership.projection;

import de.kreisunna.ikz.platform.inbox.IncomingEvent;

/**
 * A service's own reaction to another event type on {@code ikz.membership.v1} (e.g. costing-service reading
 * {@code ikz.membership.AgreementChanged.v1}). Implement it as a CDI bean; it runs inside the consuming
 * transaction, after the event was recorded as processed, so it is exactly-once in effect.
 */
public interface MembershipTopicHandler {

    /** The CloudEvents type this handler takes. */
    String type();

    void handle(IncomingEvent event);
}
