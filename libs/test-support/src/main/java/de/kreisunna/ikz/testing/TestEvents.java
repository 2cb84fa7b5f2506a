package de.kreisunna.ikz.testing;

import io.smallrye.reactive.messaging.ce.impl.DefaultIncomingCloudEventMetadata;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/** Builds incoming CloudEvents as the Kafka connector delivers them (binary mode), for in-memory channels. */
public final class TestEvents {

    private TestEvents() {
    }

    public static Message<String> cloudEvent(String id, String type, String subject, String json) {
        var ce = new DefaultIncomingCloudEventMetadata<>("1.0", id, URI.create("/ikz/test"), type,
                "application/json", null, subject, ZonedDateTime.now(), Map.of(), json);
        return Message.of(json, Metadata.of(ce));
    }

    public static Message<String> cloudEvent(String type, String subject, String json) {
        return cloudEvent(UUID.randomUUID().toString(), type, subject, json);
    }

    /** A message whose acknowledgement (empty) or rejection (the cause) can be awaited. */
    public record Delivery(Message<String> message, CompletableFuture<Optional<Throwable>> outcome) {

        public Optional<Throwable> awaitOutcome() {
            return outcome.orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    public static Delivery tracked(Message<String> message) {
        CompletableFuture<Optional<Throwable>> outcome = new CompletableFuture<>();
        Message<String> tracked = message
                .withAck(() -> {
                    outcome.complete(Optional.empty());
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(cause -> {
                    outcome.complete(Optional.of(cause));
                    return CompletableFuture.completedFuture(null);
                });
        return new Delivery(tracked, outcome);
    }
}
