package de.kreisunna.ikz.membership.concurrency;

import de.kreisunna.ikz.platform.problem.Problem;
import java.util.Set;

/**
 * The versions a client's {@code If-Match} accepts: a write goes through only if the resource is still at
 * one of them, so two clients cannot silently overwrite each other's changes (RFC 9110, 412).
 * {@link #ANY} stands for {@code If-Match: *} or an internal caller that checked nothing.
 */
public record ExpectedVersion(Set<Long> anyOf) {

    public static final ExpectedVersion ANY = new ExpectedVersion(null);

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(Set.of(version));
    }

    /** Throws 412 unless the resource is at an accepted version. */
    public void check(String what, long current) {
        if (anyOf != null && !anyOf.contains(current)) {
            throw new Problem(412, "Precondition failed", what + " has changed: it is at version \"" + current
                    + "\", not at the one in If-Match; read it again and reapply the change");
        }
    }
}
