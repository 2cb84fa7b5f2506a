package de.kreisunna.ikz.platform.domain;

/** A change that could overwrite what the caller never saw came without the version it was meant for. */
public final class VersionRequired extends DomainException {

    public VersionRequired(String what) {
        super(what + " exists: send If-Match with the ETag of the version you read (GET returns it),"
                + " so a concurrent change is not overwritten");
    }
}
