package de.kreisunna.ikz.membership.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** X-Request-Id: the caller's id comes back (also on errors), a missing or unsafe one is replaced by a new id. */
@QuarkusTest
class RequestIdTest {

    @Test
    void theCallersRequestIdIsEchoed() {
        given().auth().oauth2(TestTokens.admin()).header("X-Request-Id", "prosoz-2026-12-01.0815")
                .get("/municipalities").then().statusCode(200).header("X-Request-Id", "prosoz-2026-12-01.0815");
        given().header("X-Request-Id", "unauthenticated-1")
                .get("/municipalities").then().statusCode(401).header("X-Request-Id", "unauthenticated-1");
    }

    @Test
    void aMissingOrUnsafeRequestIdIsReplacedByANewOne() {
        String generated = given().auth().oauth2(TestTokens.admin()).get("/municipalities")
                .then().statusCode(200).extract().header("X-Request-Id");
        String unsafe = "evil\" injected=1 " + "x".repeat(200);
        String replaced = given().auth().oauth2(TestTokens.admin()).header("X-Request-Id", unsafe)
                .get("/municipalities").then().statusCode(200).extract().header("X-Request-Id");

        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(replaced).matches("[0-9a-f-]{36}").isNotEqualTo(generated);
    }
}
