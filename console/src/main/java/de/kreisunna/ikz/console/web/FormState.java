package de.kreisunna.ikz.console.web;

import java.util.Map;

/**
 * What a form shows after the service refused it: the values the user entered, the reason beside each field the
 * problem named, and the problem's title and detail above the form. {@link #EMPTY} for a fresh form.
 *
 * @param form the name of the form the problem belongs to (a page can have several)
 */
public record FormState(String form, Map<String, String> values, Map<String, String> errors, ApiProblem problem) {

    public static final FormState EMPTY = new FormState("", Map.of(), Map.of(), null);

    public static FormState refused(String form, Map<String, String> values, ApiProblem problem) {
        return new FormState(form, values, problem.byField(), problem);
    }

    public boolean isFor(String name) {
        return form.equals(name) && problem != null;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The reason for {@code field}, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** The refusal as one sentence: {@code title: detail}. */
    public String message() {
        if (problem == null) {
            return "";
        }
        return problem.detail() == null ? problem.title() : problem.title() + ": " + problem.detail();
    }
}
