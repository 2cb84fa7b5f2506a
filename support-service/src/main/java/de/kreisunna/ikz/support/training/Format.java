package de.kreisunna.ikz.support.training;

/** Where a training takes place. */
public enum Format {
    ON_SITE,
    ONLINE
}
