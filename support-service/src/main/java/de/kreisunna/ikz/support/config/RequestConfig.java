package de.kreisunna.ikz.support.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Workflow settings of support requests (keys {@code support.requests.*}). */
@ConfigMapping(prefix = "support.requests")
public interface RequestConfig {

    /**
     * How long after its resolution a request may be reopened (calendar time, "14d"); after that it is
     * closed by the scheduled check and a new request is needed.
     */
    @WithDefault("14d")
    Duration reopenPeriod();
}
