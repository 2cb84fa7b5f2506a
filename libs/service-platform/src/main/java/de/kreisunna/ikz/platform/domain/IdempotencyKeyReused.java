package de.kreisunna.ikz.platform.domain;

import java.util.List;

/** An idempotency key came again with a different request than the one it was first used for. */
public final class IdempotencyKeyReused extends DomainException {

    /** {@code header} carried {@code key}, which was first used for a different {@code what} (a request, a comment). */
    public IdempotencyKeyReused(String header, String key, String what) {
        super(header + " '" + key + "' was already used for a different " + what,
                List.of(new Violation(header, "was already used for a different " + what)));
    }
}
