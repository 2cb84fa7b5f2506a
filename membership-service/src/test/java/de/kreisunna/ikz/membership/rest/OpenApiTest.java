package de.kreisunna.ikz.membership.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void theOpenApiDocumentExplainsEveryGroupOfOperations() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("Conclude a draft; 409 names the parties without a positive council decision"))
                .body(containsString("/agreements/{id}/members/{ags}/notice"))
                .body(containsString("/history-import"))
                .body(containsString("/chronology"))
                .body(containsString("/audit"));
    }
}
