package de.kreisunna.ikz.membership.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.testing.InMemorySpans;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production log format, read as an operator's log pipeline reads it: one JSON object per line, and the line of
 * an unexpected failure carries the trace id, the error id the caller was given, the request id and the caller.
 */
@QuarkusTest
@TestProfile(JsonLogTest.JsonLogFile.class)
class JsonLogTest {

    static final Path LOG = Path.of("target", "json-log-test", "membership-service.log");

    public static class JsonLogFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.file.json.enabled", "true");
        }
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theLineOfAForced500CarriesTraceIdErrorIdRequestIdAndCaller() {
        String traceId = InMemorySpans.randomTraceId();
        String token = TestTokens.admin();

        String detail = given().auth().oauth2(token)
                .header("traceparent", "00-" + traceId + "-" + InMemorySpans.randomSpanId() + "-01")
                .header("X-Request-Id", "log-test-4711")
                .get("/test-only/failure")
                .then().statusCode(500).header("X-Request-Id", "log-test-4711")
                .extract().path("detail");
        Matcher errorId = Pattern.compile("error id ([0-9a-f-]{36})").matcher(detail);
        assertThat(errorId.find()).as("the problem names its error id: " + detail).isTrue();

        JsonNode line = await().atMost(Duration.ofSeconds(10)).until(() -> lineWithErrorId(errorId.group(1)),
                Optional::isPresent).orElseThrow();
        assertThat(line.path("level").asText()).isEqualTo("ERROR");
        assertThat(line.path("message").asText()).contains(errorId.group(1));
        JsonNode mdc = line.path("mdc");
        assertThat(mdc.path("traceId").asText()).isEqualTo(traceId);
        assertThat(mdc.path("spanId").asText()).hasSize(16);
        assertThat(mdc.path("requestId").asText()).isEqualTo("log-test-4711");
        assertThat(mdc.path("caller").asText()).isNotBlank();
        assertThat(line.toString()).as("never the token").doesNotContain(token);
    }

    private Optional<JsonNode> lineWithErrorId(String errorId) {
        try {
            if (!Files.exists(LOG)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(LOG);
            for (String text : lines) {
                JsonNode line = json.readTree(text);
                if (errorId.equals(line.path("mdc").path("errorId").asText())) {
                    return Optional.of(line);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
