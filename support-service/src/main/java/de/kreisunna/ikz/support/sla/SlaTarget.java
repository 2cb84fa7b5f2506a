package de.kreisunna.ikz.support.sla;

/** The two promises made for every request: a first response and a resolution within business time. */
public enum SlaTarget {
    FIRST_RESPONSE,
    RESOLUTION
}
