package de.kreisunna.ikz.support.request;

/** The kinds of change recorded in a request's history. */
public enum Change {
    SUBMITTED,
    STARTED,
    WAITING_FOR_REQUESTER,
    RESUMED,
    RESOLVED,
    REJECTED,
    CLOSED,
    REOPENED,
    FORWARDED,
    ASSIGNED,
    PRIORITY_CHANGED,
    PUBLIC_REPLY,
    REQUESTER_COMMENT,
    INTERNAL_NOTE,
    LICENCE_GRANTED,
    SLA_BREACHED
}
