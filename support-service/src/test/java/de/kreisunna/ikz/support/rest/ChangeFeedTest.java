package de.kreisunna.ikz.support.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import de.kreisunna.ikz.support.Members;
import de.kreisunna.ikz.support.TestClock;
import de.kreisunna.ikz.support.access.Actor;
import de.kreisunna.ikz.support.request.RequestService;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The change feed: commit order, an opaque cursor to read on from, and only what the caller may see. */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    TestClock clock;

    @Inject
    RequestService requests;

    @BeforeEach
    void mondayMorning() {
        clock.set("2026-03-02T09:00");
    }

    @Test
    void aTownReadsItsChangesPageByPageWithTheCursorAndNeverAnotherTownsOrInternalOnes() {
        String town = Members.member(connector);
        String otherTown = Members.member(connector);
        String own = submit(TestTokens.town(town), town);
        as(TestTokens.kopfstelle()).post("/support-requests/" + own + "/start").then().statusCode(200);
        as(TestTokens.kopfstelle()).body("{\"text\": \"internal remark\", \"internal\": true}")
                .post("/support-requests/" + own + "/comments").then().statusCode(200);
        submit(TestTokens.town(otherTown), otherTown);
        as(TestTokens.kopfstelle()).body("{\"text\": \"We are on it\"}")
                .post("/support-requests/" + own + "/comments").then().statusCode(200);

        Response first = as(TestTokens.town(town)).queryParam("limit", 2).get("/support-requests/changes");
        first.then().statusCode(200).body("more", equalTo(true))
                .header("Link", containsString("rel=\"next\""));
        JsonPath page1 = first.jsonPath();
        assertThat(page1.getList("changes.data.change")).containsExactly("SUBMITTED", "STARTED");
        assertThat(page1.getString("cursor")).doesNotContainPattern("^\\d+$");

        JsonPath page2 = as(TestTokens.town(town)).queryParam("limit", 2).queryParam("after", page1.getString("cursor"))
                .get("/support-requests/changes").then().statusCode(200).body("more", equalTo(false))
                .extract().jsonPath();
        assertThat(page2.getList("changes.data.change")).containsExactly("PUBLIC_REPLY");
        assertThat(page2.getList("changes.data.requestId")).containsOnly(own);

        // nothing new: the same cursor comes back and an empty page
        JsonPath page3 = as(TestTokens.town(town)).queryParam("after", page2.getString("cursor"))
                .get("/support-requests/changes").then().statusCode(200).extract().jsonPath();
        assertThat(page3.getList("changes")).isEmpty();
        assertThat(page3.getString("cursor")).isEqualTo(page2.getString("cursor"));

        // a new change appears after the cursor the client kept
        as(TestTokens.kopfstelle()).body("{\"resolution\": \"done\"}").post("/support-requests/" + own + "/resolve")
                .then().statusCode(200);
        JsonPath page4 = as(TestTokens.town(town)).queryParam("after", page2.getString("cursor"))
                .get("/support-requests/changes").then().statusCode(200).extract().jsonPath();
        assertThat(page4.getList("changes.data.change")).containsExactly("RESOLVED", "PUBLIC_REPLY");
    }

    @Test
    void staffSeeEveryTownsChangesInCommitOrderIncludingInternalOnes() {
        String start = endOfFeed(TestTokens.kopfstelle());
        String town = Members.member(connector);
        String otherTown = Members.member(connector);
        String first = submit(TestTokens.town(town), town);
        String second = submit(TestTokens.town(otherTown), otherTown);
        as(TestTokens.kopfstelle()).body("{\"text\": \"internal remark\", \"internal\": true}")
                .post("/support-requests/" + first + "/comments").then().statusCode(200);

        JsonPath page = as(TestTokens.kopfstelle()).queryParam("after", start).get("/support-requests/changes")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("changes.data.requestId")).containsExactly(first, second, first);
        assertThat(page.getList("changes.type")).containsExactly("support-request.submitted",
                "support-request.submitted", "support-request.internal");
        assertThat(page.getList("changes.data.change")).containsExactly("SUBMITTED", "SUBMITTED", "INTERNAL_NOTE");
    }

    /**
     * Writers do not queue on the feed: a submission commits while another change is still open, readers see it at
     * once, and the change that commits later follows it, after the cursor the reader kept (nothing skipped).
     */
    @Test
    void aChangeCommittedWhileAnEarlierOneIsStillOpenIsReadAtOnceAndTheLaterCommitFollowsWithoutASkip()
            throws Exception {
        String town = Members.member(connector);
        String held = submit(TestTokens.town(town), town);
        String start = endOfFeed(TestTokens.kopfstelle());
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> open = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                requests.comment(UUID.fromString(held), Actor.kopfstelle("Kopfstelle"), "written first, committed last",
                        false, null, null);
                written.countDown();
                await(release);
            }));
            assertThat(written.await(10, TimeUnit.SECONDS)).as("the first change is written").isTrue();

            String later = threads.submit(() -> submit(TestTokens.town(town), town)).get(10, TimeUnit.SECONDS);
            JsonPath before = as(TestTokens.kopfstelle()).queryParam("after", start).get("/support-requests/changes")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(before.getList("changes.data.requestId")).containsExactly(later);

            release.countDown();
            open.get(10, TimeUnit.SECONDS);
            JsonPath after = as(TestTokens.kopfstelle()).queryParam("after", before.getString("cursor"))
                    .get("/support-requests/changes").then().statusCode(200).extract().jsonPath();
            assertThat(after.getList("changes.data.requestId")).containsExactly(held);
            assertThat(after.getList("changes.data.change")).containsExactly("PUBLIC_REPLY");
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aBadCursorAnUnknownParameterOrLimitIsRefusedNamingIt() {
        String town = Members.newTown();
        refused(as(TestTokens.town(town)).queryParam("after", "not-a-cursor"), "after");
        refused(as(TestTokens.town(town)).queryParam("after", "MTIz"), "after");
        refused(as(TestTokens.town(town)).queryParam("limit", 0), "limit");
        refused(as(TestTokens.town(town)).queryParam("limit", 1001), "limit");
        refused(as(TestTokens.town(town)).queryParam("since", "x"), "since");
        as(TestTokens.finance()).get("/support-requests/changes").then().statusCode(403);
    }

    private static void refused(RequestSpecification request, String field) {
        request.get("/support-requests/changes").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }

    /** The cursor after everything the caller can see now. */
    private static String endOfFeed(String token) {
        String cursor = null;
        List<String> seen = new ArrayList<>();
        while (true) {
            RequestSpecification request = as(token).queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/support-requests/changes").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("changes.data.changeId", String.class));
            cursor = page.getString("cursor");
            if (!page.getBoolean("more")) {
                assertThat(seen).doesNotHaveDuplicates();
                return cursor;
            }
        }
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String submit(String token, String town) {
        return as(token).body("""
                {"ags": "%s", "category": "APPLICATION_QUESTION", "subject": "s", "description": "d"}""".formatted(town))
                .post("/support-requests").then().statusCode(201).extract().path("id");
    }
}
