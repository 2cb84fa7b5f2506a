package de.kreisunna.ikz.membership.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
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

    @Test
    void everyOperationDocumentsTheEdgesErrorsAsProblemDetails() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString());
        String problem = "#/components/schemas/Problem";

        assertThat(doc.at("/components/schemas/Problem/properties/violations/type").toString()).contains("array");
        Set<String> methods = Set.of("get", "put", "post", "delete", "patch");
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (!methods.contains(operation.getKey())) {
                return;
            }
            JsonNode responses = operation.getValue().path("responses");
            for (String status : new String[] {"400", "401", "403", "500"}) {
                assertThat(responses.at("/" + status + "/content/application~1problem+json/schema/$ref").asText())
                        .as(operation.getKey() + " " + path.getKey() + " " + status).isEqualTo(problem);
            }
        }));
        assertThat(doc.at("/paths/~1municipalities/post/responses/415/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo(problem);
        assertThat(doc.at("/paths/~1municipalities~1{ags}/get/responses/404/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo(problem);
    }

    @Test
    void everyOperationKeepsTheApiContract() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString());
        assertThat(OpenApiContract.defects(doc)).isEmpty();
    }

    @Test
    void swaggerUiSignsInThroughKeycloakWithAuthorizationCodeAndPkce() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("openIdConnect"))
                .body(containsString("/realms/ikz-sozialwesen/.well-known/openid-configuration"));
        given().get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("ikz-swagger-ui"));
    }
}
