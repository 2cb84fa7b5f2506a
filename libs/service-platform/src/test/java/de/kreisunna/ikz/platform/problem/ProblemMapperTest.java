package de.kreisunna.ikz.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.platform.domain.Violation;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void anAnswerListsAtMostFiftyViolationsAndSaysHowManyMoreThereWere() {
        List<Violation> many = IntStream.range(0, 20_000)
                .mapToObj(i -> new Violation("entries[" + i + "].payGrade", "must not be blank")).toList();

        List<Violation> shown = ProblemMapper.capped(many);

        assertThat(shown).hasSize(51);
        assertThat(shown.get(50)).isEqualTo(new Violation("body", "19950 further violations not listed"));
    }

    @Test
    void aFewViolationsAreAllListed() {
        List<Violation> few = List.of(new Violation("ags", "must be the 8-digit AGS of a town"));
        assertThat(ProblemMapper.capped(few)).isEqualTo(few);
    }
}
