package de.kreisunna.ikz.membership.rest;

import de.kreisunna.ikz.membership.concurrency.ExpectedVersion;
import de.kreisunna.ikz.platform.problem.Problem;
import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code If-Match} into the versions a write may apply to and writes the {@code ETag} of a version
 * (a strong tag: {@code "3"}). Weak or malformed tags match nothing, so such a write gets 412, as RFC 9110 says.
 */
final class IfMatch {

    static final String HEADER = "If-Match";

    private IfMatch() {
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** For a PUT: without If-Match the client may overwrite what it never saw, so the request is refused (428). */
    static ExpectedVersion required(String header) {
        if (header == null || header.isBlank()) {
            throw new Problem(428, "Precondition required", "send If-Match with the ETag of the version you read"
                    + " (GET returns it), so a concurrent change is not overwritten");
        }
        return optional(header);
    }

    /** For state-changing POSTs: checked if sent. */
    static ExpectedVersion optional(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return ExpectedVersion.ANY;
        }
        Set<Long> versions = Arrays.stream(header.split(",")).map(String::strip)
                .filter(tag -> tag.matches("\"\\d{1,18}\""))
                .map(tag -> Long.valueOf(tag.substring(1, tag.length() - 1)))
                .collect(Collectors.toSet());
        return new ExpectedVersion(versions);
    }
}
