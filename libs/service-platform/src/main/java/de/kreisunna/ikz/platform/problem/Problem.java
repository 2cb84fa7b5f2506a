package de.kreisunna.ikz.platform.problem;

import de.kreisunna.ikz.platform.domain.Violation;
import java.util.List;

/**
 * An error answered as RFC 9457 problem details. Thrown from domain or service code; the
 * {@link ProblemMapper} writes it as {@code application/problem+json}.
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

    public static Problem notFound(String what) {
        return new Problem(404, "Not found", what + " does not exist");
    }

    public static Problem conflict(String detail) {
        return new Problem(409, "Conflict", detail);
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "Forbidden", detail);
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
