package de.kreisunna.ikz.membership.resolution;

/** A recommendation prepares a decision; only a decision binds the party (and counts for concluding). */
public enum ResolutionKind {
    RECOMMENDATION, DECISION
}
