package de.kreisunna.ikz.platform.domain;

import java.util.List;
import java.util.stream.Collectors;

/** An input breaks a rule: a field out of its range, a combination the domain does not allow. */
public final class InvalidInput extends DomainException {

    public InvalidInput(String field, String reason) {
        super(field + ": " + reason, List.of(new Violation(field, reason)));
    }

    public InvalidInput(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.reason()).collect(Collectors.joining("; ")), violations);
    }
}
