package de.kreisunna.ikz.platform.problem;

import de.kreisunna.ikz.platform.domain.Violation;
import java.util.List;

/**
 * An error of the edge itself (a malformed parameter), answered as RFC 9457 problem details; domain and service
 * code throw {@code domain.DomainException}s instead. The {@link ProblemMapper} writes it as
 * {@code application/problem+json}.
 */
public class Problem extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Violation> violations;

    public Problem(int status, String title, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public Problem(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public static Problem badRequest(String field, String reason) {
        return new Problem(400, "Invalid request", field + ": " + reason, List.of(new Violation(field, reason)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }
}
