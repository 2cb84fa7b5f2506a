package de.kreisunna.ikz.platform.domain;

import java.util.List;

/** A piece of content is of a kind the domain does not accept (an attachment that is no PDF or image, say). */
public final class UnsupportedContent extends DomainException {

    public UnsupportedContent(String field, String reason) {
        super(field + ": " + reason, List.of(new Violation(field, reason)));
    }
}
