package de.kreisunna.ikz.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows in the readiness details how far each consumed channel is behind ({@code <channel>.lag},
 * {@code <channel>.last-applied-event-time}, {@code <channel>.caught-up}). Always UP: a projection that has not
 * caught up yet (e.g. right after a start) says so here, but the service keeps answering with what it has.
 */
@Readiness
@ApplicationScoped
public class ConsumptionHealth implements HealthCheck {

    private final ConsumerProgress progress;

    ConsumptionHealth(ConsumerProgress progress) {
        this.progress = progress;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-consumption").up();
        progress.channels().forEach((name, channel) -> {
            response.withData(name + ".lag", channel.lag());
            response.withData(name + ".caught-up", channel.caughtUp());
            response.withData(name + ".last-applied-event-time",
                    channel.lastEventTime() == null ? "none" : channel.lastEventTime().toString());
        });
        return response.build();
    }
}
