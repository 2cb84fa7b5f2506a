package de.kreisunna.ikz.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;

/**
 * W3C trace context ({@code traceparent}, <a href="https://www.w3.org/TR/trace-context/">Trace Context</a>) as a
 * string: what an outbox row stores and a Kafka record carries, so a trace runs across the asynchronous hop.
 */
public final class Traceparent {

    /** The header (and outbox column) name. */
    public static final String HEADER = "traceparent";

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private Traceparent() {
    }

    /** The traceparent of the current span, or null when no (valid) span is current. */
    public static String current() {
        return of(Context.current());
    }

    /** The traceparent of the span in the given context, or null when it has none. */
    public static String of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** A context whose (remote) parent span is the given traceparent; the root context if it is absent or malformed. */
    public static Context toContext(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(HEADER, traceparent), MAP);
    }

    /** The trace id of a traceparent, or null if it is absent or malformed. */
    public static String traceId(String traceparent) {
        SpanContext span = Span.fromContext(toContext(traceparent)).getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }
}
