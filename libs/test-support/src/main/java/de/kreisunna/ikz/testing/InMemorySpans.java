package de.kreisunna.ikz.testing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Collects the spans a {@code @QuarkusTest} produces: Quarkus hands every finished span to each {@code SpanExporter}
 * bean, and this one keeps them in memory. Inject {@link InMemorySpanExporter} to read them.
 */
@ApplicationScoped
public class InMemorySpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    /** A new random W3C trace id (32 hex digits), as a caller starting a trace would make. */
    public static String randomTraceId() {
        return randomHex(16);
    }

    /** A new random W3C span id (16 hex digits). */
    public static String randomSpanId() {
        return randomHex(8);
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        value[0] |= 1;
        return HexFormat.of().formatHex(value);
    }

    /** The finished spans of one trace. */
    public static List<SpanData> ofTrace(InMemorySpanExporter exporter, String traceId) {
        return exporter.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }
}
