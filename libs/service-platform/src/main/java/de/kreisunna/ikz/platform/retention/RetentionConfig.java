package de.kreisunna.ikz.platform.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long the event tables keep rows that have done their work (see {@link EventRetention}).
 */
@ConfigMapping(prefix = "ikz.retention")
public interface RetentionConfig {

    /**
     * How long an outbox row is kept after the broker acknowledged it (a record of what was published, for
     * operators). Rows not yet published are never deleted.
     */
    @WithDefault("30d")
    Duration publishedOutbox();

    /**
     * How long a consumed event's id is kept for deduplication. It must be longer than the topics' retention
     * (7 days): a record still on a topic can be delivered again, and its id must then still be known.
     */
    @WithDefault("30d")
    Duration processedEvents();

    /** How often old rows are deleted, as a Quarkus scheduler interval ("1h"); "off" disables the schedule. */
    @WithDefault("1h")
    String interval();

    /** Most rows deleted per statement (and transaction), so no deletion holds locks for long. */
    @WithDefault("5000")
    int batchSize();
}
