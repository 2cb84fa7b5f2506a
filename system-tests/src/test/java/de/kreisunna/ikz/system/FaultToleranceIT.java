package de.kreisunna.ikz.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.stack.KafkaTopology;
import de.kreisunna.ikz.stack.LocalStack;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults of the real servers: the broker down while changes are made, a consumer killed mid-stream,
 * Keycloak restarted. After each, every projection must equal its source, with nothing lost or doubled.
 */
@ExtendWith(SystemStack.class)
class FaultToleranceIT {

    private static final Duration CONVERGENCE = Duration.ofSeconds(120);
    private static final List<String> SERVICES = List.of("membership-service", "costing-service", "support-service");
    private final LocalStack stack = SystemStack.stack();

    @AfterEach
    void everythingRunsAgain() {
        if (!stack.isKafkaRunning()) {
            stack.startKafka();
        }
        for (String service : SERVICES) {
            if (!stack.isServiceRunning(service)) {
                stack.startService(service);
            }
        }
    }

    @Test
    void changesMadeWhileKafkaIsDownArriveOnceTheBrokerIsBackEachExactlyOnce() {
        List<String> towns = List.of("05978101", "05978102", "05978103");
        stack.stopKafka();

        for (String ags : towns) {
            registerWithMembership(ags, "2024-01-01");
            given().auth().oauth2(Keycloak.cachedUserToken("finance"))
                    .get(stack.serviceUrl("membership-service") + "/municipalities/" + ags).then().statusCode(200);
        }

        stack.startKafka();
        for (String ags : towns) {
            assertProjectionsConverge(ags);
        }
        List<ConsumerRecord<String, String>> published = Topics.readAll(KafkaTopology.MEMBERSHIP_EVENTS).stream()
                .filter(r -> towns.contains(r.key())).toList();
        assertThat(published).as("registration and membership of each town, published once each").hasSize(2 * towns.size());
        assertThat(published.stream().map(r -> Topics.header(r, "ce_id")).distinct()).hasSize(2 * towns.size());
        assertOneOnboardingCaseEach(towns, "2024-01-01");
    }

    @Test
    void aConsumerKilledMidStreamConvergesWithoutDuplicates() throws Exception {
        List<String> towns = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            towns.add("05978" + (200 + i));
        }
        for (int i = 0; i < 6; i++) {
            registerWithMembership(towns.get(i), "2025-01-01");
        }

        ProcessHandle support = ProcessHandle.of(stack.servicePid("support-service")).orElseThrow();
        support.destroyForcibly();
        support.onExit().get(30, TimeUnit.SECONDS);
        stack.stopService("support-service");
        for (int i = 6; i < towns.size(); i++) {
            registerWithMembership(towns.get(i), "2025-01-01");
        }
        stack.startService("support-service");

        for (String ags : towns) {
            assertProjectionsConverge(ags);
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

    private static String endpoint(String service) {
        return service.equals("membership-service") ? "/municipalities" : "/members";
    }

    private void registerWithMembership(String ags, String from) {
        String admin = Keycloak.cachedUserToken("admin");
        String membership = stack.serviceUrl("membership-service");
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("ags", ags, "name", "Teststadt " + ags))
                .post(membership + "/municipalities").then().statusCode(201);
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("validFrom", from))
                .post(membership + "/municipalities/" + ags + "/memberships").then().statusCode(201);
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
