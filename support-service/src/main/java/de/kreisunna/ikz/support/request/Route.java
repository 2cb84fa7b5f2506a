package de.kreisunna.ikz.support.request;

import java.util.List;
import java.util.Optional;

/** The teams a request passes through, in order; most requests have one step, licence requests two. */
public record Route(List<Team> steps) {

    public Route {
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("a route has at least one step");
        }
        steps = List.copyOf(steps);
    }

    public static Route of(Team... steps) {
        return new Route(List.of(steps));
    }

    public Team first() {
        return steps.get(0);
    }

    /** The step after {@code current}, if any. */
    public Optional<Team> after(Team current) {
        int i = steps.indexOf(current);
        return i >= 0 && i + 1 < steps.size() ? Optional.of(steps.get(i + 1)) : Optional.empty();
    }
}
