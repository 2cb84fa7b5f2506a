package de.kreisunna.ikz.support.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import de.kreisunna.ikz.support.Members;
import de.kreisunna.ikz.support.TestClock;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Comments of the helpdesk: safe to retry with an Idempotency-Key, and written on behalf of a caseworker. */
@QuarkusTest
class HelpdeskCommentTest {

    static final String HELPDESK = TestTokens.user("service-account-prosoz-helpdesk", "helpdesk");
    static final String COMMENT = """
            {"text": "Screenshot follows", "onBehalfOf": {"name": "Erika Muster", "email": "e.muster@selm.example"}}""";

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
    void aRetriedCommentWithTheSameIdempotencyKeyIsStoredOnceAndShowsTheCaseworker() {
        String id = submitted();
        String key = UUID.randomUUID().toString();

        as(HELPDESK).header("Idempotency-Key", key).body(COMMENT).post(comments(id)).then().statusCode(200)
                .header("Idempotent-Replayed", nullValue())
                .body("comments", hasSize(1));
        as(HELPDESK).header("Idempotency-Key", key).body(COMMENT).post(comments(id)).then().statusCode(200)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("comments", hasSize(1));

        as(TestTokens.kopfstelle()).get("/support-requests/" + id).then().statusCode(200)
                .body("comments", hasSize(1))
                .body("comments[0].author", equalTo("service-account-prosoz-helpdesk"))
                .body("comments[0].onBehalfOf.name", equalTo("Erika Muster"))
                .body("comments[0].onBehalfOf.email", equalTo("e.muster@selm.example"));
        as(TestTokens.kopfstelle()).get("/support-requests/" + id + "/history").then().statusCode(200)
                .body("findAll { it.change == 'REQUESTER_COMMENT' }", hasSize(1));
    }

    @Test
    void theSameKeyWithOtherContentIsRefusedAndWritesNothing() {
        String id = submitted();
        String key = UUID.randomUUID().toString();
        as(HELPDESK).header("Idempotency-Key", key).body(COMMENT).post(comments(id)).then().statusCode(200);

        as(HELPDESK).header("Idempotency-Key", key).body("{\"text\": \"something else\"}").post(comments(id))
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"));
        // the key belongs to the comment on this request: on another request it is a different comment too
        as(HELPDESK).header("Idempotency-Key", key).body(COMMENT).post(comments(submitted())).then().statusCode(422);

        as(TestTokens.kopfstelle()).get("/support-requests/" + id).then().body("comments", hasSize(1));
    }

    @Test
    void withoutAKeyEachCommentIsANewOne() {
        String id = submitted();
        as(HELPDESK).body(COMMENT).post(comments(id)).then().statusCode(200);
        as(HELPDESK).body(COMMENT).post(comments(id)).then().statusCode(200).body("comments", hasSize(2));
    }

    @Test
    void onlyTheHelpdeskWritesOnBehalfOfACaseworkerAndTheCaseworkerNeedsAValidEmail() {
        String town = Members.member(connector);
        String id = as(TestTokens.town(town)).body(question(town)).post("/support-requests").then().statusCode(201)
                .extract().path("id");
        as(TestTokens.town(town)).body(COMMENT).post(comments(id)).then().statusCode(400)
                .body("violations[0].field", equalTo("onBehalfOf"));
        as(HELPDESK).body("{\"text\": \"x\", \"onBehalfOf\": {\"name\": \"Erika\", \"email\": \"not-an-address\"}}")
                .post(comments(submitted())).then().statusCode(400)
                .body("violations[0].field", equalTo("onBehalfOf.email"));
        as(TestTokens.kopfstelle()).get("/support-requests/" + id).then().body("comments", hasSize(0));
    }

    private String submitted() {
        String town = Members.member(connector);
        return as(HELPDESK).body(question(town)).post("/support-requests").then().statusCode(201).extract().path("id");
    }

    static String question(String town) {
        return """
                {"ags": "%s", "category": "APPLICATION_QUESTION", "subject": "s", "description": "d"}""".formatted(town);
    }

    static String comments(String id) {
        return "/support-requests/" + id + "/comments";
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
