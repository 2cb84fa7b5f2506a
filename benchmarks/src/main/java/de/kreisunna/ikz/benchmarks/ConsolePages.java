package de.kreisunna.ikz.benchmarks;

import de.kreisunna.ikz.stack.LocalCredentials;
import de.kreisunna.ikz.stack.LocalStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web console's pages as their users open them: each user signs in through Keycloak's login form (a session
 * cookie, as a browser holds it), then the page is requested one at a time and each full response timed on
 * 127.0.0.1 (the console renders it on the server and calls the services with the user's token).
 */
final class ConsolePages {

    record Page(String user, String path, String what) {
    }

    static final List<Page> PAGES = List.of(
            new Page("kopfstelle", "/anfragen", "Kopfstelle: work queue"),
            new Page("kopfstelle", "/schulungen", "Kopfstelle: trainings"),
            new Page("admin", "/vereinbarungen", "Kreis IT: agreements"),
            new Page("finance", "/kostenlaeufe", "finance: cost runs and KGSt editions"),
            new Page("finance", "/rechnungen", "finance: invoices"),
            new Page("luenen", "/rechnungen", "a town (Lünen): its invoices"),
            new Page("luenen", "/abrechnungen", "a town (Lünen): its statements"));

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private ConsolePages() {
    }

    /** Starts the console on free ports and times {@code count} requests per page after {@code warmUp}. */
    static void measure(LocalStack stack, int warmUp, int count, Report report) {
        stack.startConsole(freePort(), freePort());
        String console = stack.consoleUrl();
        for (Page page : PAGES) {
            HttpClient browser = signedIn(console, page.user());
            double[] millis = new double[count];
            for (int i = 0; i < warmUp + count; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = get(browser, console + page.path());
                long took = System.nanoTime() - start;
                if (response.statusCode() != 200 || !response.uri().toString().startsWith(console)) {
                    throw new IllegalStateException(page.path() + " as " + page.user() + " answered "
                            + response.statusCode() + " at " + response.uri());
                }
                if (i >= warmUp) {
                    millis[i - warmUp] = took / 1_000_000.0;
                }
            }
            report.consolePage(page.what() + " `GET " + page.path() + "`", count, Percentiles.of(millis.clone(), 50),
                    Percentiles.of(millis.clone(), 95), Percentiles.of(millis.clone(), 99));
        }
    }

    /** A client holding the user's console session, signed in through the login form. */
    private static HttpClient signedIn(String console, String user) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> login = get(browser, console + "/");
        Matcher form = LOGIN_FORM.matcher(login.body());
        if (!form.find()) {
            throw new IllegalStateException("no Keycloak login form at " + login.uri());
        }
        String action = form.group(1).replace("&amp;", "&");
        String fields = "username=" + encode(user) + "&password=" + encode(LocalCredentials.DEMO_USER_PASSWORD)
                + "&credentialId=";
        HttpResponse<String> back = send(browser, HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build());
        if (back.statusCode() != 200 || !back.uri().toString().startsWith(console)) {
            throw new IllegalStateException("signing in as " + user + " ended with " + back.statusCode() + " at " + back.uri());
        }
        return browser;
    }

    /**
     * Cookies as a browser keeps them for http://127.0.0.1: a browser treats the loopback address as a secure
     * context and sends a {@code Secure} cookie (Keycloak's login session) over plain HTTP there; Java's cookie
     * manager does not, so the attribute is dropped before storing.
     */
    private static final class LoopbackCookies extends CookieManager {

        LoopbackCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> plain = new HashMap<>();
            headers.forEach((name, values) -> plain.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(cookie -> cookie.replaceAll("(?i);\\s*Secure", "")).toList() : values));
            super.put(uri, plain);
        }
    }

    private static HttpResponse<String> get(HttpClient browser, String url) {
        return send(browser, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
