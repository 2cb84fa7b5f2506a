package de.kreisunna.ikz.platform.town;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgsTest {

    @Test
    void aTownHasEightDigitsAndADistrictFive() {
        assertThat(Ags.of("05978024").isDistrict()).isFalse();
        assertThat(Ags.of("05978").isDistrict()).isTrue();
        assertThat(Ags.of("05978024")).hasToString("05978024");
    }

    @Test
    void anythingElseIsNotAnAgs() {
        for (String bad : new String[] {null, "", "0597802", "059780245", "0597802x", " 05978024", "05978\u0000"}) {
            assertThat(Ags.isValid(bad)).as(String.valueOf(bad)).isFalse();
            assertThatThrownBy(() -> Ags.of(bad)).hasMessage(Ags.RULE);
        }
        assertThat("05978024".matches(Ags.TOWN_PATTERN)).isTrue();
        assertThat("05978".matches(Ags.TOWN_PATTERN)).isFalse();
    }
}
