package de.kreisunna.ikz.support.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.kreisunna.ikz.support.Members;
import de.kreisunna.ikz.support.TestClock;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists are paged with Link headers, sortable by submission and SLA due time, and refuse unknown parameters. */
@QuarkusTest
class ListPagingTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    TestClock clock;

    @Test
    void requestsComePageByPageWithLinksAndTheTotal() {
        String helpdesk = TestTokens.user("service-account-paging-" + System.nanoTime(), "helpdesk");
        clock.set("2026-03-02T09:00");
        String town = Members.member(connector);
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            submitted.add(submit(helpdesk, town, "NORMAL"));
            clock.advance(Duration.ofMinutes(1));
        }

        Response first = given().auth().oauth2(helpdesk).queryParam("size", 2).get("/support-requests");
        first.then().statusCode(200).header("X-Total-Count", "5");
        assertThat(first.jsonPath().getList("id")).containsExactly(submitted.get(4), submitted.get(3));
        assertThat(first.header("Link")).contains("page=2&size=2>; rel=\"next\"", "page=3&size=2>; rel=\"last\"",
                "page=1&size=2>; rel=\"first\"").doesNotContain("rel=\"prev\"");

        Response last = given().auth().oauth2(helpdesk).queryParam("size", 2).queryParam("page", 3)
                .queryParam("sort", "submittedAt").get("/support-requests");
        assertThat(last.jsonPath().getList("id")).containsExactly(submitted.get(4));
        assertThat(last.header("Link")).contains("sort=submittedAt", "rel=\"prev\"").doesNotContain("rel=\"next\"");

        List<String> all = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            all.addAll(given().auth().oauth2(helpdesk).queryParam("size", 2).queryParam("page", page)
                    .queryParam("sort", "submittedAt").get("/support-requests").jsonPath().getList("id"));
        }
        assertThat(all).isEqualTo(submitted);
    }

    @Test
    void requestsSortByTheirNextSlaDueTime() {
        String helpdesk = TestTokens.user("service-account-sla-sort-" + System.nanoTime(), "helpdesk");
        clock.set("2026-03-02T09:00");
        String town = Members.member(connector);
        String low = submit(helpdesk, town, "LOW");          // first response due after 16 business hours
        String critical = submit(helpdesk, town, "CRITICAL"); // after 1
        String normal = submit(helpdesk, town, "NORMAL");     // after 8
        String done = submit(helpdesk, town, "CRITICAL");
        given().auth().oauth2(TestTokens.kopfstelle()).contentType(ContentType.JSON).body("{\"reason\": \"duplicate\"}")
                .post("/support-requests/" + done + "/reject").then().statusCode(200);

        List<String> byDue = given().auth().oauth2(helpdesk).queryParam("sort", "slaDueAt").get("/support-requests")
                .then().statusCode(200).extract().jsonPath().getList("id");
        assertThat(byDue).containsExactly(critical, normal, low, done);
    }

    @Test
    void unknownFiltersBadSortsAndBadPagesAreRefusedNamingTheParameter() {
        refused("/support-requests?externalReference=X", "externalReference");
        refused("/support-requests?sort=priority", "sort");
        refused("/support-requests?size=0", "size");
        refused("/support-requests?size=501", "size");
        refused("/support-requests?page=0", "page");
        refused("/trainings?status=SCHEDULED", "status");
        refused("/onboarding-cases?ags=05978004", "ags");
    }

    @Test
    void everyListOfTheServiceCarriesPagingHeaders() {
        for (String list : List.of("/support-requests", "/trainings", "/onboarding-cases")) {
            given().auth().oauth2(TestTokens.kopfstelle()).queryParam("size", 1).get(list).then().statusCode(200)
                    .header("X-Total-Count", org.hamcrest.Matchers.notNullValue())
                    .header("Link", org.hamcrest.Matchers.containsString("rel=\"first\""));
        }
        given().auth().oauth2(TestTokens.admin()).get("/webhook-subscriptions").then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"last\""));
    }

    private static void refused(String path, String field) {
        given().auth().oauth2(TestTokens.kopfstelle()).get(path).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo(field));
    }

    private static String submit(String token, String town, String priority) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"ags": "%s", "category": "APPLICATION_QUESTION", "priority": "%s", "subject": "s", "description": "d"}"""
                .formatted(town, priority)).post("/support-requests").then().statusCode(201).extract().path("id");
    }
}
