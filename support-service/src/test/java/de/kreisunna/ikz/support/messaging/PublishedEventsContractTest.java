package de.kreisunna.ikz.support.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.platform.outbox.OutboxRelay;
import de.kreisunna.ikz.support.Members;
import de.kreisunna.ikz.support.Published;
import de.kreisunna.ikz.support.TestClock;
import de.kreisunna.ikz.support.request.SlaMonitor;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every event type support-service publishes, produced once through the API, relayed through the outbox and
 * checked against the JSON Schema this service owns (the schemas consumers such as costing-service test against).
 */
@QuarkusTest
class PublishedEventsContractTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    OutboxRelay relay;

    @Inject
    TestClock clock;

    @Inject
    SlaMonitor monitor;

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void everyPublishedEventConformsToItsSchemaAndIsKeyedAsDocumented() {
        clock.set("2026-03-02T09:00");
        Published published = new Published(relay, connector);
        published.drain();

        String town = Members.newTown();
        Members.timeline(connector, town, 1, "{\"validFrom\":\"2019-01-01\"}");   // OnboardingCaseOpened
        String licence = as(TestTokens.town(town)).body("""
                        {"category": "LICENCE_REQUEST", "priority": "CRITICAL", "subject": "s", "description": "d",
                         "licence": {"product": "OPEN/PROSOZ named user", "quantity": 3, "effectiveFrom": "2026-05-01"}}""")
                .post("/support-requests").then().statusCode(201).extract().<String>path("id");
        as(TestTokens.kopfstelle()).post("/support-requests/" + licence + "/forward").then().statusCode(200);
        as(TestTokens.admin()).body("{\"resolution\": \"granted\"}").post("/support-requests/" + licence + "/resolve")
                .then().statusCode(200);                                                    // LicenceChanged
        as(TestTokens.town(town)).body("""
                        {"category": "TECHNICAL_INCIDENT", "priority": "CRITICAL", "subject": "s", "description": "d"}""")
                .post("/support-requests").then().statusCode(201);
        String session = as(TestTokens.kopfstelle()).body("""
                        {"topic": "Basics", "startsAt": "2026-03-20T09:00:00+01:00", "endsAt": "2026-03-20T12:00:00+01:00",
                         "format": "ONLINE", "capacity": 1}""")
                .post("/trainings").then().statusCode(201).extract().<String>path("id");
        String seated = as(TestTokens.town(town)).body("{\"participantName\": \"Anna\", \"participantEmail\": \"anna@example.org\"}")
                .post("/trainings/" + session + "/registrations").then().statusCode(201).extract().<String>path("id");
        as(TestTokens.town(town)).body("{\"participantName\": \"Ben\"}").post("/trainings/" + session + "/registrations")
                .then().statusCode(201);
        as(TestTokens.town(town)).post("/trainings/" + session + "/registrations/" + seated + "/cancel")
                .then().statusCode(200);                                                    // TrainingRegistrationPromoted
        as(TestTokens.kopfstelle()).body("{\"reason\": \"room flooded\"}").post("/trainings/" + session + "/cancel")
                .then().statusCode(200);                                                    // TrainingSessionCancelled
        clock.set("2026-03-02T11:00");
        monitor.checkBreaches();                                                            // SlaBreached

        List<Published.Event> events = published.events();

        assertThat(events).extracting(Published.Event::type).containsAll(Published.SCHEMAS.keySet());
        assertThat(events).allSatisfy(e -> {
            assertThat(e.source()).isEqualTo("/ikz/support-service");
            assertThat(e.key()).isEqualTo(e.subject());
            assertThat(e.key()).isEqualTo(e.type().endsWith("TrainingSessionCancelled.v1")
                    ? e.data().get("sessionId").asText() : e.data().get("ags").asText());
        });
    }
}
