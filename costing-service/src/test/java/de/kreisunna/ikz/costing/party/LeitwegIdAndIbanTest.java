package de.kreisunna.ikz.costing.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeitwegIdAndIbanTest {

    @Test
    void leitwegIdCheckDigitsFollowIso7064Mod97And10() {
        assertThat(LeitwegId.withCheckDigits("05978004", "0001")).isEqualTo("05978004-0001-47");
        assertThat(LeitwegId.isValid("04011000-12345-03")).isTrue();
        assertThat(LeitwegId.isValid("991-33333TEST-33")).isTrue();
        assertThat(LeitwegId.isValid("05978004-0001-47")).isTrue();
        assertThat(LeitwegId.isValid("05978004-0001-48")).isFalse();
        assertThat(LeitwegId.isValid("05978004")).isFalse();
        assertThat(LeitwegId.isValid(null)).isFalse();
    }

    @Test
    void ibanChecksumIsVerified() {
        assertThat(Iban.isValid("DE89370400440532013000")).isTrue();
        assertThat(Iban.isValid("DE30000000000005978024")).isTrue();
        assertThat(Iban.isValid("DE30000000000005978025")).isFalse();
        assertThat(Iban.isValid("DE89 3704 0044 0532 0130 00")).isFalse();
    }
}
