package de.kreisunna.ikz.platform.observability;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts who is calling and which request this is into the log context of every request (MDC keys
 * {@code requestId}, {@code caller} = user name or client id, {@code clientId} = the token's {@code azp}; never the
 * token), and echoes {@code X-Request-Id}: the caller's own id if it is a plain token of at most 128 characters,
 * else a new one. Trace and span id come from OpenTelemetry (MDC keys {@code traceId}, {@code spanId}).
 */
public class RequestLogContext {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final Instance<SecurityIdentity> identity;

    RequestLogContext(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    @ServerRequestFilter(preMatching = true)
    public void identify(ContainerRequestContext request) {
        String given = request.getHeaderString(REQUEST_ID);
        String requestId = given != null && PLAIN_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setProperty(REQUEST_ID, requestId);
        MDC.put("requestId", requestId);
    }

    @ServerRequestFilter
    public void caller() {
        SecurityIdentity caller = identity.isResolvable() ? identity.get() : null;
        if (caller == null || caller.isAnonymous()) {
            return;
        }
        if (caller.getPrincipal() instanceof JsonWebToken token) {
            String client = token.getClaim("azp");
            String user = token.getClaim("preferred_username");
            if (client != null) {
                MDC.put("clientId", client);
            }
            MDC.put("caller", user != null ? user : client != null ? client : token.getSubject());
        } else {
            MDC.put("caller", caller.getPrincipal().getName());
        }
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object requestId = request.getProperty(REQUEST_ID);
        if (requestId != null) {
            response.getHeaders().putSingle(REQUEST_ID, requestId);
        }
    }
}
