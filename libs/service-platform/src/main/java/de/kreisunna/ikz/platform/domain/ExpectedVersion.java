package de.kreisunna.ikz.platform.domain;

import java.util.Set;

/**
 * The versions a client's {@code If-Match} accepts: a change goes through only if the resource is still at one of
 * them, so two people cannot silently overwrite each other's changes (RFC 9110). {@link #ANY} stands for
 * {@code If-Match: *} or an internal caller that checked nothing; {@link #NOT_SENT} for a request without If-Match.
 */
public record ExpectedVersion(Set<Long> anyOf, boolean sent) {

    public static final ExpectedVersion ANY = new ExpectedVersion(null, true);
    public static final ExpectedVersion NOT_SENT = new ExpectedVersion(null, false);

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(Set.of(version), true);
    }

    public static ExpectedVersion anyOf(Set<Long> versions) {
        return new ExpectedVersion(Set.copyOf(versions), true);
    }

    /** A command on an existing version: refused as stale unless at an accepted version; without If-Match it passes. */
    public void check(String what, long current) {
        if (anyOf != null && !anyOf.contains(current)) {
            throw new StaleVersion(what + " has changed: it is at version \"" + current
                    + "\", not at the one in If-Match; read it again and reapply the change");
        }
    }

    /** A replacement of an existing version: as {@link #check}, and refused without If-Match. */
    public void require(String what, long current) {
        if (!sent) {
            throw new VersionRequired(what);
        }
        check(what, current);
    }
}
