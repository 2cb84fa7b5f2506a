package de.kreisunna.ikz.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void theOffsetIsTheNumberOfItemsBeforeThePage() {
        assertThat(Paging.of(1, 100).offset()).isZero();
        assertThat(Paging.of(3, 25).offset()).isEqualTo(50);
    }
}
