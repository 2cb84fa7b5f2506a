package de.kreisunna.ikz.costing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void amountsAreDocumentedAsTheDecimalStringsTheApiSends() {
        given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.schemas.Money.type", equalTo("string"))
                .body("components.schemas.Money.format", equalTo("decimal"));
    }
}
