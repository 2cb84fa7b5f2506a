package de.kreisunna.ikz.platform.domain;

/** One offending input: where it is (a JSON path or a parameter name) and what is wrong with it. */
public record Violation(String field, String reason) {
}
