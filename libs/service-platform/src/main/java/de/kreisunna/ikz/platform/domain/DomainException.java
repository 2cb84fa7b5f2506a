package de.kreisunna.ikz.platform.domain;

import java.util.List;

/**
 * A broken rule of the domain, said in the domain's words. Domain and service code throw only these and know no HTTP
 * status; the shared edge ({@code ProblemMapper}) answers each kind as problem details.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInput, NotFound, NotAllowed, Conflict, StaleVersion, IdempotencyKeyReused, ContentTooLarge,
        UnsupportedContent, VersionRequired {

    private final List<Violation> violations;

    protected DomainException(String detail, List<Violation> violations) {
        super(detail, null, false, false);   // an expected outcome: no stack trace is taken
        this.violations = List.copyOf(violations);
    }

    protected DomainException(String detail) {
        this(detail, List.of());
    }

    /** The offending inputs, each with where it is and what is wrong with it; empty where no input is at fault. */
    public List<Violation> violations() {
        return violations;
    }
}
