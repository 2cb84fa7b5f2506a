package de.kreisunna.ikz.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;

/** Cost runs as finance starts them: a preview computed in the background, then finalized. */
final class CostRuns {

    private static final Duration COMPUTATION = Duration.ofSeconds(60);

    private CostRuns() {
    }

    /** Starts a preview and waits until its background job is done; returns the finished run. */
    static JsonPath preview(String startBody) {
        long id = Api.as("finance").body(startBody).post(Api.url(Api.COSTING, "/cost-runs"))
                .then().statusCode(202).extract().jsonPath().getLong("id");
        JsonPath[] run = new JsonPath[1];
        Eventually.within(COMPUTATION, () -> {
            run[0] = Api.as("finance").get(Api.url(Api.COSTING, "/cost-runs/" + id)).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(run[0].getString("status")).isIn("DONE", "FAILED");
        });
        assertThat(run[0].getString("status")).as("cost run %s: %s", id, run[0].getString("error")).isEqualTo("DONE");
        return run[0];
    }

    /**
     * A finalized run. Finalizing refuses a preview whose inputs changed meanwhile (e.g. a membership event of
     * another test still arriving); then a new preview is made, as finance would.
     */
    static JsonPath finalized(String startBody) {
        for (int attempt = 1; ; attempt++) {
            JsonPath run = preview(startBody);
            var response = Api.as("finance").post(Api.url(Api.COSTING, "/cost-runs/" + run.getLong("id") + "/finalize"));
            if (response.statusCode() == 200 || attempt == 5) {
                return response.then().statusCode(200).extract().jsonPath();
            }
            response.then().statusCode(409);
        }
    }
}
