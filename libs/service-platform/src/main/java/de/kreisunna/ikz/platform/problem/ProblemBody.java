package de.kreisunna.ikz.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.kreisunna.ikz.platform.domain.Violation;
import java.util.List;

/**
 * The JSON body of an RFC 9457 problem; {@code violations} lists the offending fields, if any; {@code errorId}
 * (only on 500) is also written in the log line of the failure, so an operator can find it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemBody(String type, String title, int status, String detail, String instance,
        List<Violation> violations, String errorId) {

    public ProblemBody(String type, String title, int status, String detail, String instance,
            List<Violation> violations) {
        this(type, title, status, detail, instance, violations, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
}
