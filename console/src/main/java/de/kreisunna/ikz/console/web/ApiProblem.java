package de.kreisunna.ikz.console.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A service's refusal (RFC 9457 problem+json) as the console received it: the page shows {@code title} and
 * {@code detail}, and each violation beside the form field it names.
 */
public class ApiProblem extends RuntimeException {

    /** One field the service named, and why it refused it. */
    public record Violation(String field, String reason) {
    }

    private final int status;
    private final String title;
    private final String detail;
    private final List<Violation> violations;

    public ApiProblem(int status, String title, String detail, List<Violation> violations) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<Violation> violations() {
        return violations;
    }

    public boolean notFound() {
        return status == 404;
    }

    /**
     * The reasons by the last segment of the field's path ({@code register.body.participantName} and
     * {@code participantName} both name the form field {@code participantName}).
     */
    public Map<String, String> byField() {
        return violations.stream().filter(v -> v.field() != null).collect(Collectors.toMap(
                v -> lastSegment(v.field()), Violation::reason, (a, b) -> a + "; " + b));
    }

    static String lastSegment(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
