package de.kreisunna.ikz.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.kreisunna.ikz.stack.KafkaTopology;
import de.kreisunna.ikz.stack.LocalStack;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults of the real servers: the broker frozen (SIGSTOP) or killed while changes are made, the producing
 * service killed between send and mark, a consumer killed (SIGKILL) or stopped and restarted, Keycloak
 * restarted. Counts are read from the topic itself; after each fault every projection equals its source.
 */
@ExtendWith(SystemStack.class)
class FaultToleranceIT {

    private static final Duration CONVERGENCE = Duration.ofSeconds(120);
    /** Longer than the producer's request timeout (30 s): in-flight requests must be retried by the producer. */
    private static final Duration FROZEN = Duration.ofSeconds(40);
    private static final Duration RESUME = Duration.ofSeconds(10);
    private static final List<String> SERVICES = List.of("membership-service", "costing-service", "support-service");
    private final LocalStack stack = SystemStack.stack();

    @AfterEach
    void everythingRunsAgain() {
        if (stack.isKafkaRunning()) {
            signal(stack.kafkaPid(), "CONT");   // a test that failed while the broker was frozen
        } else {
            stack.startKafka();
        }
        for (String service : SERVICES) {
            if (!stack.isServiceRunning(service)) {
                stack.startService(service);
            }
        }
    }

    /**
     * 100 changes (25 towns, 4 each) while the broker is frozen for longer than the producer's request timeout:
     * afterwards each change is on the topic exactly once and in order per key (revisions 0, 1, 2, 3).
     */
    @Test
    void changesMadeWhileTheBrokerIsFrozenArriveExactlyOnceAndInOrderPerKey() {
        List<String> towns = towns("059784", 25);
        long pid = stack.kafkaPid();
        signal(pid, "STOP");
        long frozen = System.nanoTime();
        try {
            for (String ags : towns) {
                makeFourChanges(ags);
            }
            sleepUntil(frozen + FROZEN.toNanos());
        } finally {
            signal(pid, "CONT");
        }

        for (String ags : towns) {
            assertProjectionsConverge(ags);
        }
        assertEachChangeExactlyOnceInOrder(towns, 4);
    }

    /** The broker killed with SIGKILL while changes are made, then started again: nothing lost, nothing doubled. */
    @Test
    void changesMadeWhileTheBrokerIsKilledArriveExactlyOnceAndInOrderPerKeyAfterItsRestart() throws Exception {
        List<String> towns = towns("059785", 5);
        kill(stack.kafkaPid());
        stack.stopKafka();

        for (String ags : towns) {
            makeFourChanges(ags);
        }
        stack.startKafka();

        for (String ags : towns) {
            assertProjectionsConverge(ags);
        }
        assertEachChangeExactlyOnceInOrder(towns, 4);
    }

    /**
     * membership-service killed with SIGKILL right after its changes, while their events may be between the
     * broker's acknowledgement and the marking in the outbox: after its restart every change is on the topic,
     * first in order per key, and a change sent twice is the same record (the same CloudEvent id).
     */
    @Test
    void aProducerKilledBetweenSendAndMarkRepeatsAnEventOnlyWithItsOwnId() throws Exception {
        List<String> towns = towns("059786", 5);
        for (String ags : towns) {
            makeFourChanges(ags);
        }
        kill(stack.servicePid("membership-service"));
        stack.stopService("membership-service");
        stack.startService("membership-service");

        for (String ags : towns) {
            assertProjectionsConverge(ags);
        }
        Map<String, List<ConsumerRecord<String, String>>> byTown = publishedFor(towns);
        for (String ags : towns) {
            List<ConsumerRecord<String, String>> records = byTown.getOrDefault(ags, List.of());
            assertThat(records.stream().map(FaultToleranceIT::revision).distinct().toList()).as(ags)
                    .containsExactly(0L, 1L, 2L, 3L);
            Map<Long, Set<String>> idsPerRevision = records.stream().collect(Collectors.groupingBy(
                    FaultToleranceIT::revision, Collectors.mapping(r -> Topics.header(r, "ce_id"), Collectors.toSet())));
            assertThat(idsPerRevision.values()).as(ags + ": a repeated change carries its first id").allSatisfy(
                    ids -> assertThat(ids).hasSize(1));
        }
    }

    /**
     * costing-service killed with SIGKILL and started again: it gets its partitions back (the dead member's
     * session ends after 6 s) and applies a new change within 10 s of being ready; its readiness details show
     * how far each channel is behind.
     */
    @Test
    void aConsumerKilledWithSigkillConsumesAgainWithinTenSecondsOfItsRestart() throws Exception {
        List<String> towns = towns("059787", 4);
        registerWithMembership(towns.get(0), "2025-01-01");
        assertProjectionsConverge(towns.get(0));

        long killed = System.nanoTime();
        kill(stack.servicePid("costing-service"));
        stack.stopService("costing-service");
        registerWithMembership(towns.get(1), "2025-01-01");
        stack.startService("costing-service");
        long ready = System.nanoTime();

        registerWithMembership(towns.get(2), "2025-01-01");
        Eventually.within(RESUME, () -> given().auth().oauth2(Keycloak.cachedUserToken("finance"))
                .get(stack.serviceUrl("costing-service") + "/members/" + towns.get(2))
                .then().statusCode(200).body("revision", equalTo(1)));
        System.out.printf("costing-service: ready %d ms after SIGKILL, consuming again %d ms after SIGKILL%n",
                (ready - killed) / 1_000_000, (System.nanoTime() - killed) / 1_000_000);
        assertProjectionsConverge(towns.get(1));

        Eventually.within(RESUME, () -> given().get(health("costing-service")).then().statusCode(200)
                .body("checks.find { it.name == 'event-consumption' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'event-consumption' }.data.'membership-events.lag'", equalTo(0))
                .body("checks.find { it.name == 'event-consumption' }.data.'membership-events.caught-up'",
                        equalTo(true)));
    }

    /**
     * A graceful stop leaves the consumer group at once (no member left behind whose partitions would wait for
     * a session timeout); started again, the service consumes what was made while it was away.
     */
    @Test
    void aConsumerStoppedGracefullyLeavesItsGroupAtOnceAndCatchesUpAfterItsStart() throws Exception {
        List<String> towns = towns("059788", 2);
        stack.stopService("support-service");
        try (Admin admin = Admin.create(stack.kafkaClientProperties("kafka-admin"))) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("support-service"))
                    .describedGroups().get("support-service").get(30, TimeUnit.SECONDS);
            assertThat(group.members()).as("members of support-service's group right after its stop").isEmpty();
        }
        registerWithMembership(towns.get(0), "2025-01-01");
        stack.startService("support-service");

        registerWithMembership(towns.get(1), "2025-01-01");
        for (String ags : towns) {
            Eventually.within(RESUME, () -> given().auth().oauth2(Keycloak.cachedUserToken("finance"))
                    .get(stack.serviceUrl("support-service") + "/members/" + ags)
                    .then().statusCode(200).body("revision", equalTo(1)));
        }
        assertOneOnboardingCaseEach(towns, "2025-01-01");
    }

    @Test
    void whileAndAfterKeycloakRestartsTokensAreAcceptedAndKafkaClientsLogInAgain() {
        String before = Keycloak.userToken("admin");

        stack.stopKeycloak();
        for (String service : SERVICES) {
            given().auth().oauth2(before).get(stack.serviceUrl(service) + endpoint(service)).then().statusCode(200);
        }
        stack.startKeycloak();

        String after = Keycloak.userToken("admin");
        for (String service : SERVICES) {
            given().auth().oauth2(before).get(stack.serviceUrl(service) + endpoint(service)).then().statusCode(200);
            given().auth().oauth2(after).get(stack.serviceUrl(service) + endpoint(service)).then().statusCode(200);
        }
        stack.stopService("costing-service");
        stack.startService("costing-service");
        registerWithMembership("05978301", "2026-01-01");
        assertProjectionsConverge("05978301");
    }

    private static List<String> towns(String prefix, int count) {
        List<String> towns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            towns.add(prefix + "%02d".formatted(i));
        }
        return towns;
    }

    /** Registration (revision 0) and three membership periods (revisions 1 to 3): four events for the town. */
    private void makeFourChanges(String ags) {
        registerWithMembership(ags, "2024-01-01", "2024-12-31");
        addMembership(ags, "2026-01-01", "2026-12-31");
        addMembership(ags, "2028-01-01", null);
    }

    /** Each town's records on membership's topic: revisions 0 to n-1, each exactly once, in this order. */
    private void assertEachChangeExactlyOnceInOrder(List<String> towns, int changesEach) {
        Map<String, List<ConsumerRecord<String, String>>> byTown = publishedFor(towns);
        List<Long> expected = LongStream.range(0, changesEach).boxed().toList();
        for (String ags : towns) {
            List<ConsumerRecord<String, String>> records = byTown.getOrDefault(ags, List.of());
            assertThat(records.stream().map(FaultToleranceIT::revision).toList()).as(ags).isEqualTo(expected);
            assertThat(records.stream().map(r -> Topics.header(r, "ce_id")).distinct()).as(ags).hasSize(changesEach);
        }
    }

    /** The records of these towns on membership's topic, per town in partition order. */
    private static Map<String, List<ConsumerRecord<String, String>>> publishedFor(List<String> towns) {
        return Topics.readAll(KafkaTopology.MEMBERSHIP_EVENTS).stream().filter(r -> towns.contains(r.key()))
                .collect(Collectors.groupingBy(ConsumerRecord::key, LinkedHashMap::new, Collectors.toList()));
    }

    private static long revision(ConsumerRecord<String, String> record) {
        return JsonPath.from(record.value()).getLong("revision");
    }

    private String health(String service) {
        return stack.managementUrl(service) + "/q/health/ready";
    }

    private static void kill(long pid) throws Exception {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    /** Sends a signal (STOP freezes a process as a hung machine would, CONT resumes it). */
    private static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleepUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String endpoint(String service) {
        return service.equals("membership-service") ? "/municipalities" : "/members";
    }

    private void registerWithMembership(String ags, String from) {
        registerWithMembership(ags, from, null);
    }

    private void registerWithMembership(String ags, String from, String until) {
        given().auth().oauth2(Keycloak.cachedUserToken("admin")).contentType("application/json")
                .body(Map.of("ags", ags, "name", "Teststadt " + ags))
                .post(stack.serviceUrl("membership-service") + "/municipalities").then().statusCode(201);
        addMembership(ags, from, until);
    }

    private void addMembership(String ags, String from, String until) {
        Map<String, String> body = until == null ? Map.of("validFrom", from) : Map.of("validFrom", from, "validUntil", until);
        given().auth().oauth2(Keycloak.cachedUserToken("admin")).contentType("application/json").body(body)
                .post(stack.serviceUrl("membership-service") + "/municipalities/" + ags + "/memberships")
                .then().statusCode(201);
    }

    /** costing's and support's copies of the town equal membership's own timeline (revision and periods). */
    private void assertProjectionsConverge(String ags) {
        JsonPath source = given().auth().oauth2(Keycloak.cachedUserToken("finance"))
                .get(stack.serviceUrl("membership-service") + "/municipalities/" + ags)
                .then().statusCode(200).extract().jsonPath();
        for (String consumer : List.of("costing-service", "support-service")) {
            Eventually.within(CONVERGENCE, () -> {
                JsonPath copy = given().auth().oauth2(Keycloak.cachedUserToken("finance"))
                        .get(stack.serviceUrl(consumer) + "/members/" + ags)
                        .then().statusCode(200).extract().jsonPath();
                assertThat(copy.getLong("revision")).isEqualTo(source.getLong("revision"));
                assertThat(copy.getList("memberships.validFrom")).isEqualTo(source.getList("memberships.validFrom"));
                assertThat(copy.getList("memberships.validUntil")).isEqualTo(source.getList("memberships.validUntil"));
            });
        }
    }

    /** support opened exactly one onboarding case per accession, however often the event was delivered. */
    private void assertOneOnboardingCaseEach(List<String> towns, String accession) {
        JsonPath cases = given().auth().oauth2(Keycloak.cachedUserToken("kopfstelle"))
                .get(stack.serviceUrl("support-service") + "/onboarding-cases").then().statusCode(200).extract().jsonPath();
        for (String ags : towns) {
            assertThat(cases.getList("findAll { it.ags == '" + ags + "' }.accessionDate", String.class)).as(ags)
                    .containsExactly(accession);
        }
    }
}
