package de.kreisunna.ikz.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Replaces Kafka channels by in-memory ones for {@code @QuarkusTest}s. Init args {@code incoming} and
 * {@code outgoing} take comma-separated channel names. Tests against the real broker live in system-tests.
 */
public class InMemoryChannels implements QuarkusTestResourceLifecycleManager {

    private Map<String, String> args = Map.of();

    @Override
    public void init(Map<String, String> initArgs) {
        this.args = initArgs;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.putAll(InMemoryConnector.switchIncomingChannelsToInMemory(channels("incoming")));
        config.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory(channels("outgoing")));
        return config;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }

    private String[] channels(String direction) {
        String names = args.getOrDefault(direction, "");
        return names.isBlank() ? new String[0] : Arrays.stream(names.split(",")).map(String::trim).toArray(String[]::new);
    }
}
