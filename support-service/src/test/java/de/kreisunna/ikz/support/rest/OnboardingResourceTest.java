package de.kreisunna.ikz.support.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import de.kreisunna.ikz.platform.outbox.OutboxRelay;
import de.kreisunna.ikz.support.Members;
import de.kreisunna.ikz.support.Published;
import de.kreisunna.ikz.support.TestClock;
import de.kreisunna.ikz.support.onboarding.OnboardingCaseOpened;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accessions in the consumed membership timelines open onboarding cases for the Kopfstelle. */
@QuarkusTest
class OnboardingResourceTest {

    static final String FIRST_AGREEMENT = "{\"validFrom\":\"2019-01-01\",\"validUntil\":\"2021-12-31\"}";
    static final String SECOND_AGREEMENT = "{\"validFrom\":\"2022-01-01\",\"validUntil\":null}";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    OutboxRelay relay;

    @Inject
    TestClock clock;

    private Published published;

    @BeforeEach
    void drain() {
        clock.set("2026-03-02T09:00");
        published = new Published(relay, connector);
        published.drain();
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private List<String> casesOf(String town) {
        return as(TestTokens.town(town)).get("/onboarding-cases").then().statusCode(200).extract().path("id");
    }

    @Test
    void anAccessionOpensAnOnboardingCaseWithItsChecklistVisibleToThatTown() {
        String town = Members.newTown();

        Members.timeline(connector, town, 1, "{\"validFrom\":\"2026-07-01\"}");

        List<String> cases = casesOf(town);
        assertThat(cases).hasSize(1);
        as(TestTokens.town(town)).get("/onboarding-cases/" + cases.get(0)).then().statusCode(200)
                .body("ags", equalTo(town))
                .body("accessionDate", equalTo("2026-07-01"))
                .body("status", equalTo("OPEN"))
                .body("checklist.item", contains("INSTANCE_MIGRATION", "USER_ACCOUNTS", "BASIC_TRAINING"))
                .body("checklist.done", everyItem(equalTo(false)));
        assertThat(published.events(OnboardingCaseOpened.TYPE)).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo(town);
            assertThat(e.data().get("accessionDate").asText()).isEqualTo("2026-07-01");
        });
    }

    @Test
    void anotherTownsOnboardingDoesNotExistForATown() {
        String town = Members.newTown();
        String neighbour = Members.member(connector);
        Members.timeline(connector, town, 1, "{\"validFrom\":\"2026-07-01\"}");
        String id = casesOf(town).get(0);

        as(TestTokens.town(neighbour)).get("/onboarding-cases/" + id).then().statusCode(404).body("ags", nullValue());
        as(TestTokens.town(neighbour)).get("/onboarding-cases").then().body("id", contains(casesOf(neighbour).toArray()));
        as(TestTokens.kopfstelle()).get("/onboarding-cases/" + id).then().statusCode(200);
        as(TestTokens.admin()).get("/onboarding-cases/" + id).then().statusCode(200);
        as(TestTokens.user("service-account-prosoz-helpdesk", "helpdesk")).get("/onboarding-cases").then().statusCode(403);
    }

    @Test
    void aSeamlessHandOverToTheNewAgreementOpensNoSecondCase() {
        String town = Members.newTown();
        Members.timeline(connector, town, 1, FIRST_AGREEMENT);
        published.drain();

        Members.timeline(connector, town, 2, FIRST_AGREEMENT, SECOND_AGREEMENT);

        as(TestTokens.town(town)).get("/onboarding-cases").then().body("accessionDate", contains("2019-01-01"));
        assertThat(published.events(OnboardingCaseOpened.TYPE)).isEmpty();
    }

    @Test
    void aRedeliveredEventOrAReAddedPeriodOpensNoSecondCase() {
        String town = Members.newTown();
        String eventId = UUID.randomUUID().toString();
        String joining = "{\"validFrom\":\"2026-07-01\"}";

        Members.timeline(connector, eventId, town, 1, joining);
        Members.timeline(connector, eventId, town, 1, joining);
        Members.timeline(connector, town, 2);
        Members.timeline(connector, town, 3, joining);

        assertThat(casesOf(town)).hasSize(1);
        assertThat(published.events(OnboardingCaseOpened.TYPE)).hasSize(1);
    }

    @Test
    void aTownReturningAfterAGapIsOnboardedAgain() {
        String town = Members.newTown();
        Members.timeline(connector, town, 1, FIRST_AGREEMENT);

        Members.timeline(connector, town, 2, FIRST_AGREEMENT, "{\"validFrom\":\"2026-07-01\"}");

        as(TestTokens.town(town)).get("/onboarding-cases").then().body("accessionDate", contains("2026-07-01", "2019-01-01"));
    }

    @Test
    void theKopfstelleTicksOffTheChecklistAndTheCaseCompletes() {
        String town = Members.newTown();
        Members.timeline(connector, town, 1, "{\"validFrom\":\"2026-07-01\"}");
        String path = "/onboarding-cases/" + casesOf(town).get(0);

        as(TestTokens.town(town)).body("{\"done\": true}").put(path + "/checklist/USER_ACCOUNTS").then().statusCode(403);
        as(TestTokens.kopfstelle()).body("{\"done\": true}").put(path + "/checklist/PAYROLL").then().statusCode(400)
                .body("violations[0].field", equalTo("item"));
        for (String item : List.of("INSTANCE_MIGRATION", "USER_ACCOUNTS", "BASIC_TRAINING")) {
            as(TestTokens.kopfstelle()).body("{\"done\": true}").put(path + "/checklist/" + item).then().statusCode(200);
        }

        as(TestTokens.town(town)).get(path).then()
                .body("status", equalTo("COMPLETED"))
                .body("checklist.doneBy", everyItem(equalTo("kopfstelle")));
        as(TestTokens.kopfstelle()).body("{\"done\": false}").put(path + "/checklist/BASIC_TRAINING").then()
                .body("status", equalTo("OPEN")).body("completedAt", nullValue());
        as(TestTokens.town(Members.newTown())).get("/onboarding-cases").then().body("id", empty());
    }
}
