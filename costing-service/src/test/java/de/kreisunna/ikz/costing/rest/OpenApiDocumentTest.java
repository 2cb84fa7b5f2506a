package de.kreisunna.ikz.costing.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.testing.OpenApiContract;
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

    @Test
    void everyOperationKeepsTheApiContract() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString());
        assertThat(OpenApiContract.defects(doc)).isEmpty();
    }
}
