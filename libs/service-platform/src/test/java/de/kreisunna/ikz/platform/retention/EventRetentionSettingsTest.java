package de.kreisunna.ikz.platform.retention;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Retention settings that would delete what is still needed are refused (and with them the service's start). */
class EventRetentionSettingsTest {

    @Test
    void theDefaultsAreAccepted() {
        assertThatCode(() -> EventRetention.check(Duration.ofDays(30), Duration.ofDays(30), 5000)).doesNotThrowAnyException();
    }

    @Test
    void consumedEventIdsKeptNoLongerThanTheTopicsKeepTheirRecordsAreRefused() {
        assertThatThrownBy(() -> EventRetention.check(Duration.ofDays(30), Duration.ofDays(7), 5000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ikz.retention.processed-events").hasMessageContaining("7 days");
        assertThatCode(() -> EventRetention.check(Duration.ofDays(30), Duration.ofDays(8), 5000)).doesNotThrowAnyException();
    }

    @Test
    void aPublishedOutboxRetentionOfZeroOrLessAndAnEmptyBatchAreRefused() {
        assertThatThrownBy(() -> EventRetention.check(Duration.ZERO, Duration.ofDays(30), 5000))
                .hasMessageContaining("ikz.retention.published-outbox");
        assertThatThrownBy(() -> EventRetention.check(Duration.ofDays(-1), Duration.ofDays(30), 5000))
                .hasMessageContaining("ikz.retention.published-outbox");
        assertThatThrownBy(() -> EventRetention.check(Duration.ofDays(30), Duration.ofDays(30), 0))
                .hasMessageContaining("ikz.retention.batch-size");
    }
}
