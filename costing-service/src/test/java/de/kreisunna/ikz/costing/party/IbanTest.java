package de.kreisunna.ikz.costing.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IbanTest {

    @Test
    void ibanChecksumIsVerified() {
        assertThat(Iban.isValid("DE89370400440532013000")).isTrue();
        assertThat(Iban.isValid("DE30000000000005978024")).isTrue();
        assertThat(Iban.isValid("DE30000000000005978025")).isFalse();
        assertThat(Iban.isValid("DE89 3704 0044 0532 0130 00")).isFalse();
    }
}
