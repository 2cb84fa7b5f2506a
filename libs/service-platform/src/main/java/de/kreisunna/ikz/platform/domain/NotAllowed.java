package de.kreisunna.ikz.platform.domain;

/** The caller may not do this, for a reason of the domain (another town's data, the four-eyes rule). */
public final class NotAllowed extends DomainException {

    public NotAllowed(String detail) {
        super(detail);
    }
}
