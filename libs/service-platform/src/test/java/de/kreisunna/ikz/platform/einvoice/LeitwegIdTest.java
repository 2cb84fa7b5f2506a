package de.kreisunna.ikz.platform.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeitwegIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"04011000-12345-03", "991-33333TEST-33", "991-33333test-33", "05978004-0001-47", "05978-0001-97"})
    void knownValidLeitwegIdsPassTheMod97Check(String id) {
        assertThat(LeitwegId.problem(id)).isEmpty();
    }

    @Test
    void checkDigitsAreComputedOverCoarseAndFineAddressWithLettersAsNumbers() {
        assertThat(LeitwegId.checkDigits("0401100012345")).isEqualTo("03");
        assertThat(LeitwegId.checkDigits("99133333TEST")).isEqualTo("33");
        assertThat(LeitwegId.checkDigits("059780040001")).isEqualTo("47");
    }

    @Test
    void wrongCheckDigitsAreRefusedNamingTheExpectedOnes() {
        assertThat(LeitwegId.problem("04011000-12345-04")).hasValueSatisfying(reason ->
                assertThat(reason).contains("check digits 04 are wrong").contains("expected 03"));
        assertThat(LeitwegId.problem("05978004-0002-47")).isPresent();
        assertThat(LeitwegId.problem("991-33333TEXT-33")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1-03", "1234567890123-03", "04011000-03x", "04011000_12345_03", "04011000-1234567890123456789012345678901-03",
            "04011000-123 45-03", "04011000-12345-3", "04011000--03"})
    void malformedIdsAreRefusedWithTheExpectedShape(String id) {
        assertThat(LeitwegId.problem(id)).hasValueSatisfying(reason -> assertThat(reason).contains("coarse address"));
    }

    @Test
    void checkDigitsAreAppendedToCoarseAndFineAddress() {
        assertThat(LeitwegId.withCheckDigits("05978004", "0001")).isEqualTo("05978004-0001-47");
        assertThat(LeitwegId.withCheckDigits("04011000", "12345")).isEqualTo("04011000-12345-03");
        assertThat(LeitwegId.isValid(LeitwegId.withCheckDigits("05978", null))).isTrue();
        assertThat(LeitwegId.isValid(null)).isFalse();
    }
}
