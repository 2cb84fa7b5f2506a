package de.kreisunna.ikz.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import de.kreisunna.ikz.stack.LocalStack;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operators rely on in every packaged service: readiness with its dependencies, OpenAPI, metrics. */
@ExtendWith(SystemStack.class)
class OperabilityIT {

    private final LocalStack stack = SystemStack.stack();

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        for (String service : List.of("membership-service", "costing-service", "support-service")) {
            given().get(stack.serviceUrl(service) + "/q/health/ready")
                    .then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", hasItems("Database connections health check",
                            "SmallRye Reactive Messaging - readiness check"));
        }
    }

    @Test
    void openApiAndSwaggerUiAndPrometheusMetricsAreServed() {
        for (String service : List.of("membership-service", "costing-service", "support-service")) {
            given().get(stack.serviceUrl(service) + "/q/openapi").then().statusCode(200)
                    .body(containsString("bearer"));
            given().get(stack.serviceUrl(service) + "/q/swagger-ui/").then().statusCode(200);
            given().get(stack.serviceUrl(service) + "/q/metrics").then().statusCode(200)
                    .body(containsString("http_server_requests_seconds"));
        }
    }
}
