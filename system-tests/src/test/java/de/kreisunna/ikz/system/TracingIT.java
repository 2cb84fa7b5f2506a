package de.kreisunna.ikz.system;

import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.stack.KafkaTopology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One trace across the Kafka hop, on the real broker: a caller's accession request to membership-service, the
 * event's Kafka record, and support-service's reaction to it (the onboarding case it opens) all carry the caller's
 * trace id — in the record's {@code traceparent} header and in support-service's log line of the case.
 */
@ExtendWith(SystemStack.class)
class TracingIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(90);
    private static final String TOWN = "05978973";

    @Test
    void anAccessionAndTheOnboardingCaseItOpensShareOneTraceAcrossKafka() {
        String traceId = hex(16);
        Api.as("admin").body(Map.of("ags", TOWN, "name", "Teststadt Spur", "kind", "STADT",
                        "leitwegId", TestTowns.leitwegId(TOWN)))
                .post(Api.url(Api.MEMBERSHIP, "/municipalities")).then().statusCode(201);

        Api.as("admin").header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .body(Map.of("validFrom", TestTowns.FIRST_TEST_DAY.toString()))
                .post(Api.url(Api.MEMBERSHIP, "/municipalities/" + TOWN + "/memberships")).then().statusCode(201);

        Eventually.within(ARRIVAL, () -> assertThat(Topics.readAll(KafkaTopology.MEMBERSHIP_EVENTS))
                .filteredOn(r -> TOWN.equals(r.key()))
                .anySatisfy(r -> assertThat(Topics.header(r, "traceparent")).as("traceparent header")
                        .startsWith("00-" + traceId + "-")));
        Path supportLog = SystemStack.stack().config().logDir().resolve(Api.SUPPORT + ".log");
        Eventually.within(ARRIVAL, () -> assertThat(lines(supportLog))
                .as("support-service's log line of the onboarding case, in the caller's trace")
                .anySatisfy(line -> assertThat(line).contains("OnboardingCaseOpened", TOWN, "traceId=" + traceId)));
    }

    private static List<String> lines(Path log) {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        value[0] |= 1;
        return HexFormat.of().formatHex(value);
    }
}
