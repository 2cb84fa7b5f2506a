package de.kreisunna.ikz.testing;

import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.testing.RawHttp.Answer;

/**
 * The checks of the shared HTTP edge (service-platform) that hold for every operation of every service, run
 * by each service's tests against its own endpoints: every refusal is problem+json naming what is wrong, never
 * an empty body, a 5xx or a Java class name.
 */
public final class EdgeChecks {

    private final int port;
    private final String token;

    public EdgeChecks(int port, String token) {
        this.port = port;
        this.token = token;
    }

    public Answer get(String target, String... headers) {
        return RawHttp.send(port, "GET", target, null, withToken(headers));
    }

    public Answer send(String method, String target, String body, String... headers) {
        String[] all = new String[headers.length + 1];
        all[0] = "Content-Type: application/json";
        System.arraycopy(headers, 0, all, 1, headers.length);
        return RawHttp.send(port, method, target, body, withToken(all));
    }

    private String[] withToken(String[] headers) {
        String[] all = new String[headers.length + 1];
        all[0] = "Authorization: Bearer " + token;
        System.arraycopy(headers, 0, all, 1, headers.length);
        return all;
    }

    /** Asserts a problem+json answer with the status, whose body names {@code field}; returns the body. */
    public static String assertProblem(Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + status).doesNotContain("de.kreisunna", "Exception", "`");
        if (field != null) {
            assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
        }
        return answer.body();
    }

    /** Runs every check and reports all that failed together. */
    private static void all(Runnable... checks) {
        StringBuilder failures = new StringBuilder();
        for (int i = 0; i < checks.length; i++) {
            try {
                checks[i].run();
            } catch (AssertionError | RuntimeException e) {
                failures.append("\n--- check ").append(i + 1).append(": ").append(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("edge checks failed:" + failures);
        }
    }

    /** The URL checks on a GET operation that takes no query parameter named {@code bogus}. */
    public void urlChecks(String getPath) {
        all(() -> assertProblem(get(getPath + "?bogus=1"), 400, "bogus"),
                () -> assertProblem(get(getPath + "/%00"), 400, "path"),
                () -> assertProblem(get(getPath + "?x=%00"), 400, "query"),
                // a malformed %-escape (/%ZZ) is refused by Vert.x itself, with an empty 400, before any hook
                () -> assertProblem(get(getPath + "?x=" + "a".repeat(9000)), 414, null),
                () -> assertProblem(get(getPath, "X-Filler: " + "a".repeat(20_000)), 431, null),
                () -> {
                    Answer ok = get(getPath);
                    assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
                    assertThat(ok.header("x-content-type-options")).as(ok.toString()).isEqualTo("nosniff");
                    assertThat(ok.header("cache-control")).as(ok.toString()).isEqualTo("no-store");
                });
    }

    /** The body checks on a write operation; {@code validBody} must be a JSON object that starts with '{'. */
    public void bodyChecks(String method, String path, String validBody, String aStringField, String... headers) {
        String rest = validBody.substring(validBody.indexOf('{') + 1);
        all(() -> assertProblem(send(method, path, "{\"" + aStringField + "\":\"x\",\"" + aStringField + "\":\"y\","
                        + rest, headers), 400, aStringField),
                () -> assertProblem(send(method, path, validBody + " {}", headers), 400, null),
                () -> assertProblem(send(method, path, validBody.substring(0, validBody.length() - 1), headers), 400,
                        null),
                () -> assertProblem(send(method, path, "{\"" + aStringField + "\":42," + rest, headers), 400,
                        aStringField),
                () -> assertProblem(send(method, path, "[" + validBody + "]", headers), 400, null),
                () -> assertProblem(send(method, path, "{}", withLength(headers, "Content-Length: 99999999")), 413,
                        "body"));
    }

    private static String[] withLength(String[] headers, String length) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 1);
        all[headers.length] = length;
        return all;
    }
}
