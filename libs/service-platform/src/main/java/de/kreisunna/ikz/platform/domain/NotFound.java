package de.kreisunna.ikz.platform.domain;

/** What was asked for does not exist, or is not the caller's to see (a town never learns of another town's data). */
public final class NotFound extends DomainException {

    public NotFound(String what) {
        super(what + " does not exist");
    }
}
