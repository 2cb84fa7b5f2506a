package de.kreisunna.ikz.platform.web;

import de.kreisunna.ikz.platform.domain.ExpectedVersion;
import de.kreisunna.ikz.platform.domain.VersionRequired;
import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one ETag and If-Match policy of every versioned resource of every service. The ETag is the version as a strong
 * tag ({@code "3"}). If-Match is compared strongly (RFC 9110 13.1.1): a weak or malformed tag matches nothing, so the
 * change is refused as stale (412); {@code *} matches any version. A replacement (PUT) of an existing version without
 * If-Match is refused (428, {@link ExpectedVersion#require}); a command on it (a lifecycle step, a deletion), which
 * its state guards, checks If-Match when sent ({@link ExpectedVersion#check}).
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private static final String STRONG_TAG = "\"\\d{1,18}\"";

    private IfMatch() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** For a replacement (PUT) of what exists: without If-Match the caller could overwrite what it never saw (428). */
    public static ExpectedVersion required(String header, String what) {
        ExpectedVersion expected = parse(header);
        if (!expected.sent()) {
            throw new VersionRequired(what);
        }
        return expected;
    }

    /** The versions an If-Match header accepts; {@link ExpectedVersion#NOT_SENT} without one. */
    public static ExpectedVersion parse(String header) {
        if (header == null || header.isBlank()) {
            return ExpectedVersion.NOT_SENT;
        }
        if (header.strip().equals("*")) {
            return ExpectedVersion.ANY;
        }
        Set<Long> versions = Arrays.stream(header.split(",")).map(String::strip)
                .filter(tag -> tag.matches(STRONG_TAG))
                .map(tag -> Long.valueOf(tag.substring(1, tag.length() - 1)))
                .collect(Collectors.toSet());
        return ExpectedVersion.anyOf(versions);
    }
}
