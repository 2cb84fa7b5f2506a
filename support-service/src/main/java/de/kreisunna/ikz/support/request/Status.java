package de.kreisunna.ikz.support.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * The workflow of a request. The SLA clock runs while a request is NEW or IN_PROGRESS, pauses while it
 * waits for the requester, and stops once it is RESOLVED, CLOSED or REJECTED.
 */
public enum Status {
    NEW,
    IN_PROGRESS,
    WAITING_FOR_REQUESTER,
    RESOLVED,
    CLOSED,
    REJECTED;

    /** The statuses a request may move to from this one (RESOLVED → IN_PROGRESS is reopening). */
    public Set<Status> successors() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_PROGRESS, WAITING_FOR_REQUESTER, RESOLVED, REJECTED);
            case IN_PROGRESS -> EnumSet.of(WAITING_FOR_REQUESTER, RESOLVED, REJECTED);
            case WAITING_FOR_REQUESTER -> EnumSet.of(IN_PROGRESS, RESOLVED, REJECTED);
            case RESOLVED -> EnumSet.of(CLOSED, IN_PROGRESS);
            case CLOSED, REJECTED -> EnumSet.noneOf(Status.class);
        };
    }

    public boolean canMoveTo(Status next) {
        return successors().contains(next);
    }

    public boolean clockRuns() {
        return this == NEW || this == IN_PROGRESS;
    }

    /** Resolved, closed or rejected: the request's outcome is given. */
    public boolean isFinished() {
        return this == RESOLVED || this == CLOSED || this == REJECTED;
    }
}
