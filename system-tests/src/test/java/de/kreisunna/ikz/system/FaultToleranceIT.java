package de.kreisunna.ikz.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.stack.LocalStack;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final LocalStack stack = SystemStack.stack();

    @AfterEach
    void everythingRunsAgain() {
        if (!stack.isKafkaRunning()) {
            stack.startKafka();
        }
        for (String service : List.of("membership-service", "costing-service", "support-service")) {
            if (!stack.isServiceRunning(service)) {
                stack.startService(service);
            }
        }
    }

    @Test
    void changesMadeWhileKafkaIsDownArriveOnceTheBrokerIsBack() {
        List<String> towns = List.of("05978101", "05978102", "05978103");
        stack.stopKafka();

        for (String ags : towns) {
            registerWithMembership(ags, "2019-01-01");
        }

        stack.startKafka();
        for (String ags : towns) {
            assertProjectionsConverge(ags);
        }
    }

    @Test
    void aConsumerKilledMidStreamConvergesWithoutDuplicates() {
        List<String> towns = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            towns.add("0597820" + i);
        }
        for (int i = 0; i < 5; i++) {
            registerWithMembership(towns.get(i), "2019-01-01");
        }

        stack.stopService("support-service");
        for (int i = 5; i < 10; i++) {
            registerWithMembership(towns.get(i), "2020-07-01");
        }
        stack.startService("support-service");

        for (String ags : towns) {
            assertProjectionsConverge(ags);
        }
    }

    @Test
    void afterAKeycloakRestartTokensAreStillAcceptedAndKafkaClientsLogInAgain() {
        String before = Keycloak.userToken("admin");

        stack.restartKeycloak();

        given().auth().oauth2(before).get(stack.serviceUrl("membership-service") + "/municipalities")
                .then().statusCode(200);
        stack.stopService("costing-service");
        stack.startService("costing-service");
        registerWithMembership("05978301", "2022-01-01");
        assertProjectionsConverge("05978301");
    }

    private void registerWithMembership(String ags, String from) {
        String admin = Keycloak.userToken("admin");
        String membership = stack.serviceUrl("membership-service");
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("ags", ags, "name", "Teststadt " + ags))
                .post(membership + "/municipalities").then().statusCode(201);
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("validFrom", from))
                .post(membership + "/municipalities/" + ags + "/memberships").then().statusCode(201);
    }

    /** costing's and support's copies of the town equal membership's own timeline (revision and periods). */
    private void assertProjectionsConverge(String ags) {
        JsonPath source = given().auth().oauth2(Keycloak.userToken("finance"))
                .get(stack.serviceUrl("membership-service") + "/municipalities/" + ags)
                .then().statusCode(200).extract().jsonPath();
        for (String consumer : List.of("costing-service", "support-service")) {
            Eventually.within(CONVERGENCE, () -> {
                JsonPath copy = given().auth().oauth2(Keycloak.userToken("finance"))
                        .get(stack.serviceUrl(consumer) + "/members/" + ags)
                        .then().statusCode(200).extract().jsonPath();
                assertThat(copy.getLong("revision")).isEqualTo(source.getLong("revision"));
                assertThat(copy.getList("memberships.validFrom")).isEqualTo(source.getList("memberships.validFrom"));
                assertThat(copy.getList("memberships.validUntil")).isEqualTo(source.getList("memberships.validUntil"));
            });
        }
    }
}
