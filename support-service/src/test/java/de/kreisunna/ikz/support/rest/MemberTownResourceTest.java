package de.kreisunna.ikz.support.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.kreisunna.ikz.support.Members;
import de.kreisunna.ikz.support.TestClock;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberTownResourceTest {

    static final String HELPDESK = TestTokens.user("service-account-prosoz-helpdesk", "helpdesk");

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    TestClock clock;

    @Test
    void theHelpdeskReadsTheMemberTownsOfADayWithAgsAndNameOnly() {
        clock.set("2026-03-02T09:00");
        String member = Members.member(connector);
        String joining = Members.newTown();
        Members.timeline(connector, joining, 1, "{\"validFrom\":\"2026-07-01\"}");

        JsonPath today = given().auth().oauth2(HELPDESK).get("/member-towns").then().statusCode(200).extract().jsonPath();
        assertThat(today.getList("ags")).contains(member).doesNotContain(joining);
        assertThat(today.getString("find { it.ags == '" + member + "' }.name")).isEqualTo("Teststadt " + member);
        assertThat(today.getMap("[0]").keySet()).containsExactlyInAnyOrder("ags", "name");

        JsonPath july = given().auth().oauth2(HELPDESK).queryParam("at", "2026-07-01").get("/member-towns")
                .then().statusCode(200).extract().jsonPath();
        assertThat(july.getList("ags")).contains(member, joining);
    }

    @Test
    void aBadDayOrUnknownParameterIsRefusedAndTownsDoNotListOthers() {
        given().auth().oauth2(HELPDESK).queryParam("at", "02.03.2026").get("/member-towns").then().statusCode(400)
                .body("violations[0].field", equalTo("at"));
        given().auth().oauth2(HELPDESK).queryParam("ags", "05978004").get("/member-towns").then().statusCode(400)
                .body("violations[0].field", equalTo("ags"));
        given().auth().oauth2(TestTokens.town(Members.newTown())).get("/member-towns").then().statusCode(403);
    }
}
