package de.kreisunna.ikz.support.change;

import de.kreisunna.ikz.support.request.Change;
import java.util.Arrays;
import java.util.List;

/**
 * The event types of the change feed and of webhooks: what an integrator subscribes to. Internal changes
 * (notes, assignments) have a type of their own that only staff see in the feed and no webhook receives.
 */
public enum ChangeType {
    SUBMITTED("support-request.submitted"),
    STATUS_CHANGED("support-request.status-changed"),
    RESOLVED("support-request.resolved"),
    PUBLIC_REPLY("support-request.public-reply"),
    COMMENT_ADDED("support-request.comment-added"),
    SLA_BREACHED("support-request.sla-breached"),
    UPDATED("support-request.updated"),
    INTERNAL("support-request.internal");

    private final String wireName;

    ChangeType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isInternal() {
        return this == INTERNAL;
    }

    public static ChangeType of(Change change) {
        return switch (change) {
            case SUBMITTED -> SUBMITTED;
            case STARTED, RESUMED, WAITING_FOR_REQUESTER, REJECTED, CLOSED, REOPENED -> STATUS_CHANGED;
            case RESOLVED -> RESOLVED;
            case PUBLIC_REPLY -> PUBLIC_REPLY;
            case REQUESTER_COMMENT -> COMMENT_ADDED;
            case SLA_BREACHED -> SLA_BREACHED;
            case FORWARDED, PRIORITY_CHANGED, LICENCE_GRANTED -> UPDATED;
            case ASSIGNED, INTERNAL_NOTE -> INTERNAL;
        };
    }

    /** The types a webhook may subscribe to (every type but the internal one), by wire name. */
    public static List<String> subscribable() {
        return Arrays.stream(values()).filter(t -> !t.isInternal()).map(ChangeType::wireName).toList();
    }
}
