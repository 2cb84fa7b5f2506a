package de.kreisunna.ikz.support.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    private static JsonNode document() throws Exception {
        return new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString());
    }

    @Test
    void everyOperationKeepsTheApiContract() throws Exception {
        assertThat(OpenApiContract.defects(document())).isEmpty();
    }

    @Test
    void writesDocumentTheStatusAndMediaTypesTheyReallyAnswer() throws Exception {
        JsonNode paths = document().path("paths");
        JsonNode submit = paths.at("/~1support-requests/post/responses");
        assertThat(submit.has("201")).as("submit answers 201").isTrue();
        assertThat(submit.has("200")).as("a replayed submit answers 200").isTrue();
        assertThat(submit.at("/201/headers/Location").isMissingNode()).isFalse();
        assertThat(paths.at("/~1support-requests~1{id}~1attachments/post/responses").has("201")).isTrue();
        assertThat(paths.at("/~1trainings~1{id}~1registrations/post/responses").has("201")).isTrue();
        JsonNode delete = paths.at("/~1webhook-subscriptions~1{id}/delete/responses");
        assertThat(delete.has("204")).isTrue();
        assertThat(delete.has("200")).isFalse();
        assertThat(paths.at("/~1support-requests~1{id}~1attachments~1{attachmentId}/get/responses/200/content")
                .has("application/pdf")).isTrue();
        assertThat(paths.at("/~1reports~1activity/get/responses/200/content").has("text/csv")).isTrue();
        assertThat(paths.at("/~1support-requests~1{id}~1reopen/post/responses").has("409")).isTrue();
    }
}
