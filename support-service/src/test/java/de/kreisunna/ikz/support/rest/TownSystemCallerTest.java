package de.kreisunna.ikz.support.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.kreisunna.ikz.support.Members;
import de.kreisunna.ikz.support.TestClock;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A town's own system (client credentials) is treated like the town's people: same scope, its client id as actor. */
@QuarkusTest
class TownSystemCallerTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    TestClock clock;

    @Test
    void aTownsSystemFilesARequestForItsTownAsItsClientIdAndAnotherTownsSystemCannotSeeIt() {
        clock.set("2026-03-02T09:00");
        String town = Members.member(connector);
        String neighbour = Members.member(connector);
        String system = TestTokens.townSystem("town-system-sandbox", town);
        String neighbourSystem = TestTokens.townSystem("town-system-neighbour", neighbour);

        String id = given().auth().oauth2(system).contentType(ContentType.JSON)
                .body("""
                        {"ags": "%s", "category": "APPLICATION_QUESTION", "subject": "Aus dem Fachverfahren",
                         "description": "Automatisch gemeldet"}""".formatted(town))
                .post("/support-requests")
                .then().statusCode(201)
                .body("ags", equalTo(town))
                .body("submittedBy", equalTo("town-system-sandbox"))
                .extract().path("id");

        given().auth().oauth2(system).get("/support-requests/" + id).then().statusCode(200);
        given().auth().oauth2(system).get("/support-requests").then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(neighbourSystem).get("/support-requests/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(neighbourSystem).get("/support-requests").then().statusCode(200).body("id", not(hasItem(id)));
    }
}
