package de.kreisunna.ikz.platform.web;

import de.kreisunna.ikz.platform.problem.InvalidParameter;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query parameter the operation does not declare: a misspelt filter would otherwise silently return
 * everything. (NUL characters and malformed %-escapes in the URL are refused earlier, by {@link HttpEdge}.)
 */
public class RequestGuards {

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void checkQueryParameters(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> known = declared.computeIfAbsent(method, RequestGuards::queryParametersOf);
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!known.contains(name)) {
                throw new InvalidParameter(name, known.isEmpty() ? "this operation takes no query parameters"
                        : "is not a query parameter of this operation; known: " + String.join(", ", known));
            }
        }
    }

    private static Set<String> queryParametersOf(Method method) {
        Set<String> names = new TreeSet<>();
        java.lang.reflect.Parameter[] parameters = method.getParameters();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                } else if (a instanceof RestQuery r) {
                    names.add(r.value().isEmpty() ? parameters[i].getName() : r.value());
                }
            }
        }
        return java.util.Collections.unmodifiableSet(names);
    }
}
