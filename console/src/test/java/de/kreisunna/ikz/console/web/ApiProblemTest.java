package de.kreisunna.ikz.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiProblemTest {

    @Test
    void violationsAreKeyedByTheFormFieldTheyName() {
        ApiProblem problem = new ApiProblem(400, "Invalid request", "register.body.participantName: must not be blank",
                List.of(new ApiProblem.Violation("register.body.participantName", "must not be blank"),
                        new ApiProblem.Violation("capacity", "must be at least 1"),
                        new ApiProblem.Violation("capacity", "must be a number")));

        assertThat(problem.byField()).containsEntry("participantName", "must not be blank")
                .containsEntry("capacity", "must be at least 1; must be a number");
    }
}
