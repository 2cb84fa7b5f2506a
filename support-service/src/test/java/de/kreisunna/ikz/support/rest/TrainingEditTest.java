package de.kreisunna.ikz.support.rest;

import static de.kreisunna.ikz.support.rest.TrainingResourceTest.as;
import static de.kreisunna.ikz.support.rest.TrainingResourceTest.register;
import static de.kreisunna.ikz.support.rest.TrainingResourceTest.session;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.kreisunna.ikz.support.Members;
import de.kreisunna.ikz.support.TestClock;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PUT /trainings/{id}: the Kopfstelle changes a session's details before it begins; seats and registrations stay. */
@QuarkusTest
class TrainingEditTest {

    private static final String MOVED = """
            {"topic": "Basic training AsylbLG (moved)", "startsAt": "2026-03-11T13:00:00+01:00",
             "endsAt": "2026-03-11T16:00:00+01:00", "format": "ONLINE", "place": "Video conference"}""";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    TestClock clock;

    @BeforeEach
    void mondayMorning() {
        clock.set("2026-03-02T09:00");
    }

    @Test
    void theKopfstelleMovesASessionAndItsRegistrationsStay() {
        String town = Members.member(connector);
        String id = session(1);
        String seated = register(id, town, "Anna", "CONFIRMED");
        register(id, town, "Ben", "WAITLISTED");

        as(TestTokens.kopfstelle()).body(MOVED).put("/trainings/" + id).then().statusCode(200)
                .body("topic", equalTo("Basic training AsylbLG (moved)"))
                .body("startsAt", equalTo("2026-03-11T12:00:00Z"))
                .body("format", equalTo("ONLINE"))
                .body("capacity", equalTo(1)).body("confirmed", equalTo(1)).body("waitlisted", equalTo(1));

        as(TestTokens.kopfstelle()).get("/trainings/" + id).then().statusCode(200)
                .body("endsAt", equalTo("2026-03-11T15:00:00Z")).body("place", equalTo("Video conference"));
        as(TestTokens.kopfstelle()).get("/trainings/" + id + "/registrations").then().statusCode(200)
                .body("id", hasItem(seated));
    }

    @Test
    void anEndBeforeTheStartIsRefusedNamingTheFieldAndChangesNothing() {
        String id = session(2);

        as(TestTokens.kopfstelle()).body(MOVED.replace("2026-03-11T16:00", "2026-03-11T12:00"))
                .put("/trainings/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("endsAt"));

        as(TestTokens.kopfstelle()).get("/trainings/" + id).then().body("topic", equalTo("Basic training AsylbLG"));
    }

    @Test
    void aSessionThatHasBegunOrIsCancelledCannotBeChanged() {
        String begun = session(2);
        String cancelled = session(2);
        as(TestTokens.kopfstelle()).body("{\"reason\": \"Trainer ill\"}").post("/trainings/" + cancelled + "/cancel")
                .then().statusCode(200);

        as(TestTokens.kopfstelle()).body(MOVED).put("/trainings/" + cancelled).then().statusCode(409);
        clock.set("2026-03-10T09:00");
        as(TestTokens.kopfstelle()).body(MOVED).put("/trainings/" + begun).then().statusCode(409);
    }

    @Test
    void onlyTheKopfstelleEditsSessions() {
        String town = Members.member(connector);
        String id = session(2);

        as(TestTokens.town(town)).body(MOVED).put("/trainings/" + id).then().statusCode(403);
        as(TestTokens.admin()).body(MOVED).put("/trainings/" + id).then().statusCode(403);
    }
}
