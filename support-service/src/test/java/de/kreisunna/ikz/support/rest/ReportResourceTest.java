package de.kreisunna.ikz.support.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import de.kreisunna.ikz.support.Members;
import de.kreisunna.ikz.support.TestClock;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The activity report of a year no other test uses (2031), so its figures are this test's alone. */
@QuarkusTest
class ReportResourceTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    TestClock clock;

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private String submitAt(String time, String town, String category, String priority) {
        clock.set(time);
        return as(TestTokens.town(town)).body("""
                        {"category": "%s", "priority": "%s", "subject": "s", "description": "d"}"""
                        .formatted(category, priority))
                .post("/support-requests").then().statusCode(201).extract().path("id");
    }

    private void replyAt(String time, String id) {
        clock.set(time);
        as(TestTokens.kopfstelle()).body("{\"text\": \"answer\"}").post("/support-requests/" + id + "/comments")
                .then().statusCode(200);
    }

    private void resolveAt(String time, String id) {
        clock.set(time);
        as(TestTokens.kopfstelle()).body("{\"resolution\": \"done\"}").post("/support-requests/" + id + "/resolve")
                .then().statusCode(200);
    }

    @Test
    void theYearsReportShowsPerTownAndCategoryCountsMediansComplianceAndTrainingsAsJsonAndCsv() {
        String selm = Members.member(connector);
        String werne = Members.member(connector);
        String q1 = submitAt("2031-03-03T09:00", selm, "APPLICATION_QUESTION", "NORMAL");
        String q2 = submitAt("2031-03-03T09:00", selm, "APPLICATION_QUESTION", "NORMAL");
        String incident = submitAt("2031-03-03T09:00", werne, "TECHNICAL_INCIDENT", "CRITICAL");
        replyAt("2031-03-03T10:00", q1);
        replyAt("2031-03-03T11:00", incident);   // CRITICAL: 1 business hour allowed, 2 used
        replyAt("2031-03-03T12:00", q2);
        resolveAt("2031-03-03T12:00", q1);
        resolveAt("2031-03-03T13:00", incident);
        resolveAt("2031-03-03T14:00", q2);
        String session = as(TestTokens.kopfstelle()).body("""
                        {"topic": "Basic training", "startsAt": "2031-03-04T09:00:00+01:00",
                         "endsAt": "2031-03-04T12:00:00+01:00", "format": "ONLINE", "capacity": 2}""")
                .post("/trainings").then().statusCode(201).extract().<String>path("id");
        String present = TrainingResourceTest.register(session, selm, "Anna", "CONFIRMED");
        TrainingResourceTest.register(session, selm, "Ben", "CONFIRMED");
        clock.set("2031-03-04T10:00");
        as(TestTokens.kopfstelle()).body("{\"attended\": true}")
                .put("/trainings/" + session + "/registrations/" + present + "/attendance").then().statusCode(200);
        clock.set("2032-01-10T09:00");

        as(TestTokens.kopfstelle()).queryParam("year", 2031).get("/reports/activity")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("year", equalTo(2031))
                .body("requests.size()", equalTo(2))
                .body("requests[0].ags", equalTo(selm))
                .body("requests[0].town", equalTo("Teststadt " + selm))
                .body("requests[0].category", equalTo("APPLICATION_QUESTION"))
                .body("requests[0].requests", equalTo(2))
                .body("requests[0].medianFirstResponseHours", equalTo(2.0f))   // 1 h and 3 h
                .body("requests[0].medianResolutionHours", equalTo(4.0f))      // 3 h and 5 h
                .body("requests[0].slaCompliancePercent", equalTo(100.0f))
                .body("requests[1].category", equalTo("TECHNICAL_INCIDENT"))
                .body("requests[1].slaBreached", equalTo(1))
                .body("requests[1].slaCompliancePercent", equalTo(0.0f))
                .body("trainings.held", equalTo(1))
                .body("trainings.participants", equalTo(2))
                .body("trainings.attended", equalTo(1));

        String csv = as(TestTokens.finance()).accept("text/csv").queryParam("year", 2031).get("/reports/activity")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("section,year,ags,town,category,requests");
        assertThat(lines).contains(
                "requests,2031," + selm + ",Teststadt " + selm + ",APPLICATION_QUESTION,2,2,2.00,4.00,2,0,100.0,,,",
                "requests,2031," + werne + ",Teststadt " + werne + ",TECHNICAL_INCIDENT,1,1,2.00,4.00,0,1,0.0,,,",
                "trainings,2031," + selm + ",Teststadt " + selm + ",,,,,,,,,,2,1",
                "trainings,2031,,,,,,,,,,,1,2,1");
        assertThat(as(TestTokens.admin()).queryParam("year", 2031).queryParam("format", "csv").get("/reports/activity")
                .then().statusCode(200).extract().asString()).isEqualTo(csv);
    }

    @Test
    void theReportIsForStaffAndNeedsAYear() {
        as(TestTokens.town("05978032")).queryParam("year", 2031).get("/reports/activity").then().statusCode(403);
        as(TestTokens.kopfstelle()).get("/reports/activity").then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        as(TestTokens.kopfstelle()).queryParam("year", 2031).queryParam("format", "xml").get("/reports/activity")
                .then().statusCode(400).body("violations[0].field", equalTo("format"));
    }
}
