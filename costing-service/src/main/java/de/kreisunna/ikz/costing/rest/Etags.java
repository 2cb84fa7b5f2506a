package de.kreisunna.ikz.costing.rest;

import de.kreisunna.ikz.platform.problem.Problem;

/** Entity tags of versioned resources: the optimistic-lock version ({@code ETag: "3"}). */
final class Etags {

    private Etags() {
    }

    /** The version an If-Match header asks for; null without the header. An unreadable tag cannot match: 412. */
    static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new Problem(412, "Precondition Failed", "If-Match " + header + " names no version of this resource");
        }
    }
}
