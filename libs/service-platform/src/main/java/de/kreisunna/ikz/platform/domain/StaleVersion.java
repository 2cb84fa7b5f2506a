package de.kreisunna.ikz.platform.domain;

/** The caller changed a version that is no longer current: it must read again. */
public final class StaleVersion extends DomainException {

    public StaleVersion(String detail) {
        super(detail);
    }
}
