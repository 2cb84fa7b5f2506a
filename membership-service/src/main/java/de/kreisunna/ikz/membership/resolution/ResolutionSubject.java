package de.kreisunna.ikz.membership.resolution;

/**
 * What a resolution is about: the agreement as a whole (to conclude it), the accession of one named town (the
 * successor or accession agreement that lets it join), or the termination of the agreement. Only a matching
 * subject authorises a step: a decision about a termination never counts for a conclusion.
 */
public enum ResolutionSubject {
    AGREEMENT, ACCESSION, TERMINATION
}
