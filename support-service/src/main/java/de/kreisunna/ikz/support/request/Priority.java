package de.kreisunna.ikz.support.request;

/** Urgency of a request; each priority has its own SLA targets. */
public enum Priority {
    CRITICAL,
    HIGH,
    NORMAL,
    LOW
}
