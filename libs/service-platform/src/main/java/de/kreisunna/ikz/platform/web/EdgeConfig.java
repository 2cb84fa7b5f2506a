package de.kreisunna.ikz.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Limits of the HTTP edge every service shares ({@code ikz.edge.*}). */
@ConfigMapping(prefix = "ikz.edge")
public interface EdgeConfig {

    /** The largest request body of an operation that {@link #bodyLimits()} does not name. */
    @WithDefault("256K")
    MemorySize bodyLimit();

    /** Larger (or smaller) body limits by path prefix, e.g. {@code ikz.edge.body-limits."/history-import"=2M}. */
    Map<String, MemorySize> bodyLimits();

    /** The longest request target (path and query) accepted; longer ones are answered 414. */
    @WithDefault("8K")
    MemorySize maxUriLength();

    /** The largest total size of the request headers; larger ones are answered 431. */
    @WithDefault("16K")
    MemorySize maxHeaderSize();
}
