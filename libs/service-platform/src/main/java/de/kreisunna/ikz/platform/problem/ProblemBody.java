package de.kreisunna.ikz.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The JSON body of an RFC 9457 problem; {@code violations} lists the offending fields, if any. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemBody(String type, String title, int status, String detail, String instance,
        List<Problem.Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
