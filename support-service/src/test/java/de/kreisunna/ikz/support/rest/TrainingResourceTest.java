package de.kreisunna.ikz.support.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.platform.outbox.OutboxRelay;
import de.kreisunna.ikz.support.Concurrently;
import de.kreisunna.ikz.support.Members;
import de.kreisunna.ikz.support.Published;
import de.kreisunna.ikz.support.TestClock;
import de.kreisunna.ikz.support.training.TrainingRegistrationPromoted;
import de.kreisunna.ikz.support.training.TrainingSessionCancelled;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrainingResourceTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    OutboxRelay relay;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/trainings")
    URL trainings;

    private Published published;

    @BeforeEach
    void mondayMorning() {
        clock.set("2026-03-02T09:00");
        published = new Published(relay, connector);
        published.drain();
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String session(int capacity) {
        return as(TestTokens.kopfstelle()).body("""
                        {"topic": "Basic training AsylbLG", "startsAt": "2026-03-10T09:00:00+01:00",
                         "endsAt": "2026-03-10T12:00:00+01:00", "format": "ON_SITE", "place": "Lünen, Rathaus, Room 101",
                         "capacity": %d}""".formatted(capacity))
                .post("/trainings").then().statusCode(201).extract().path("id");
    }

    static String register(String sessionId, String town, String participant, String expectedStatus) {
        return as(TestTokens.town(town)).body("{\"participantName\": \"" + participant + "\"}")
                .post("/trainings/" + sessionId + "/registrations")
                .then().statusCode(201).body("status", equalTo(expectedStatus)).extract().path("id");
    }

    @Test
    void manyConcurrentRegistrationsForTheLastSeatConfirmExactlyOne() throws Exception {
        String town = Members.member(connector);
        String id = session(3);
        register(id, town, "First", "CONFIRMED");
        register(id, town, "Second", "CONFIRMED");
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            requests.add(HttpRequest.newBuilder(trainings.toURI().resolve("/trainings/" + id + "/registrations"))
                    .header("Authorization", "Bearer " + TestTokens.town(town))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"participantName\": \"Racer " + i + "\"}")).build());
        }

        List<String> statuses = new ArrayList<>();
        for (HttpResponse<String> response : Concurrently.send(requests)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            statuses.add(json.readTree(response.body()).get("status").asText());
        }

        assertThat(statuses).containsOnlyOnce("CONFIRMED").filteredOn("WAITLISTED"::equals).hasSize(9);
        as(TestTokens.kopfstelle()).get("/trainings/" + id).then()
                .body("confirmed", equalTo(3)).body("waitlisted", equalTo(9)).body("freeSeats", equalTo(0));
        as(TestTokens.kopfstelle()).get("/trainings/" + id + "/registrations").then()
                .body("findAll { it.status == 'WAITLISTED' }.waitlistPosition", contains(1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    @Test
    void cancellingAConfirmedRegistrationGivesTheSeatToTheFirstOnTheWaitlist() {
        String town = Members.member(connector);
        String other = Members.member(connector);
        String id = session(1);
        String seated = register(id, town, "Anna", "CONFIRMED");
        String firstWaiting = register(id, other, "Ben", "WAITLISTED");
        String secondWaiting = register(id, town, "Cem", "WAITLISTED");

        as(TestTokens.town(town)).post("/trainings/" + id + "/registrations/" + seated + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));

        as(TestTokens.kopfstelle()).get("/trainings/" + id + "/registrations").then()
                .body("find { it.id == '" + firstWaiting + "' }.status", equalTo("CONFIRMED"))
                .body("find { it.id == '" + firstWaiting + "' }.waitlistPosition", nullValue())
                .body("find { it.id == '" + secondWaiting + "' }.waitlistPosition", equalTo(1));
        assertThat(published.events(TrainingRegistrationPromoted.TYPE)).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo(other);
            assertThat(e.data().get("registrationId").asText()).isEqualTo(firstWaiting);
            assertThat(e.data().get("participantName").asText()).isEqualTo("Ben");
        });
    }

    @Test
    void cancellingAWaitlistedRegistrationPromotesNobody() {
        String town = Members.member(connector);
        String id = session(1);
        register(id, town, "Anna", "CONFIRMED");
        String waiting = register(id, town, "Ben", "WAITLISTED");

        as(TestTokens.town(town)).post("/trainings/" + id + "/registrations/" + waiting + "/cancel").then().statusCode(200);

        as(TestTokens.kopfstelle()).get("/trainings/" + id).then().body("confirmed", equalTo(1)).body("waitlisted", equalTo(0));
        assertThat(published.events(TrainingRegistrationPromoted.TYPE)).isEmpty();
    }

    @Test
    void theDatabaseItselfRefusesAnOverbooking() {
        String town = Members.member(connector);
        UUID id = UUID.fromString(session(1));
        register(id.toString(), town, "Anna", "CONFIRMED");

        assertThatThrownBy(() -> insertConfirmed(id, town, "Beyond capacity", 2))
                .isInstanceOf(PersistenceException.class).hasStackTraceContaining("training_registration_seat_exists");
        assertThatThrownBy(() -> insertConfirmed(id, town, "Same seat", 1))
                .isInstanceOf(PersistenceException.class).hasStackTraceContaining("training_registration_one_per_seat");
        assertThatThrownBy(() -> insertConfirmed(id, town, "No seat", null))
                .isInstanceOf(PersistenceException.class).hasStackTraceContaining("training_registration_seat_iff_confirmed");
    }

    private void insertConfirmed(UUID session, String ags, String name, Integer seat) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO training_registration (id, session_id, ags, participant_name, status, seat_no,
                                                           registered_at, registered_by)
                        VALUES (?1, ?2, ?3, ?4, 'CONFIRMED', ?5, now(), 'test')""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, session).setParameter(3, ags)
                .setParameter(4, name).setParameter(5, seat).executeUpdate());
    }

    @Test
    void cancellingASessionCancelsItsRegistrationsAndPublishesTrainingSessionCancelled() {
        String town = Members.member(connector);
        String id = session(1);
        String seated = register(id, town, "Anna", "CONFIRMED");
        String waiting = register(id, town, "Ben", "WAITLISTED");

        as(TestTokens.kopfstelle()).body("{\"reason\": \"Trainer ill\"}").post("/trainings/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("confirmed", equalTo(0));

        List<Published.Event> cancelled = published.events(TrainingSessionCancelled.TYPE);
        assertThat(cancelled).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo(id);
            assertThat(e.data().get("reason").asText()).isEqualTo("Trainer ill");
            JsonNode registrations = e.data().get("registrations");
            assertThat(registrations).hasSize(2);
            assertThat(registrations.get(0).get("registrationId").asText()).isEqualTo(seated);
            assertThat(registrations.get(0).get("previousStatus").asText()).isEqualTo("CONFIRMED");
            assertThat(registrations.get(1).get("registrationId").asText()).isEqualTo(waiting);
        });
        as(TestTokens.town(town)).body("{\"participantName\": \"Late\"}").post("/trainings/" + id + "/registrations")
                .then().statusCode(409).contentType("application/problem+json");
        as(TestTokens.kopfstelle()).body("{\"reason\": \"again\"}").post("/trainings/" + id + "/cancel").then().statusCode(409);
    }

    @Test
    void aTownSeesAndCancelsOnlyItsOwnRegistrations() {
        String town = Members.member(connector);
        String other = Members.member(connector);
        String id = session(5);
        String own = register(id, town, "Anna", "CONFIRMED");
        String foreign = register(id, other, "Ben", "CONFIRMED");

        as(TestTokens.town(town)).get("/trainings/" + id + "/registrations").then().statusCode(200)
                .body("id", contains(own));
        as(TestTokens.town(town)).post("/trainings/" + id + "/registrations/" + foreign + "/cancel")
                .then().statusCode(404);
        as(TestTokens.town(town)).body("{\"ags\": \"" + other + "\", \"participantName\": \"Spy\"}")
                .post("/trainings/" + id + "/registrations").then().statusCode(400).body("violations[0].field", equalTo("ags"));
        as(TestTokens.town(town)).get("/trainings/" + id).then().statusCode(200).body("confirmed", equalTo(2));
        as(TestTokens.kopfstelle()).body("{\"ags\": \"" + other + "\", \"participantName\": \"Cem\"}")
                .post("/trainings/" + id + "/registrations").then().statusCode(201);
        as(TestTokens.kopfstelle()).get("/trainings/" + id + "/registrations").then().body("id.size()", equalTo(3));
    }

    @Test
    void aParticipantRegistersOnceAndOnlyBeforeTheSessionStarts() {
        String town = Members.member(connector);
        String id = session(5);
        String registration = register(id, town, "Anna", "CONFIRMED");

        as(TestTokens.town(town)).body("{\"participantName\": \"anna\"}").post("/trainings/" + id + "/registrations")
                .then().statusCode(409).body("detail", containsString("already registered"));
        clock.set("2026-03-10T09:00");
        as(TestTokens.town(town)).body("{\"participantName\": \"Ben\"}").post("/trainings/" + id + "/registrations")
                .then().statusCode(409).body("detail", containsString("registrations are closed"));
        as(TestTokens.kopfstelle()).body("{\"attended\": true}")
                .put("/trainings/" + id + "/registrations/" + registration + "/attendance")
                .then().statusCode(200).body("attended", equalTo(true));
    }

    @Test
    void badSessionInputIsAProblemNamingTheField() {
        as(TestTokens.kopfstelle()).body("""
                        {"topic": "x", "startsAt": "2026-03-10T12:00:00+01:00", "endsAt": "2026-03-10T09:00:00+01:00",
                         "format": "ONLINE", "capacity": 5}""")
                .post("/trainings").then().statusCode(400).body("violations[0].field", equalTo("endsAt"));
        as(TestTokens.kopfstelle()).body("""
                        {"topic": "x", "startsAt": "2026-03-10T09:00:00+01:00", "endsAt": "2026-03-10T12:00:00+01:00",
                         "format": "ON_SITE", "capacity": 5}""")
                .post("/trainings").then().statusCode(400).body("violations[0].field", equalTo("place"));
        as(TestTokens.kopfstelle()).body("""
                        {"topic": "x", "startsAt": "2026-03-10T09:00:00+01:00", "endsAt": "2026-03-10T12:00:00+01:00",
                         "format": "ONLINE", "capacity": 0}""")
                .post("/trainings").then().statusCode(400).body("violations[0].field", equalTo("capacity"));
        as(TestTokens.town("05978032")).body("{}").post("/trainings").then().statusCode(403);
    }
}
