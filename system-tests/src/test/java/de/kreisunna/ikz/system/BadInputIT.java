package de.kreisunna.ikz.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.system.BadBodies.Case;
import de.kreisunna.ikz.system.OpenApi.Operation;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bounded, seeded run of malformed and boundary bodies against every write endpoint (POST, PUT, PATCH, DELETE)
 * the three services document, aimed at a sandbox's real resources. Malformed bodies must be refused with a 4xx
 * problem; boundary bodies may be accepted or refused but never fail with a 5xx; and a refused request must leave
 * the service's state exactly as it was.
 */
@ExtendWith(SystemStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

    private static final long SEED = 20211109L;
    private static final int FIELD_CASES_PER_ENDPOINT = 7;
    private static final int BODY_CASES_PER_ENDPOINT = 2;
    private static final int BOUNDARY_CASES_PER_ENDPOINT = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A history import that a boundary body could make valid would import data; it gets malformed bodies only. */
    private static final Set<String> NO_BOUNDARY_RUN = Set.of("membership-service POST /history-import");

    private Sandbox sandbox;
    private Map<String, String> bases;

    @BeforeAll
    void sandbox() {
        sandbox = Sandbox.create("badinput", "0597891", "05992", 2032);
        bases = validBodies();
    }

    @Test
    void everyWriteEndpointWithABodyHasAValidExampleToDeriveBadBodiesFrom() {
        Set<String> withBody = OpenApi.operations().stream().filter(o -> o.writes() && o.body() != null)
                .map(Operation::key).collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(bases.keySet())).isEqualTo(withBody);
    }

    @Test
    void malformedBodiesAndIdsAreRefusedWith4xxProblemsAndWriteNothing() {
        Random random = new Random(SEED);
        SoftAssertions soft = new SoftAssertions();
        int sent = 0;
        for (Operation operation : writeOperations()) {
            List<Case> cases = new ArrayList<>();
            if (operation.body() != null) {
                BadBodies bodies = BadBodies.of(operation.service(), operation.body(), base(operation));
                cases.addAll(pick(bodies.fieldCases(), FIELD_CASES_PER_ENDPOINT, random));
                cases.addAll(pick(bodies.bodyCases(), BODY_CASES_PER_ENDPOINT, random));
            }
            String before = Snapshot.of(operation.service(), sandbox);
            for (Case c : cases) {
                Response response = send(operation, sandbox.path(operation.path()), c);
                expectRefusal(soft, operation, c.description(), c.body(), response);
                sent++;
            }
            if (operation.path().contains("{")) {
                Case valid = new Case("a malformed id in the path", operation.body() == null ? null : base(operation).toString(),
                        "application/json", true);
                Response response = send(operation, malformedIds(operation.path()), valid);
                expectRefusal(soft, operation, valid.description(), valid.body(), response);
                sent++;
            }
            soft.assertThat(Snapshot.of(operation.service(), sandbox))
                    .as("state of %s after the malformed requests to %s", operation.service(), operation.key())
                    .isEqualTo(before);
        }
        assertThat(sent).as("requests sent").isBetween(200, 600);
        soft.assertAll();
    }

    @Test
    void boundaryBodiesNeverCauseA5xxAndWhatIsRefusedWritesNothing() {
        Random random = new Random(SEED + 1);
        SoftAssertions soft = new SoftAssertions();
        int sent = 0;
        for (Operation operation : writeOperations()) {
            if (operation.body() == null || NO_BOUNDARY_RUN.contains(operation.key())) {
                continue;
            }
            BadBodies bodies = BadBodies.of(operation.service(), operation.body(), base(operation));
            for (Case c : pick(bodies.boundaryCases(), BOUNDARY_CASES_PER_ENDPOINT, random)) {
                String before = Snapshot.of(operation.service(), sandbox);
                Response response = send(operation, sandbox.path(operation.path()), c);
                String what = describe(operation, c.description(), c.body(), response);
                soft.assertThat(response.statusCode()).as(what).isLessThan(500);
                if (response.statusCode() >= 400) {
                    expectProblem(soft, what, response);
                    soft.assertThat(Snapshot.of(operation.service(), sandbox)).as("state after " + what).isEqualTo(before);
                }
                sent++;
            }
        }
        assertThat(sent).as("requests sent").isBetween(50, 300);
        soft.assertAll();
    }

    private List<Operation> writeOperations() {
        return OpenApi.operations().stream().filter(Operation::writes).toList();
    }

    private static List<Case> pick(List<Case> cases, int count, Random random) {
        List<Case> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    private void expectRefusal(SoftAssertions soft, Operation operation, String description, String body, Response response) {
        String what = describe(operation, description, body, response);
        soft.assertThat(response.statusCode()).as(what).isBetween(400, 499);
        expectProblem(soft, what, response);
    }

    private static void expectProblem(SoftAssertions soft, String what, Response response) {
        String contentType = response.contentType();
        soft.assertThat(contentType).as("content type: " + what).startsWith("application/problem+json");
        if (contentType.startsWith("application/problem+json")) {
            soft.assertThat(response.jsonPath().getInt("status")).as("problem status: " + what).isEqualTo(response.statusCode());
        }
    }

    private static String describe(Operation operation, String description, String body, Response response) {
        String shortBody = body == null ? "(none)" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
        String answer = response.asString();
        return "%s with %s — body %s → %d %s".formatted(operation.key(), description, shortBody, response.statusCode(),
                answer.length() > 300 ? answer.substring(0, 300) + "…" : answer);
    }

    private Response send(Operation operation, String path, Case c) {
        String who = caller(operation);
        RequestSpecification request = Api.as(who).contentType(c.contentType() + "; charset=UTF-8");
        if (operation.method().equals("PUT") && operation.headers().contains("If-Match")) {
            String etag = Api.as(who).get(Api.url(operation.service(), sandbox.path(operation.path()))).header("ETag");
            request.header("If-Match", etag == null ? "\"0\"" : etag);
        }
        if (c.body() != null) {
            request.body(c.body().getBytes(StandardCharsets.UTF_8));
        }
        return request.request(operation.method(), Api.url(operation.service(), path));
    }

    /**
     * A caller whose role may use the operation and who sees the sandbox's resources, so the bodies reach the
     * validation and rules behind the role check: the operator's admin in membership, finance in costing, the
     * Kopfstelle in support (operator IT does not see the sandbox's application question), but operator IT for
     * support's webhook subscriptions, which only it administers.
     */
    private static String caller(Operation operation) {
        String preferred = switch (operation.service()) {
            case Api.MEMBERSHIP -> "ikz-admin";
            case Api.COSTING -> "finance";
            default -> operation.path().startsWith("/webhook-subscriptions") ? "ikz-admin" : "kopfstelle";
        };
        if (!operation.roles().contains(preferred)) {
            throw new IllegalStateException(operation.key() + " is not open to " + preferred + ": choose its caller here");
        }
        return preferred.equals("ikz-admin") ? "admin" : preferred;
    }

    /** Every path parameter replaced by a value of the wrong shape. */
    private static String malformedIds(String template) {
        return template.replace("{ags}", "ABC").replace("{item}", "NO_SUCH_ITEM")
                .replace("{year}", "twenty").replace("{costType}", "NO_SUCH_COST_TYPE")
                .replace("{registrationId}", "not-a-uuid").replace("{commentId}", "not-a-uuid")
                .replace("{id}", "Not_An-Id!");
    }

    private JsonNode base(Operation operation) {
        try {
            return JSON.readTree(bases.get(operation.key()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid body per write endpoint, aimed at the sandbox; each bad body differs from it in one place. */
    private Map<String, String> validBodies() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(60).truncatedTo(ChronoUnit.HOURS);
        String newTown = sandbox.townA.substring(0, 7) + "9";
        Map<String, String> values = Map.of("{A}", sandbox.townA, "{B}", sandbox.townB, "{K}", sandbox.kopfstelleTown,
                "{D}", sandbox.district, "{year}", String.valueOf(sandbox.year), "{edition}", sandbox.editionLabel,
                "{new}", newTown, "{newLeitweg}", TestTowns.leitwegId(newTown), "{startsAt}", start.toString(),
                "{endsAt}", start.plusHours(2).toString());
        String terms = """
                "title":"Sandbox-Vereinbarung badinput","subject":"AsylbLG","legalBasis":"GkG NRW",
                "parties":[{"ags":"{D}","role":"OPERATOR"},{"ags":"{K}","role":"KOPFSTELLE"},{"ags":"{A}","role":"MEMBER"}],
                "costClause":{"fte":0.25,"payGrades":["A 11 LBesG NRW","EG 10 TVöD-VKA"],"overheadRate":0.10,
                              "materialCostShare":0.25,"allocation":"EQUAL"},
                "noticeRule":{"noticePeriodMonths":12,"effectiveAt":"END_OF_CALENDAR_YEAR","note":"Annahme"}""";
        String address = """
                "invoiceAddress":{"recipient":"Kämmerei","street":"Markt 1","postalCode":"59999","city":"Sandbox"},
                "contact":{"name":"Frau Muster","email":"muster@sandbox.example","phone":"+49 0000 1"}""";
        Map<String, String> b = new TreeMap<>();
        String m = Api.MEMBERSHIP + " ";
        b.put(m + "POST /municipalities", "{\"ags\":\"{new}\",\"name\":\"Sandbox badinput Neu\",\"kind\":\"STADT\","
                + "\"leitwegId\":\"{newLeitweg}\"," + address + "}");
        b.put(m + "PUT /municipalities/{ags}", "{\"name\":\"Sandbox badinput Nord\",\"kind\":\"STADT\","
                + "\"leitwegId\":\"" + TestTowns.leitwegId(sandbox.townA) + "\"," + address + "}");
        b.put(m + "POST /municipalities/{ags}/memberships", "{\"validFrom\":\"{year}-01-01\",\"validUntil\":\"{year}-12-31\"}");
        b.put(m + "POST /municipalities/{ags}/go-live", "{\"goLiveOn\":\"2024-01-02\",\"note\":\"Instanz überführt\"}");
        b.put(m + "POST /municipalities/{ags}/interim-cost-sharing", "{\"agreementId\":\"" + sandbox.agreementId + "\",\"validFrom\":\"{year}-01-01\","
                + "\"validUntil\":\"{year}-12-31\",\"decidedOn\":\"2024-01-20\",\"decidedBy\":\"Rat\",\"source\":\"Beschluss SB-3\","
                + "\"assumption\":false}");
        b.put(m + "POST /agreements", "{\"id\":\"sandbox-badinput-neu\"," + terms + "}");
        b.put(m + "PUT /agreements/{id}", "{" + terms + "}");
        b.put(m + "POST /agreements/{id}/conclusion", "{\"concludedOn\":\"2024-02-01\"}");
        b.put(m + "POST /agreements/{id}/entry-into-force", "{\"supervisoryApproval\":{\"approvedOn\":\"2024-02-10\","
                + "\"authority\":\"Bezirksregierung Arnsberg\"},\"publication\":{\"publishedOn\":\"2024-02-20\","
                + "\"publishedIn\":\"Amtsblatt\"},\"effectiveFrom\":\"2024-03-01\"}");
        b.put(m + "POST /agreements/{id}/termination", "{\"endedOn\":\"{year}-12-31\"}");
        b.put(m + "POST /agreements/{id}/members", "{\"ags\":\"{B}\",\"validFrom\":\"{year}-01-01\",\"goLiveOn\":\"{year}-01-01\"}");
        b.put(m + "POST /agreements/{id}/members/{ags}/notice", "{\"noticeGivenOn\":\"{year}-01-15\",\"validUntil\":\"{year}-12-31\"}");
        b.put(m + "POST /agreements/{id}/resolutions", "{\"ags\":\"{A}\",\"body\":\"RAT\",\"decidedOn\":\"2024-01-20\","
                + "\"subject\":\"AGREEMENT\",\"paperNumber\":\"SB-2\",\"kind\":\"DECISION\",\"outcome\":\"APPROVED\",\"note\":\"zweite Lesung\"}");
        b.put(m + "POST /history-import", """
                {"title":"Sandbox history","notes":["only for the system tests"],
                 "municipalities":[{"ags":"{new}","name":"Sandbox badinput Neu","kind":"STADT"}],
                 "agreements":[{"agreement":{"id":"sandbox-badinput-history",%s},
                   "resolutions":[{"ags":"{new}","body":"RAT","decidedOn":"2024-05-01","subject":"AGREEMENT","kind":"DECISION","outcome":"APPROVED"}],
                   "concludedOn":"2024-05-02",
                   "entryIntoForce":{"supervisoryApproval":{"approvedOn":"2024-05-10","authority":"Bezirksregierung Arnsberg"},
                     "publication":{"publishedOn":"2024-05-31","publishedIn":"Amtsblatt"}}}]}"""
                .formatted(terms.replace("{A}", "{new}")));
        String c = Api.COSTING + " ";
        b.put(c + "PUT /billing-parties/{ags}", "{\"iban\":\"DE02120300000000202051\",\"bic\":\"BYLADEM1001\",\"illustrative\":true}");
        String edition = """
                "sourceNote":"Sandbox edition of the system tests","validFrom":"{year}-01-01","validUntil":"{year}-12-31",
                "materialCost":9700.00,"materialCostIllustrative":true,
                "personnelCosts":[{"payGrade":"A 11 LBesG NRW","annualCost":78000.00,"illustrative":true}]""";
        b.put(c + "POST /kgst-editions", "{\"label\":\"Sandbox badinput neu\"," + edition + "}");
        b.put(c + "PUT /kgst-editions/{id}", "{\"label\":\"{edition}\"," + edition + "}");
        String item = "{\"year\":{year},\"kind\":\"OTHER\",\"label\":\"Sandbox-Schulung\",\"splitKey\":\"DIRECT\",\"unitPrice\":10.00,"
                + "\"product\":\"Sandbox-Produkt\",\"ags\":\"{A}\",\"count\":1,\"validFrom\":\"{year}-01-01\",\"validUntil\":\"{year}-12-31\"}";
        b.put(c + "POST /cost-items", item);
        b.put(c + "PUT /cost-items/{id}", item);
        b.put(c + "POST /cost-runs", "{\"year\":{year},\"editionLabel\":\"{edition}\",\"payGrade\":\"A 11 LBesG NRW\"}");
        b.put(c + "PUT /issuers/{ags}/vat/{year}", "{\"category\":\"E\",\"note\":\"nicht steuerbar nach § 2b UStG\"}");
        b.put(c + "PUT /issuers/{ags}/legal-texts/{costType}", "{\"text\":\"Zahlbar innerhalb von 30 Tagen.\"}");
        b.put(c + "POST /invoices/{id}/cancel", "{\"reason\":\"Doppelt berechnet\"}");
        b.put(c + "POST /invoices/{id}/payments", "{\"amount\":1.00,\"paidOn\":\"{year}-03-01\",\"reference\":\"Buchung 1\"}");
        String s = Api.SUPPORT + " ";
        b.put(s + "POST /support-requests", """
                {"ags":"{A}","category":"LICENCE_REQUEST","priority":"HIGH","subject":"Zwei weitere Lizenzen",
                 "description":"Für neue Kolleginnen","requesterName":"Frau Muster","requesterContact":"muster@sandbox.example",
                 "externalReference":"SB-4711","licence":{"product":"Sandbox-Produkt","quantity":2,"effectiveFrom":"{year}-01-01"}}""");
        b.put(s + "POST /support-requests/{id}/comments", "{\"text\":\"Noch ein Hinweis\",\"internal\":false}");
        b.put(s + "POST /support-requests/{id}/attachments", "{\"fileName\":\"hinweis.txt\",\"mediaType\":\"text/plain\","
                + "\"content\":\"SGlud2Vpcw==\",\"internal\":false}");
        b.put(s + "POST /support-requests/{id}/comments/{commentId}/attachments", "{\"fileName\":\"anlage.txt\","
                + "\"mediaType\":\"text/plain\",\"content\":\"QW5sYWdl\",\"internal\":false}");
        b.put(s + "POST /webhook-subscriptions", "{\"client\":\"sandbox-badinput-other-client\","
                + "\"url\":\"http://127.0.0.1:9/sandbox-hook\",\"eventTypes\":[\"support-request.public-reply\"]}");
        b.put(s + "POST /webhook-subscriptions/{id}/pause", "{\"reason\":\"Wartung beim Empfänger\"}");
        b.put(s + "POST /webhook-subscriptions/{id}/secret-rotation", "{\"overlap\":\"PT2H\"}");
        b.put(s + "POST /support-requests/{id}/wait-for-requester", "{\"question\":\"Welcher Fall?\"}");
        b.put(s + "POST /support-requests/{id}/resolve", "{\"resolution\":\"Erledigt\",\"grantedQuantity\":1,\"grantedFrom\":\"{year}-01-01\"}");
        b.put(s + "POST /support-requests/{id}/reject", "{\"reason\":\"Nicht zuständig\"}");
        b.put(s + "POST /support-requests/{id}/forward", "{\"note\":\"weiter an die IT\"}");
        b.put(s + "POST /support-requests/{id}/reopen", "{\"reason\":\"Noch nicht gelöst\"}");
        b.put(s + "PUT /support-requests/{id}/assignee", "{\"assignee\":\"Herr Beispiel\"}");
        b.put(s + "PUT /support-requests/{id}/priority", "{\"priority\":\"HIGH\"}");
        b.put(s + "POST /trainings", "{\"topic\":\"Aufbauschulung\",\"startsAt\":\"{startsAt}\",\"endsAt\":\"{endsAt}\","
                + "\"format\":\"ON_SITE\",\"place\":\"Rathaus, Raum 1\",\"capacity\":10}");
        b.put(s + "PUT /trainings/{id}", "{\"topic\":\"Aufbauschulung\",\"startsAt\":\"{startsAt}\",\"endsAt\":\"{endsAt}\","
                + "\"format\":\"ON_SITE\",\"place\":\"Rathaus, Raum 2\"}");
        b.put(s + "POST /trainings/{id}/cancel", "{\"reason\":\"Referentin erkrankt\"}");
        b.put(s + "POST /trainings/{id}/registrations", "{\"ags\":\"{A}\",\"participantName\":\"Herr Neu\","
                + "\"participantEmail\":\"neu@sandbox.example\"}");
        b.put(s + "PUT /trainings/{id}/registrations/{registrationId}/attendance", "{\"attended\":true}");
        b.put(s + "PUT /onboarding-cases/{id}/checklist/{item}", "{\"done\":true}");
        b.replaceAll((key, body) -> {
            String filled = body;
            for (var v : values.entrySet()) {
                filled = filled.replace(v.getKey(), v.getValue());
            }
            return filled;
        });
        return b;
    }
}
