package de.kreisunna.ikz.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A resource of every kind in all three services, made through the public APIs for fictitious town A: its
 * municipality, membership, a draft agreement it is a party of with its council resolution, its billing party, a
 * cost item, a finalized cost run with A's issued invoice, a licence grant, a support request, a training
 * registration and the onboarding case its accession opened. Town B is a member too and has a user of its own:
 * the neighbour that must never see A's data. Each test class makes its own sandbox with its own keys and cost
 * year (see {@link TestTowns}).
 */
final class Sandbox {

    private static final Duration ARRIVAL = Duration.ofSeconds(90);

    final String name;
    final String townA;
    final String townB;
    final String kopfstelleTown;
    final String district;
    final String userA;
    final String userB;
    final String nameA;
    final int year;
    final String agreementId;
    final String editionLabel;
    final String requestSubject;
    final String participantName;
    final String licenceProduct;
    long editionId;
    long costItemId;
    long costRunId;
    long invoiceId;
    String invoiceNumber;
    String requestId;
    String licenceRequestId;
    String trainingId;
    String registrationId;
    String onboardingCaseId;
    String commentId;
    String attachmentId;
    String subscriptionId;

    private Sandbox(String name, String agsPrefix, String district, int year) {
        this.name = name;
        this.townA = agsPrefix + "1";
        this.townB = agsPrefix + "2";
        this.kopfstelleTown = agsPrefix + "3";
        this.district = district;
        this.userA = "sandbox-" + name + "-a";
        this.userB = "sandbox-" + name + "-b";
        this.nameA = "Sandbox " + name + " Nord";
        this.year = year;
        this.agreementId = "sandbox-" + name;
        this.editionLabel = "Sandbox " + name + " " + year;
        this.requestSubject = "Frage aus " + nameA + " zur Bescheiderstellung";
        this.participantName = "Teilnehmerin aus " + nameA;
        this.licenceProduct = "Lizenz " + nameA;
    }

    /** Makes the sandbox; {@code agsPrefix} has 7 digits (towns A, B and the Kopfstelle end in 1, 2, 3). */
    static Sandbox create(String name, String agsPrefix, String district, int year) {
        Sandbox s = new Sandbox(name, agsPrefix, district, year);
        s.membership();
        s.awaitProjections();
        s.support();
        s.costing();
        return s;
    }

    /** What only town A's callers may ever read. */
    List<String> markersOfA() {
        return List.of(nameA, TestTowns.leitwegId(townA), requestSubject, participantName, licenceProduct, invoiceNumber);
    }

    /** The path with its placeholders filled with this sandbox's resources. */
    String path(String template) {
        return fill(template, false);
    }

    /** The path with every id replaced by one that exists nowhere ({@code {ags}} stays town A). */
    String pathToNothing(String template) {
        return fill(template, true);
    }

    private String fill(String template, boolean missing) {
        String id;
        if (template.startsWith("/agreements/")) {
            id = missing ? "sandbox-does-not-exist" : agreementId;
        } else if (template.startsWith("/cost-items/")) {
            id = missing ? "987654321" : String.valueOf(costItemId);
        } else if (template.startsWith("/cost-runs/")) {
            id = missing ? "987654321" : String.valueOf(costRunId);
        } else if (template.startsWith("/invoices/")) {
            id = missing ? "987654321" : String.valueOf(invoiceId);
        } else if (template.startsWith("/kgst-editions/")) {
            id = missing ? "987654321" : String.valueOf(editionId);
        } else if (template.startsWith("/onboarding-cases/")) {
            id = missing ? UUID.randomUUID().toString() : onboardingCaseId;
        } else if (template.startsWith("/support-requests/")) {
            id = missing ? UUID.randomUUID().toString() : requestId;
        } else if (template.startsWith("/webhook-subscriptions/")) {
            id = missing ? UUID.randomUUID().toString() : subscriptionId;
        } else if (template.startsWith("/trainings/")) {
            id = missing ? UUID.randomUUID().toString() : trainingId;
        } else {
            id = null;
        }
        String path = template.replace("{ags}", townA).replace("{item}", "INSTANCE_MIGRATION")
                .replace("{year}", String.valueOf(year)).replace("{costType}", "KOPFSTELLE")
                .replace("{registrationId}", missing ? UUID.randomUUID().toString() : registrationId)
                .replace("{commentId}", missing ? UUID.randomUUID().toString() : commentId)
                .replace("{attachmentId}", missing ? UUID.randomUUID().toString() : attachmentId);
        if (id != null) {
            path = path.replace("{id}", id);
        }
        if (path.contains("{")) {
            throw new IllegalArgumentException("the sandbox has nothing for " + template);
        }
        return path;
    }

    private void membership() {
        Keycloak.createTownUser(userA, townA);
        Keycloak.createTownUser(userB, townB);
        register(district, "Sandbox-Kreis " + name, "KREIS");
        register(kopfstelleTown, "Sandbox " + name + " Kopfstelle", "STADT");
        register(townA, nameA, "STADT");
        register(townB, "Sandbox " + name + " Süd", "GEMEINDE");
        Api.as("admin").body("""
                {"id":"%s","title":"Sandbox-Vereinbarung %s","subject":"AsylbLG","legalBasis":"GkG NRW",
                 "parties":[{"ags":"%s","role":"OPERATOR"},{"ags":"%s","role":"KOPFSTELLE"},{"ags":"%s","role":"MEMBER"},
                            {"ags":"%s","role":"MEMBER"}],
                 "costClause":{"fte":0.25,"payGrades":["A 11 LBesG NRW"],"overheadRate":0.10,"materialCostShare":0.25,
                               "allocation":"EQUAL"},
                 "noticeRule":{"noticePeriodMonths":12,"effectiveAt":"END_OF_CALENDAR_YEAR"}}"""
                .formatted(agreementId, name, district, kopfstelleTown, townA, townB))
                .post(Api.url(Api.MEMBERSHIP, "/agreements")).then().statusCode(201);
        Api.as("admin").body("""
                {"ags":"%s","body":"RAT","decidedOn":"2024-01-15","subject":"AGREEMENT","paperNumber":"SB-%s","kind":"DECISION",
                 "outcome":"APPROVED","note":"Ratsbeschluss von %s"}""".formatted(townA, name, nameA))
                .post(Api.url(Api.MEMBERSHIP, "/agreements/" + agreementId + "/resolutions")).then().statusCode(201);
        for (String party : List.of(district, kopfstelleTown, townB)) {
            Api.as("admin").body(Map.of("ags", party, "body", party.length() == 5 ? "KREISTAG" : "RAT", "decidedOn", "2024-01-15",
                            "subject", "AGREEMENT", "kind", "DECISION", "outcome", "APPROVED"))
                    .post(Api.url(Api.MEMBERSHIP, "/agreements/" + agreementId + "/resolutions")).then().statusCode(201);
        }
        Api.as("admin").body(Map.of("concludedOn", "2024-01-16"))
                .post(Api.url(Api.MEMBERSHIP, "/agreements/" + agreementId + "/conclusion")).then().statusCode(200);
        Api.as("admin").body(Map.of("supervisoryApproval", Map.of("approvedOn", "2024-01-20", "authority", "Bezirksregierung Sandbox"),
                        "publication", Map.of("publishedOn", "2024-01-25", "publishedIn", "Amtsblatt Sandbox")))
                .post(Api.url(Api.MEMBERSHIP, "/agreements/" + agreementId + "/entry-into-force")).then().statusCode(200);
    }

    /** Master data is entered once, here in membership; costing invoices with what the events carry. */
    private static void register(String ags, String name, String kind) {
        Api.as("admin").body(Map.of("ags", ags, "name", name, "kind", kind, "leitwegId", TestTowns.leitwegId(ags),
                        "invoiceAddress", Map.of("recipient", name, "street", "Marktplatz 1", "postalCode", "59999", "city", "Sandbox"),
                        "contact", Map.of("name", "Rechnungseingang", "email", "rechnung@" + ags + ".example")))
                .post(Api.url(Api.MEMBERSHIP, "/municipalities")).then().statusCode(201);
    }

    private void awaitProjections() {
        for (String service : List.of(Api.COSTING, Api.SUPPORT)) {
            for (String town : List.of(townA, townB)) {
                Eventually.within(ARRIVAL, () -> assertThat(Api.as("finance")
                        .get(Api.url(service, "/members/" + town)).then().statusCode(200)
                        .extract().jsonPath().getList("memberships")).isNotEmpty());
            }
        }
    }

    private void support() {
        requestId = Api.as(userA).body(Map.of("category", "APPLICATION_QUESTION", "subject", requestSubject,
                        "description", "Wie wird ein Bescheid nach § 3 AsylbLG erstellt?"))
                .post(Api.url(Api.SUPPORT, "/support-requests")).then().statusCode(201).extract().path("id");
        licenceRequestId = Api.as(userA).body(Map.of("category", "LICENCE_REQUEST", "subject", "Zusätzliche Lizenz",
                        "description", "Eine weitere Arbeitsplatzlizenz", "licence",
                        Map.of("product", licenceProduct, "quantity", 1, "effectiveFrom", year + "-01-01")))
                .post(Api.url(Api.SUPPORT, "/support-requests")).then().statusCode(201).extract().path("id");
        Api.as("kopfstelle").body(Map.of("note", "geprüft"))
                .post(Api.url(Api.SUPPORT, "/support-requests/" + licenceRequestId + "/forward")).then().statusCode(200);
        Api.as("admin").body(Map.of("resolution", "Lizenz freigeschaltet"))
                .post(Api.url(Api.SUPPORT, "/support-requests/" + licenceRequestId + "/resolve")).then().statusCode(200);
        commentId = Api.as(userA).body(Map.of("text", "Ergänzung aus " + nameA))
                .post(Api.url(Api.SUPPORT, "/support-requests/" + requestId + "/comments")).then().statusCode(200)
                .extract().path("comments[0].id");
        attachmentId = Api.as(userA).body(Map.of("fileName", "bescheid.txt", "content", Base64.getEncoder()
                        .encodeToString(("Entwurf aus " + nameA).getBytes(StandardCharsets.UTF_8))))
                .post(Api.url(Api.SUPPORT, "/support-requests/" + requestId + "/attachments")).then().statusCode(201)
                .extract().path("id");
        // a client that submits nothing, on the discard port of the loopback interface: never delivered to
        subscriptionId = Api.as("admin").body(Map.of("client", "sandbox-" + name + "-client",
                        "url", "http://127.0.0.1:9/sandbox-hook", "eventTypes", List.of("support-request.submitted")))
                .post(Api.url(Api.SUPPORT, "/webhook-subscriptions")).then().statusCode(201).extract().path("id");
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.HOURS);
        trainingId = Api.as("kopfstelle").body(Map.of("topic", "Grundschulung " + name, "startsAt", start.toString(),
                        "endsAt", start.plusHours(3).toString(), "format", "ONLINE", "capacity", 5))
                .post(Api.url(Api.SUPPORT, "/trainings")).then().statusCode(201).extract().path("id");
        registrationId = Api.as(userA).body(Map.of("participantName", participantName))
                .post(Api.url(Api.SUPPORT, "/trainings/" + trainingId + "/registrations")).then().statusCode(201)
                .extract().path("id");
        Eventually.within(ARRIVAL, () -> onboardingCaseId = Api.as("kopfstelle")
                .get(Api.url(Api.SUPPORT, "/onboarding-cases?size=500")).then().statusCode(200).extract().jsonPath()
                .getString("find { it.ags == '" + townA + "' }.id"));
        assertThat(onboardingCaseId).isNotNull();
        Eventually.within(ARRIVAL, () -> assertThat(Api.as("finance").get(Api.url(Api.COSTING, "/licences?ags=" + townA))
                .then().statusCode(200).extract().jsonPath().getList("grants.flatten().requestId"))
                .contains(licenceRequestId));
    }

    private void costing() {
        for (String issuer : List.of(district, kopfstelleTown)) {
            String party = Api.url(Api.COSTING, "/billing-parties/" + issuer);
            Eventually.within(ARRIVAL, () -> Api.as("finance").get(party).then().statusCode(200));
            String etag = Api.as("finance").get(party).header("ETag");
            var put = Api.as("finance").body(Map.of("iban", "DE02120300000000202051", "bic", "BYLADEM1001", "illustrative", true));
            if (!"\"-1\"".equals(etag)) {
                put = put.header("If-Match", etag);   // replacing bank details another sandbox entered names their version
            }
            put.put(party).then().statusCode(200);
        }
        editionId = Api.as("finance").body("""
                {"label":"%s","validFrom":"%d-01-01","validUntil":"%d-12-31","materialCost":"9700.00",
                 "materialCostIllustrative":false,"sourceNote":"Sandbox edition of the system tests",
                 "personnelCosts":[{"payGrade":"A 11 LBesG NRW","annualCost":"78000.00","illustrative":true}]}"""
                .formatted(editionLabel, year, year))
                .post(Api.url(Api.COSTING, "/kgst-editions")).then().statusCode(201).extract().jsonPath().getLong("id");
        costItemId = Api.as("finance").body("""
                {"year":%d,"kind":"OTHER","label":"Schulung vor Ort für %s","splitKey":"DIRECT","unitPrice":"120.00",
                 "ags":"%s","count":1}""".formatted(year, nameA, townA))
                .post(Api.url(Api.COSTING, "/cost-items")).then().statusCode(201).extract().jsonPath().getLong("id");
        costRunId = CostRuns.finalized("{\"year\":" + year + ",\"editionLabel\":\"" + editionLabel + "\"}").getLong("id");
        JsonPath drafts = Api.as("finance").post(Api.url(Api.COSTING, "/cost-runs/" + costRunId + "/invoices"))
                .then().statusCode(201).extract().jsonPath();
        invoiceId = drafts.getLong("created.find { it.recipientAgs == '" + townA + "' && it.costType == 'PASS_THROUGH' }.id");
        invoiceNumber = Api.as("finance").post(Api.url(Api.COSTING, "/invoices/" + invoiceId + "/issue"))
                .then().statusCode(200).extract().path("number");
    }
}
