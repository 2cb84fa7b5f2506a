package de.kreisunna.ikz.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.platform.domain.Violation;
import de.kreisunna.ikz.platform.problem.ProblemBody;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The part of the edge that runs before the REST layer, on every answer of the HTTP server: security headers,
 * request size limits answered as problem+json (413, 414, 431, 411) and a failure handler so that an error
 * raised below the REST layer (a malformed URL, say) is problem+json too, never an empty body.
 */
@ApplicationScoped
public class HttpEdge {

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Before Quarkus' own body-size check, which answers with an empty body. */
    private static final int FIRST = Integer.MIN_VALUE + 100;

    private static final Pattern NUL = Pattern.compile("%00|\u0000");
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    /** The context key under which Quarkus' HTTP metrics look for the route template. */
    private static final String METRICS_TEMPLATE = "UrlPathTemplate";

    private final EdgeConfig config;

    HttpEdge(EdgeConfig config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(this::guard);
        router.route().order(FIRST).failureHandler(HttpEdge::failure);
        // a request Vert.x Web refuses before any route (a path it cannot normalise, say) ends here
        for (int status : new int[] {400, 405, 413, 414, 415, 431, 500}) {
            router.errorHandler(status, HttpEdge::failure);
        }
    }

    private void guard(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        boolean authenticated = request.headers().contains(HttpHeaders.AUTHORIZATION);
        ctx.addHeadersEndHandler(v -> {
            response.headers().set("X-Content-Type-Options", "nosniff");
            if (authenticated) {
                response.headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        });
        if (request.uri().length() > config.maxUriLength().asLongValue()) {
            answer(ctx, 414, "URI Too Long", "the request target is longer than "
                    + config.maxUriLength().asLongValue() + " characters", List.of());
            return;
        }
        if (headerSize(request.headers()) > config.maxHeaderSize().asLongValue()) {
            answer(ctx, 431, "Request Header Fields Too Large", "the request headers are larger than "
                    + config.maxHeaderSize().asLongValue() + " bytes", List.of());
            return;
        }
        String path = request.path();
        String query = request.query();
        Violation badUrl = urlViolation("path", path);
        if (badUrl == null) {
            badUrl = urlViolation("query", query);
        }
        if (badUrl != null) {
            answer(ctx, 400, "Invalid request", badUrl.field() + ": " + badUrl.reason(), List.of(badUrl));
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = bodyLimit(request.path());
        if (length == null && request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            answer(ctx, 411, "Length Required", "a request body needs a Content-Length header",
                    List.of(new Violation("Content-Length", "is required with a request body")));
            return;
        }
        if (length != null && exceeds(length, limit)) {
            answer(ctx, 413, "Content Too Large", "the request body is larger than " + limit
                    + " bytes, the limit of this operation", List.of(new Violation("body",
                            "must not be larger than " + limit + " bytes")));
            return;
        }
        ctx.next();
    }

    /** PostgreSQL cannot store NUL; a malformed escape cannot be decoded: both are refused for any part of the URL. */
    static Violation urlViolation(String part, String raw) {
        if (raw == null) {
            return null;
        } else if (NUL.matcher(raw).find()) {
            return new Violation(part, "must not contain the NUL character (%00)");
        } else if (BAD_ESCAPE.matcher(raw).find()) {
            return new Violation(part, "contains a malformed %-escape (a % must be followed by two hex digits)");
        }
        return null;
    }

    /**
     * The body limit of the path: the longest configured prefix that matches, else the default. A {@code *} in a
     * configured prefix stands for one path segment ({@code /support-requests/ * /attachments} without spaces).
     */
    long bodyLimit(String path) {
        String best = null;
        for (Map.Entry<String, io.quarkus.runtime.configuration.MemorySize> entry : config.bodyLimits().entrySet()) {
            if (path != null && matchesPrefix(path, entry.getKey()) && (best == null || entry.getKey().length() > best.length())) {
                best = entry.getKey();
            }
        }
        return best == null ? config.bodyLimit().asLongValue() : config.bodyLimits().get(best).asLongValue();
    }

    static boolean matchesPrefix(String path, String prefix) {
        if (prefix.indexOf('*') < 0) {
            return path.startsWith(prefix);
        }
        String[] literal = prefix.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < literal.length; i++) {
            regex.append(java.util.regex.Pattern.quote(literal[i]));
            if (i < literal.length - 1) {
                regex.append("[^/]+");
            }
        }
        return java.util.regex.Pattern.compile(regex.toString()).matcher(path).lookingAt();
    }

    private static boolean exceeds(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static long headerSize(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static void failure(RoutingContext ctx) {
        // authentication and authorisation failures are answered by Quarkus' security layer (401/403)
        if (ctx.response().headWritten() || isSecurityFailure(ctx.failure())) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (status == 500) {
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(ctx.failure(), "unexpected failure of %s, error id %s", safePath(ctx), errorId);
            write(ctx, new ProblemBody("about:blank", "Internal error", 500,
                    "the request failed unexpectedly; it has been logged with error id " + errorId, safePath(ctx),
                    List.of(), errorId));
            return;
        }
        String title = io.netty.handler.codec.http.HttpResponseStatus.valueOf(status).reasonPhrase();
        String detail = status == 400 ? "the request is malformed (URL, escapes or headers)" : title;
        answer(ctx, status, title, detail, List.of());
    }

    private static boolean isSecurityFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("io.quarkus.security.")) {
                return true;
            }
        }
        return false;
    }

    private static void answer(RoutingContext ctx, int status, String title, String detail,
            List<Violation> violations) {
        write(ctx, new ProblemBody("about:blank", title, status, detail, safePath(ctx), violations));
    }

    private static void write(RoutingContext ctx, ProblemBody body) {
        // the HTTP metrics label a request by its route template; a refused request has none, and its raw
        // path (an attacker's choice) must not become a label
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        if (context != null) {
            context.putLocal(METRICS_TEMPLATE, "/refused-by-edge");
        }
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            json = "{\"title\":\"" + body.title() + "\",\"status\":" + body.status() + "}";
        }
        HttpServerResponse response = ctx.response().setStatusCode(body.status());
        response.headers().set(HttpHeaders.CONTENT_TYPE, ProblemBody.MEDIA_TYPE);
        if (body.status() == 413 || body.status() == 411) {
            // the refused body is not read: close the connection rather than wait for it
            response.headers().set(HttpHeaders.CONNECTION, "close");
            response.end(json).onComplete(done -> ctx.request().connection().close());
            return;
        }
        response.end(json);
    }

    /** The path as the caller sent it, only if it is printable; never echoes control characters. */
    private static String safePath(RoutingContext ctx) {
        String path = ctx.request().path();
        return path == null || path.chars().anyMatch(c -> c < 0x20) ? null : path;
    }
}
