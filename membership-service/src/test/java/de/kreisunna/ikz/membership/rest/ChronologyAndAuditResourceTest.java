package de.kreisunna.ikz.membership.rest;

import static de.kreisunna.ikz.membership.TestApi.as;
import static de.kreisunna.ikz.membership.TestApi.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import de.kreisunna.ikz.membership.TestApi;
import de.kreisunna.ikz.membership.TestApi.Cooperation;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChronologyAndAuditResourceTest {

    @Test
    void everyChangeOfAnAgreementIsAuditedWithWhoWhenAndWhat() {
        Cooperation c = TestApi.inForce(1, "2019-01-01");

        as(TestTokens.kopfstelle()).get("/audit?entityType=agreement&entityId=" + c.agreementId()).then().statusCode(200)
                .body("action", contains("AGREEMENT_CREATED", "AGREEMENT_CONCLUDED", "AGREEMENT_ENTERED_INTO_FORCE"))
                .body("actor", everyItem(equalTo("admin")))
                .body("occurredAt", everyItem(notNullValue()))
                .body("[0].summary.costClause.overheadRate", equalTo(0.10f))
                .body("[1].summary.concludedOn", equalTo("2018-12-01"))
                .body("[2].summary.inForceFrom", equalTo("2019-01-01"));
        as(TestTokens.finance()).get("/audit?entityType=membership&entityId=" + c.members().get(0)).then().statusCode(200)
                .body("action", contains("MEMBERSHIP_BEGUN"))
                .body("[0].summary.agreementId", equalTo(c.agreementId()));
        asAdmin().get("/audit?entityType=resolution").then().statusCode(200).body("action", hasItem("RESOLUTION_RECORDED"));
    }

    @Test
    void municipalityChangesAreAuditedToo() {
        String town = TestApi.registerTown("Auditstadt");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", "Auditstadt an der Lippe", "kind", "STADT"))
                .put("/municipalities/" + town).then().statusCode(200);

        asAdmin().get("/audit?entityType=municipality&entityId=" + town).then().statusCode(200)
                .body("action", contains("MUNICIPALITY_REGISTERED", "MUNICIPALITY_UPDATED"))
                .body("[1].summary.name", equalTo("Auditstadt an der Lippe"));
    }

    @Test
    void theAuditTrailIsForStaffAndAnUnknownEntityTypeIsBadInput() {
        as(TestTokens.town("05978004")).get("/audit").then().statusCode(403);
        given().get("/audit").then().statusCode(401);
        asAdmin().get("/audit?entityType=invoice").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("entityType"))
                .body("violations[0].reason", containsString("municipality, agreement, resolution, membership"));
        asAdmin().get("/audit?entityId=x").then().statusCode(400).body("violations[0].field", equalTo("entityType"));
    }

    @Test
    void theChronologyOrdersResolutionsConclusionApprovalPublicationEntryIntoForceAccessionsGoLiveAndNoticesByDate() {
        Cooperation c = TestApi.inForce(1, "2019-01-01");
        String town = c.members().get(0);
        asAdmin().body(Map.of("goLiveOn", "2019-02-01")).post("/municipalities/" + town + "/go-live").then().statusCode(200);
        asAdmin().body(Map.of("noticeGivenOn", "2023-03-15")).post("/agreements/" + c.agreementId() + "/members/" + town + "/notice")
                .then().statusCode(200);

        as(TestTokens.finance()).get("/chronology?ags=" + town).then().statusCode(200)
                .body("kind", contains("RESOLUTION", "CONCLUSION", "APPROVAL", "PUBLICATION", "ENTRY_INTO_FORCE", "ACCESSION", "GO_LIVE",
                        "NOTICE", "LEAVING"))
                .body("date", contains("2018-12-01", "2018-12-01", "2018-12-31", "2018-12-31", "2019-01-01", "2019-01-01", "2019-02-01",
                        "2023-03-15", "2024-12-31"))
                .body("find { it.kind == 'RESOLUTION' }.description", containsString("approved on the agreement"))
                .body("find { it.kind == 'PUBLICATION' }.description", containsString("Amtsblatt für den Regierungsbezirk Arnsberg"));
        as(TestTokens.finance()).get("/chronology").then().statusCode(200)
                .body("agreementId", hasItem(c.agreementId()));
    }

    @Test
    void aTownSeesTheChronologyOfItsAgreementsWithoutOtherTownsResolutions() {
        Cooperation mine = TestApi.inForce(1, "2019-01-01");
        Cooperation other = TestApi.inForce(1, "2019-01-01");
        String town = mine.members().get(0);

        as(TestTokens.town(town)).get("/chronology").then().statusCode(200)
                .body("agreementId", everyItem(equalTo(mine.agreementId())))
                .body("findAll { it.kind == 'RESOLUTION' }.ags", everyItem(equalTo(town)))
                .body("findAll { it.kind == 'ACCESSION' }.ags", contains(mine.kopfstelle(), town))
                .body("agreementId", not(hasItem(other.agreementId())));
        as(TestTokens.town(town)).get("/chronology?ags=" + other.members().get(0)).then().statusCode(404);
        given().get("/chronology").then().statusCode(401);
        as(TestTokens.user("prosoz-helpdesk", "helpdesk")).get("/chronology").then().statusCode(403);
    }
}
