package de.kreisunna.ikz.platform.domain;

import java.util.List;

/** A piece of content (an attachment, say) is larger than the domain accepts. */
public final class ContentTooLarge extends DomainException {

    public ContentTooLarge(String field, String reason) {
        super(field + ": " + reason, List.of(new Violation(field, reason)));
    }
}
