package de.kreisunna.ikz.membership.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kreisunna.ikz.platform.problem.Problem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void theCurrentVersionOrAnyTagMatches() {
        assertThatCode(() -> IfMatch.required("\"3\"").check("agreement a", 3)).doesNotThrowAnyException();
        assertThatCode(() -> IfMatch.required("\"2\", \"3\"").check("agreement a", 3)).doesNotThrowAnyException();
        assertThatCode(() -> IfMatch.required("*").check("agreement a", 3)).doesNotThrowAnyException();
        assertThatCode(() -> IfMatch.optional(null).check("agreement a", 3)).doesNotThrowAnyException();
    }

    @Test
    void aStaleWeakOrMalformedTagIsAFailedPrecondition() {
        assertStatus(() -> IfMatch.required("\"2\"").check("agreement a", 3), 412);
        assertStatus(() -> IfMatch.required("W/\"3\"").check("agreement a", 3), 412);
        assertStatus(() -> IfMatch.required("3").check("agreement a", 3), 412);
    }

    @Test
    void aMissingIfMatchIsRequiredForAnUpdate() {
        assertStatus(() -> IfMatch.required(null), 428);
        assertStatus(() -> IfMatch.required(" "), 428);
    }

    private static void assertStatus(ThrowingCallable call, int status) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(status));
    }
}
