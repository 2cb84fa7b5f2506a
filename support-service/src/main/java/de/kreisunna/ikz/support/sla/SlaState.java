package de.kreisunna.ikz.support.sla;

/** Where one SLA target stands. */
public enum SlaState {
    /** The clock runs and the target is not yet reached. */
    RUNNING,
    /** The clock is stopped while the request waits for the requester. */
    PAUSED,
    /** The target was achieved in time. */
    MET,
    /** More business time passed than allowed (whether or not the target was achieved since). */
    BREACHED
}
