package de.kreisunna.ikz.membership;

import static io.restassured.RestAssured.given;

import de.kreisunna.ikz.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the data a resource test needs through the API itself. Every AGS and agreement id is new, so tests
 * stay independent although they share one database: towns are 09xxxxxx, districts 1xxxx (no real AGS).
 */
public final class TestApi {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestApi() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as(TestTokens.admin());
    }

    public static String registerTown(String name) {
        String ags = "09%06d".formatted(SEQUENCE.incrementAndGet());
        asAdmin().body(Map.of("ags", ags, "name", name, "kind", "STADT")).post("/municipalities").then().statusCode(201);
        return ags;
    }

    public static String registerDistrict(String name) {
        String ags = "1%04d".formatted(SEQUENCE.incrementAndGet());
        asAdmin().body(Map.of("ags", ags, "name", name, "kind", "KREIS")).post("/municipalities").then().statusCode(201);
        return ags;
    }

    public static String newAgreementId() {
        return "test-agreement-" + SEQUENCE.incrementAndGet();
    }

    /** The body of {@code POST /agreements}: the operator, the Kopfstelle (also a member) and further members. */
    public static Map<String, Object> agreement(String id, String predecessorId, String operator, String kopfstelle, List<String> members) {
        List<Map<String, String>> parties = new ArrayList<>();
        parties.add(Map.of("ags", operator, "role", "OPERATOR"));
        parties.add(Map.of("ags", kopfstelle, "role", "KOPFSTELLE"));
        parties.add(Map.of("ags", kopfstelle, "role", "MEMBER"));
        members.forEach(ags -> parties.add(Map.of("ags", ags, "role", "MEMBER")));
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("title", "Vereinbarung " + id);
        body.put("subject", "AsylbLG");
        body.put("legalBasis", "GkG NRW");
        body.put("predecessorId", predecessorId);
        body.put("parties", parties);
        body.put("costClause", costClause());
        body.put("noticeRule", Map.of("noticePeriodMonths", 12, "effectiveAt", "END_OF_CALENDAR_YEAR", "note", "assumed"));
        return body;
    }

    public static Map<String, Object> costClause() {
        return Map.of("fte", new BigDecimal("0.25"), "payGrades", List.of("A 11 LBesG NRW", "EG 10 TVöD-VKA"),
                "overheadRate", new BigDecimal("0.10"), "materialCostShare", new BigDecimal("0.25"), "allocation", "EQUAL");
    }

    /** A town and district with a draft agreement among the district (operator), a Kopfstelle town and the members. */
    public record Cooperation(String agreementId, String operator, String kopfstelle, List<String> members) {

        /** Every party's ags: operator, Kopfstelle, members. */
        public List<String> parties() {
            List<String> all = new ArrayList<>(List.of(operator, kopfstelle));
            all.addAll(members);
            return all;
        }
    }

    public static Cooperation draft(int members) {
        return draft(null, registerDistrict("Testkreis"), registerTown("Kopfstadt"), towns(members));
    }

    public static Cooperation draft(String predecessorId, String operator, String kopfstelle, List<String> members) {
        String id = newAgreementId();
        asAdmin().body(agreement(id, predecessorId, operator, kopfstelle, members)).post("/agreements").then().statusCode(201);
        return new Cooperation(id, operator, kopfstelle, members);
    }

    public static List<String> towns(int count) {
        List<String> towns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            towns.add(registerTown("Teststadt " + (i + 1)));
        }
        return towns;
    }

    /** Records a positive decision of the party on the agreement: Kreistag for a district, Rat for a town. */
    public static void decide(String agreementId, String ags, String on) {
        asAdmin().body(decision(ags, on, "AGREEMENT", null)).post("/agreements/" + agreementId + "/resolutions").then().statusCode(201);
    }

    /** The body of an approving decision of the party's body on {@code subject} (and the joining town of an ACCESSION). */
    public static Map<String, Object> decision(String ags, String on, String subject, String accedingAgs) {
        Map<String, Object> body = new HashMap<>(Map.of("ags", ags, "body", ags.length() == 5 ? "KREISTAG" : "RAT", "decidedOn", on,
                "subject", subject, "paperNumber", "1/23", "kind", "DECISION", "outcome", "APPROVED"));
        if (accedingAgs != null) {
            body.put("accedingAgs", accedingAgs);
        }
        return body;
    }

    public static void conclude(Cooperation cooperation, String on) {
        cooperation.parties().forEach(ags -> decide(cooperation.agreementId(), ags, on));
        asAdmin().body(Map.of("concludedOn", on)).post("/agreements/" + cooperation.agreementId() + "/conclusion")
                .then().statusCode(200);
    }

    /** Approved and published the day before {@code from}, so the agreement takes effect on {@code from}. */
    public static void enterIntoForce(String agreementId, String from) {
        asAdmin().body(entryIntoForce(LocalDate.parse(from).minusDays(1).toString(), null))
                .post("/agreements/" + agreementId + "/entry-into-force").then().statusCode(200);
    }

    /** The body of {@code POST /agreements/{id}/entry-into-force}: approved and published on {@code publishedOn}. */
    public static Map<String, Object> entryIntoForce(String publishedOn, String effectiveFrom) {
        Map<String, Object> body = new HashMap<>();
        body.put("supervisoryApproval", Map.of("approvedOn", publishedOn, "authority", "Bezirksregierung Arnsberg"));
        body.put("publication", Map.of("publishedOn", publishedOn, "publishedIn", "Amtsblatt für den Regierungsbezirk Arnsberg"));
        body.put("effectiveFrom", effectiveFrom);
        return body;
    }

    /** A concluded agreement in force from {@code from}: the Kopfstelle and the members became members on that day. */
    public static Cooperation inForce(int members, String from) {
        Cooperation cooperation = draft(members);
        conclude(cooperation, "2018-12-01");
        enterIntoForce(cooperation.agreementId(), from);
        return cooperation;
    }
}
