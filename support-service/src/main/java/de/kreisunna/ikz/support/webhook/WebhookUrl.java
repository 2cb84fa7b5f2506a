package de.kreisunna.ikz.support.webhook;

import de.kreisunna.ikz.platform.domain.InvalidInput;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The address a subscription delivers to: HTTPS, or plain HTTP to the loopback interface only (a receiver on
 * the same machine in the local stack and in tests). No user info: credentials never go into a URL.
 */
public final class WebhookUrl {

    private WebhookUrl() {
    }

    public static URI parse(String value, String field) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException | NullPointerException e) {
            throw new InvalidInput(field, "must be an absolute https URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
            throw new InvalidInput(field, "must be an absolute https URL without user info or fragment");
        }
        String scheme = uri.getScheme().toLowerCase();
        if (scheme.equals("https")) {
            return uri;
        }
        if (scheme.equals("http") && isLoopback(uri.getHost())) {
            return uri;
        }
        throw new InvalidInput(field, "must use https (plain http only to the loopback interface)");
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase();
        return h.equals("localhost") || h.equals("[::1]") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}");
    }
}
