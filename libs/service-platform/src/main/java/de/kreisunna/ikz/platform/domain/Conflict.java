package de.kreisunna.ikz.platform.domain;

import java.util.List;

/** The request is well-formed but the current state does not allow it (a concluded agreement, an issued invoice). */
public final class Conflict extends DomainException {

    public Conflict(String detail) {
        super(detail);
    }

    /** A conflict that lies in some of the inputs, each named (a party without a council decision, say). */
    public Conflict(String detail, List<Violation> violations) {
        super(detail, violations);
    }
}
