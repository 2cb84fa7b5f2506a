package de.kreisunna.ikz.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.system.OpenApi.Operation;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call what, for every endpoint of the three services, with real tokens: no token, each role, town A's
 * own user and system and the user and system of town B, against resources that belong to town A. The endpoints
 * come from the services' OpenAPI documents, so an endpoint without an expectation here fails the run. Every probe
 * is refused, malformed or aimed at nothing, so the matrix writes nothing (checked against each service's state).
 */
@ExtendWith(SystemStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationMatrixIT {

    /** Realm roles. */
    enum Role {
        ADMIN("ikz-admin"), KOPFSTELLE("kopfstelle"), FINANCE("finance"), MUNICIPALITY("municipality"), HELPDESK("helpdesk");

        final String realmName;

        Role(String realmName) {
            this.realmName = realmName;
        }
    }

    /**
     * The callers tried on every endpoint; the two towns both have only the municipality role, each through a
     * person (password grant of {@code ikz-portal}) and through its own system (client credentials of its
     * {@code town-system-…} client, added with the operators' command).
     */
    enum Caller {
        NONE(null), ADMIN(Role.ADMIN), KOPFSTELLE(Role.KOPFSTELLE), FINANCE(Role.FINANCE), HELPDESK(Role.HELPDESK),
        OWN_TOWN(Role.MUNICIPALITY), OTHER_TOWN(Role.MUNICIPALITY),
        OWN_TOWN_SYSTEM(Role.MUNICIPALITY), OTHER_TOWN_SYSTEM(Role.MUNICIPALITY);

        final Role role;

        Caller(Role role) {
            this.role = role;
        }

        /** Town B's person or system: must never see town A's data. */
        boolean isOtherTown() {
            return this == OTHER_TOWN || this == OTHER_TOWN_SYSTEM;
        }
    }

    /**
     * How a caller with the right is probed without writing anything: a read reads town A's resource (or a list);
     * a write gets a malformed body (400 proves it passed the role check); an action without body is aimed at an
     * id that does not exist (a 4xx other than 401/403 proves the same).
     */
    enum Shape { READ, LIST, WRITE, ACTION }

    private static final Set<Role> ALL = EnumSet.of(Role.ADMIN, Role.KOPFSTELLE, Role.FINANCE, Role.MUNICIPALITY);
    private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.KOPFSTELLE, Role.FINANCE);
    private static final Set<Role> FINANCE = EnumSet.of(Role.FINANCE);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> KOPFSTELLE = EnumSet.of(Role.KOPFSTELLE);
    private static final Set<Role> WORKERS = EnumSet.of(Role.KOPFSTELLE, Role.ADMIN);
    private static final Set<Role> REQUESTERS = EnumSet.of(Role.HELPDESK, Role.MUNICIPALITY, Role.KOPFSTELLE, Role.ADMIN);
    private static final Set<Role> SUBMITTERS = EnumSet.of(Role.HELPDESK, Role.MUNICIPALITY, Role.KOPFSTELLE);
    private static final Set<Role> TRAINING_READERS = EnumSet.of(Role.KOPFSTELLE, Role.ADMIN, Role.MUNICIPALITY);
    private static final Set<Role> TRAINING_USERS = EnumSet.of(Role.KOPFSTELLE, Role.MUNICIPALITY);
    private static final Set<Role> REPORT_READERS = EnumSet.of(Role.KOPFSTELLE, Role.ADMIN, Role.FINANCE);
    private static final Set<Role> INTEGRATION_READERS = EnumSet.of(Role.HELPDESK, Role.KOPFSTELLE, Role.ADMIN);
    private static final String MALFORMED = "{\"this is\": not JSON";
    private static final String ATTACHMENT = "{\"fileName\":\"x.txt\",\"content\":\"SGFsbG8=\"}";
    private static final String SYSTEM_A = "sandbox-isolation-a";
    private static final String SYSTEM_B = "sandbox-isolation-b";

    /** The expectation for one endpoint. */
    static final class Rule {
        final String key;
        final Set<Role> roles;
        final Shape shape;
        boolean owned;
        final Set<Caller> hiddenFrom = EnumSet.noneOf(Caller.class);
        Function<Sandbox, String> hiddenMarker;
        String validBody = "{}";
        String query = "";
        Function<Sandbox, String> seen;

        Rule(String key, Set<Role> roles, Shape shape) {
            this.key = key;
            this.roles = roles;
            this.shape = shape;
        }

        /** Town A's resource (or a list holding A's data): town B must get 404/403, or a list without it. */
        Rule owned() {
            owned = true;
            hiddenFrom.add(Caller.OTHER_TOWN);
            hiddenFrom.add(Caller.OTHER_TOWN_SYSTEM);
            return this;
        }

        /** Callers whose role is allowed but who must not see A's resource, with what must not reach them. */
        Rule hiddenFrom(Function<Sandbox, String> marker, Caller... callers) {
            hiddenMarker = marker;
            hiddenFrom.addAll(List.of(callers));
            return this;
        }

        /** The well-formed body sent by callers that must be refused (so a missing check would show as a write). */
        Rule body(String json) {
            validBody = json;
            return this;
        }

        Rule query(String template) {
            query = template;
            return this;
        }

        /** What callers with the right must find in a list (A's own data). */
        Rule sees(Function<Sandbox, String> marker) {
            seen = marker;
            return this;
        }

        boolean allows(Caller caller) {
            return caller.role != null && roles.contains(caller.role);
        }

        String service() {
            return key.substring(0, key.indexOf(' '));
        }

        String method() {
            return key.split(" ")[1];
        }

        String template() {
            return key.split(" ")[2];
        }
    }

    private final Map<String, Rule> matrix = new LinkedHashMap<>();
    private Sandbox sandbox;
    private String systemSecretA;
    private String systemSecretB;
    private final Map<String, String> systemTokens = new ConcurrentHashMap<>();

    IsolationMatrixIT() {
        membershipRules();
        costingRules();
        supportRules();
    }

    @BeforeAll
    void sandbox() {
        sandbox = Sandbox.create("isolation", "0597890", "05991", 2031);
        systemSecretA = TownSystems.provision(SYSTEM_A, sandbox.townA);
        systemSecretB = TownSystems.provision(SYSTEM_B, sandbox.townB);
    }

    @Test
    void everyDocumentedEndpointHasAnExpectationAndIsDocumentedWithTheRolesExpected() {
        List<Operation> operations = OpenApi.operations();

        Set<String> documented = operations.stream().map(Operation::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented)
                .as("endpoints documented by the services vs. endpoints in this matrix")
                .isEqualTo(new TreeSet<>(matrix.keySet()));
        SoftAssertions soft = new SoftAssertions();
        for (Operation operation : operations) {
            soft.assertThat(operation.roles()).as("documented roles of %s", operation.key())
                    .isEqualTo(matrix.get(operation.key()).roles.stream().map(r -> r.realmName)
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
        soft.assertAll();
    }

    @Test
    void withoutATokenEveryEndpointAnswers401() {
        probeEveryEndpoint((rule, soft) -> {
            Response response = send(rule, Caller.NONE, sandbox.path(rule.template()), rule.validBody);
            expectProblem(soft, rule, Caller.NONE, response, 401);
        });
    }

    @Test
    void everyRoleWithoutTheRightGets403AndNoData() {
        probeEveryEndpoint((rule, soft) -> {
            for (Caller caller : Caller.values()) {
                if (caller != Caller.NONE && !rule.allows(caller)) {
                    Response response = send(rule, caller, sandbox.path(rule.template()), rule.validBody);
                    expectProblem(soft, rule, caller, response, 403);
                    expectNoDataOfA(soft, rule, caller, response, sandbox.markersOfA());
                }
            }
        });
    }

    @Test
    void anotherTownAndOtherTeamsGet404Or403OrAListWithoutTownAsData() {
        probeEveryEndpoint((rule, soft) -> {
            for (Caller caller : rule.hiddenFrom) {
                if (!rule.allows(caller)) {
                    continue;
                }
                List<String> secrets = caller.isOtherTown() || rule.hiddenMarker == null
                        ? sandbox.markersOfA() : List.of(rule.hiddenMarker.apply(sandbox));
                Response response = send(rule, caller, sandbox.path(rule.template()), rule.validBody);
                if (rule.shape == Shape.LIST) {
                    soft.assertThat(response.statusCode()).as("%s as %s", rule.key, caller).isEqualTo(200);
                    if (caller.isOtherTown()) {
                        soft.assertThat(response.asString()).as("%s as %s", rule.key, caller).doesNotContain(sandbox.townA);
                    }
                } else {
                    soft.assertThat(response.statusCode()).as("%s as %s: %s", rule.key, caller, response.asString())
                            .isIn(403, 404);
                    soft.assertThat(response.contentType()).as("%s as %s", rule.key, caller)
                            .startsWith("application/problem+json");
                }
                expectNoDataOfA(soft, rule, caller, response, secrets);
            }
        });
    }

    @Test
    void theRolesWithTheRightGetPastTheChecksAndTownASeesItsOwnData() {
        probeEveryEndpoint((rule, soft) -> {
            for (Caller caller : Caller.values()) {
                if (!rule.allows(caller) || rule.hiddenFrom.contains(caller)) {
                    continue;
                }
                switch (rule.shape) {
                    case READ, LIST -> {
                        Response response = send(rule, caller, sandbox.path(rule.template()), null);
                        soft.assertThat(response.statusCode()).as("%s as %s: %s", rule.key, caller, response.asString())
                                .isEqualTo(200);
                        if (rule.seen != null) {
                            soft.assertThat(response.asString()).as("%s as %s", rule.key, caller)
                                    .contains(rule.seen.apply(sandbox));
                        }
                    }
                    case WRITE -> {
                        Response response = send(rule, caller, sandbox.path(rule.template()), MALFORMED);
                        expectProblem(soft, rule, caller, response, 400);
                    }
                    case ACTION -> {
                        Response response = send(rule, caller, sandbox.pathToNothing(rule.template()), null);
                        soft.assertThat(response.statusCode()).as("%s as %s: %s", rule.key, caller, response.asString())
                                .isBetween(400, 499).isNotIn(401, 403);
                    }
                }
            }
        });
    }

    @Test
    void aTownCannotSubmitARequestOrRegisterAParticipantForAnotherTown() {
        String before = snapshots();

        Api.as(sandbox.userB).body(Map.of("ags", sandbox.townA, "category", "APPLICATION_QUESTION",
                        "subject", "Im Namen der Nachbarstadt", "description", "Ein Versuch"))
                .post(Api.url(Api.SUPPORT, "/support-requests"))
                .then().statusCode(400).contentType("application/problem+json");
        Api.as(sandbox.userB).body(Map.of("ags", sandbox.townA, "participantName", "Jemand aus der Nachbarstadt"))
                .post(Api.url(Api.SUPPORT, "/trainings/" + sandbox.trainingId + "/registrations"))
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(snapshots()).isEqualTo(before);
    }

    /** Runs the probe on every endpoint, collecting all mismatches, and checks that nothing was written. */
    private void probeEveryEndpoint(BiConsumer<Rule, SoftAssertions> probe) {
        String before = snapshots();
        SoftAssertions soft = new SoftAssertions();
        matrix.values().forEach(rule -> probe.accept(rule, soft));
        soft.assertThat(snapshots()).as("state of the three services after the probes").isEqualTo(before);
        soft.assertAll();
    }

    private String snapshots() {
        return OpenApi.SERVICES.stream().map(s -> Snapshot.of(s, sandbox)).collect(Collectors.joining("\n"));
    }

    private Response send(Rule rule, Caller caller, String path, String body) {
        RequestSpecification request = given().contentType("application/json");
        switch (caller) {
            case NONE -> { }
            case ADMIN -> request.auth().oauth2(Keycloak.cachedUserToken("admin"));
            case KOPFSTELLE -> request.auth().oauth2(Keycloak.cachedUserToken("kopfstelle"));
            case FINANCE -> request.auth().oauth2(Keycloak.cachedUserToken("finance"));
            case HELPDESK -> request.auth().oauth2(Keycloak.cachedClientToken(Api.HELPDESK_CLIENT));
            case OWN_TOWN -> request.auth().oauth2(Keycloak.cachedUserToken(sandbox.userA));
            case OTHER_TOWN -> request.auth().oauth2(Keycloak.cachedUserToken(sandbox.userB));
            case OWN_TOWN_SYSTEM -> request.auth().oauth2(systemToken(SYSTEM_A, systemSecretA));
            case OTHER_TOWN_SYSTEM -> request.auth().oauth2(systemToken(SYSTEM_B, systemSecretB));
        }
        if (body != null && !rule.method().equals("GET") && !rule.method().equals("DELETE")) {
            request.body(body);
        }
        // the lists are paged (100 by default); the probes read one page with everything (the change feed and the
        // balance are no pages)
        boolean paged = rule.shape == Shape.LIST && !rule.query.contains("size=")
                && !Set.of("/support-requests/changes", "/invoices/balance").contains(rule.template());
        String template = paged ? rule.query + (rule.query.isEmpty() ? "?" : "&") + "size=500" : rule.query;
        String query = template.replace("{A}", sandbox.townA).replace("{year}", String.valueOf(sandbox.year))
                .replace("{edition}", sandbox.editionLabel).replace("{today}", LocalDate.now(ZoneId.of("Europe/Berlin")).toString());
        return request.request(rule.method(), Api.url(rule.service(), path + query));
    }

    /** The town system's token from the cache, or a new one when it has less than 30 s left (they live 120 s). */
    private String systemToken(String town, String secret) {
        return systemTokens.compute(town, (key, token) -> token != null
                && Keycloak.claims(token).get("exp").asLong() - Instant.now().getEpochSecond() > 30
                ? token : TownSystems.token(town, secret));
    }

    private static void expectProblem(SoftAssertions soft, Rule rule, Caller caller, Response response, int status) {
        soft.assertThat(response.statusCode()).as("%s as %s: %s", rule.key, caller, response.asString()).isEqualTo(status);
        soft.assertThat(response.contentType()).as("content type of %s as %s", rule.key, caller)
                .startsWith("application/problem+json");
        if (response.contentType().startsWith("application/problem+json")) {
            soft.assertThat(response.jsonPath().getInt("status")).as("problem status of %s as %s", rule.key, caller)
                    .isEqualTo(status);
        }
    }

    private static void expectNoDataOfA(SoftAssertions soft, Rule rule, Caller caller, Response response,
            List<String> secrets) {
        String body = response.asString();
        for (String secret : secrets) {
            soft.assertThat(body).as("%s as %s must not reveal '%s'", rule.key, caller, secret).doesNotContain(secret);
        }
    }

    private Rule add(String service, String endpoint, Shape shape, Set<Role> roles) {
        Rule rule = new Rule(service + " " + endpoint, roles, shape);
        if (matrix.put(rule.key, rule) != null) {
            throw new IllegalStateException("two rules for " + rule.key);
        }
        return rule;
    }

    private void membershipRules() {
        String m = Api.MEMBERSHIP;
        add(m, "GET /municipalities", Shape.LIST, ALL).owned().sees(s -> s.nameA);
        add(m, "POST /municipalities", Shape.WRITE, ADMIN);
        add(m, "GET /municipalities/{ags}", Shape.READ, ALL).owned();
        add(m, "PUT /municipalities/{ags}", Shape.WRITE, ADMIN);
        add(m, "POST /municipalities/{ags}/memberships", Shape.WRITE, ADMIN);
        add(m, "POST /municipalities/{ags}/go-live", Shape.WRITE, ADMIN);
        add(m, "POST /municipalities/{ags}/interim-cost-sharing", Shape.WRITE, ADMIN);
        add(m, "GET /municipalities/{ags}/timeline", Shape.READ, ALL).owned();
        // towns A and B are both parties of the sandbox's agreement, and every party reads the whole agreement (it is
        // published in the Amtsblatt); that a town which is no party gets 404 is AgreementResourceTest's business
        add(m, "GET /agreements", Shape.LIST, ALL).sees(s -> s.agreementId);
        add(m, "POST /agreements", Shape.WRITE, ADMIN);
        add(m, "GET /agreements/{id}", Shape.READ, ALL);
        add(m, "PUT /agreements/{id}", Shape.WRITE, ADMIN);
        add(m, "DELETE /agreements/{id}", Shape.ACTION, ADMIN);
        add(m, "POST /agreements/{id}/conclusion", Shape.WRITE, ADMIN);
        add(m, "POST /agreements/{id}/entry-into-force", Shape.WRITE, ADMIN);
        add(m, "POST /agreements/{id}/termination", Shape.WRITE, ADMIN);
        add(m, "GET /agreements/{id}/members", Shape.READ, ALL);
        add(m, "POST /agreements/{id}/members", Shape.WRITE, ADMIN);
        add(m, "POST /agreements/{id}/members/{ags}/notice", Shape.WRITE, ADMIN);
        add(m, "GET /agreements/{id}/resolutions", Shape.READ, ALL);
        add(m, "POST /agreements/{id}/resolutions", Shape.WRITE, ADMIN);
        add(m, "GET /chronology", Shape.READ, ALL).owned().query("?ags={A}");
        add(m, "GET /audit", Shape.READ, STAFF).query("?entityType=municipality&entityId={A}");
        add(m, "POST /history-import", Shape.WRITE, ADMIN);
    }

    private void costingRules() {
        String c = Api.COSTING;
        add(c, "GET /members", Shape.LIST, ALL).owned().query("?at={today}").sees(s -> s.nameA);
        add(c, "GET /members/{ags}", Shape.READ, ALL).owned();
        add(c, "GET /agreements", Shape.LIST, STAFF).sees(s -> s.agreementId);
        add(c, "GET /billing-parties", Shape.LIST, STAFF).sees(s -> s.nameA);
        add(c, "GET /billing-parties/{ags}", Shape.READ, ALL).owned();
        add(c, "PUT /billing-parties/{ags}", Shape.WRITE, FINANCE);
        add(c, "GET /kgst-editions", Shape.LIST, STAFF).sees(s -> s.editionLabel);
        add(c, "POST /kgst-editions", Shape.WRITE, FINANCE);
        add(c, "GET /kgst-editions/{id}", Shape.READ, STAFF);
        add(c, "PUT /kgst-editions/{id}", Shape.WRITE, FINANCE);
        add(c, "GET /cost-items", Shape.LIST, STAFF).query("?year={year}").sees(s -> s.nameA);
        add(c, "POST /cost-items", Shape.WRITE, FINANCE);
        add(c, "GET /cost-items/{id}", Shape.READ, STAFF);
        add(c, "PUT /cost-items/{id}", Shape.WRITE, FINANCE);
        add(c, "DELETE /cost-items/{id}", Shape.ACTION, FINANCE);
        add(c, "GET /cost-runs", Shape.LIST, ALL).owned().query("?year={year}");
        add(c, "POST /cost-runs", Shape.WRITE, FINANCE);
        add(c, "GET /cost-runs/{id}", Shape.READ, STAFF);
        add(c, "GET /cost-runs/{id}/result", Shape.READ, STAFF);
        add(c, "GET /cost-runs/{id}/inputs", Shape.READ, STAFF);
        add(c, "GET /cost-runs/{id}/verification", Shape.READ, STAFF);
        add(c, "GET /cost-runs/{id}/statements/{ags}", Shape.READ, ALL).owned();
        add(c, "POST /cost-runs/{id}/finalize", Shape.ACTION, FINANCE);
        add(c, "POST /cost-runs/{id}/invoices", Shape.ACTION, FINANCE);
        add(c, "POST /cost-runs/{id}/invoices/issue", Shape.ACTION, FINANCE);
        add(c, "GET /estimates", Shape.READ, ALL).owned().query("?ags={A}&joinOn={year}-07-01&editionLabel={edition}");
        // a town always gets its own balance, whatever recipient it names
        add(c, "GET /invoices/balance", Shape.LIST, ALL).owned().query("?recipient={A}").sees(s -> s.townA);
        add(c, "GET /invoices", Shape.LIST, ALL).owned().query("?recipient={A}").sees(s -> s.invoiceNumber);
        add(c, "GET /invoices/{id}", Shape.READ, ALL).owned();
        add(c, "GET /invoices/{id}/pdf", Shape.READ, ALL).owned();
        add(c, "GET /invoices/{id}/xrechnung", Shape.READ, ALL).owned();
        add(c, "GET /invoices/{id}/payments", Shape.READ, ALL).owned();
        add(c, "POST /invoices/{id}/payments", Shape.WRITE, FINANCE);
        add(c, "POST /invoices/{id}/issue", Shape.ACTION, FINANCE);
        add(c, "POST /invoices/{id}/cancel", Shape.WRITE, FINANCE);
        add(c, "GET /issuers/{ags}/vat/{year}", Shape.READ, STAFF);
        add(c, "PUT /issuers/{ags}/vat/{year}", Shape.WRITE, FINANCE);
        add(c, "GET /issuers/{ags}/legal-texts/{costType}", Shape.READ, STAFF);
        add(c, "PUT /issuers/{ags}/legal-texts/{costType}", Shape.WRITE, FINANCE);
        add(c, "GET /licences", Shape.LIST, ALL).owned().query("?ags={A}").sees(s -> s.licenceProduct);
    }

    private void supportRules() {
        String s = Api.SUPPORT;
        Function<Sandbox, String> question = x -> x.requestSubject;
        add(s, "GET /members", Shape.LIST, ALL).owned().query("?at={today}").sees(x -> x.nameA);
        add(s, "GET /members/{ags}", Shape.READ, ALL).owned();
        add(s, "POST /support-requests", Shape.WRITE, SUBMITTERS);
        add(s, "GET /support-requests", Shape.LIST, REQUESTERS).owned().query("?ags={A}").sees(question)
                .hiddenFrom(question, Caller.HELPDESK, Caller.ADMIN);
        add(s, "GET /support-requests/{id}", Shape.READ, REQUESTERS).owned()
                .hiddenFrom(question, Caller.HELPDESK, Caller.ADMIN);
        add(s, "GET /support-requests/{id}/history", Shape.READ, REQUESTERS).owned()
                .hiddenFrom(question, Caller.HELPDESK, Caller.ADMIN);
        add(s, "POST /support-requests/{id}/comments", Shape.WRITE, REQUESTERS).owned()
                .hiddenFrom(question, Caller.HELPDESK, Caller.ADMIN).body("{\"text\":\"Darf ich mitlesen?\"}");
        add(s, "POST /support-requests/{id}/close", Shape.ACTION, REQUESTERS).owned()
                .hiddenFrom(question, Caller.HELPDESK, Caller.ADMIN);
        add(s, "POST /support-requests/{id}/reopen", Shape.WRITE, REQUESTERS).owned()
                .hiddenFrom(question, Caller.HELPDESK, Caller.ADMIN).body("{\"reason\":\"Noch eine Frage\"}");
        add(s, "POST /support-requests/{id}/start", Shape.ACTION, WORKERS).hiddenFrom(question, Caller.ADMIN);
        add(s, "POST /support-requests/{id}/wait-for-requester", Shape.WRITE, WORKERS).hiddenFrom(question, Caller.ADMIN)
                .body("{\"question\":\"Welcher Fall?\"}");
        add(s, "POST /support-requests/{id}/resolve", Shape.WRITE, WORKERS).hiddenFrom(question, Caller.ADMIN)
                .body("{\"resolution\":\"Erledigt\"}");
        add(s, "POST /support-requests/{id}/reject", Shape.WRITE, WORKERS).hiddenFrom(question, Caller.ADMIN)
                .body("{\"reason\":\"Nicht zuständig\"}");
        add(s, "POST /support-requests/{id}/forward", Shape.WRITE, WORKERS).hiddenFrom(question, Caller.ADMIN)
                .body("{\"note\":\"weiter\"}");
        add(s, "PUT /support-requests/{id}/assignee", Shape.WRITE, WORKERS).hiddenFrom(question, Caller.ADMIN)
                .body("{\"assignee\":\"jemand\"}");
        add(s, "PUT /support-requests/{id}/priority", Shape.WRITE, WORKERS).hiddenFrom(question, Caller.ADMIN)
                .body("{\"priority\":\"CRITICAL\"}");
        add(s, "GET /support-requests/changes", Shape.LIST, REQUESTERS).owned();
        add(s, "GET /support-requests/{id}/attachments", Shape.READ, REQUESTERS).owned()
                .hiddenFrom(question, Caller.HELPDESK, Caller.ADMIN);
        add(s, "POST /support-requests/{id}/attachments", Shape.WRITE, REQUESTERS).owned()
                .hiddenFrom(question, Caller.HELPDESK, Caller.ADMIN).body(ATTACHMENT);
        add(s, "GET /support-requests/{id}/attachments/{attachmentId}", Shape.READ, REQUESTERS).owned()
                .hiddenFrom(question, Caller.HELPDESK, Caller.ADMIN);
        add(s, "POST /support-requests/{id}/comments/{commentId}/attachments", Shape.WRITE, REQUESTERS).owned()
                .hiddenFrom(question, Caller.HELPDESK, Caller.ADMIN).body(ATTACHMENT);
        add(s, "GET /member-towns", Shape.LIST, INTEGRATION_READERS);
        add(s, "GET /webhook-subscriptions", Shape.LIST, ADMIN);
        add(s, "POST /webhook-subscriptions", Shape.WRITE, ADMIN).body("{\"client\":\"jemand\",\"url\":"
                + "\"http://127.0.0.1:9/x\",\"eventTypes\":[\"support-request.submitted\"]}");
        add(s, "GET /webhook-subscriptions/{id}", Shape.READ, ADMIN);
        add(s, "DELETE /webhook-subscriptions/{id}", Shape.ACTION, ADMIN);
        add(s, "POST /webhook-subscriptions/{id}/pause", Shape.WRITE, ADMIN).body("{\"reason\":\"Wartung\"}");
        add(s, "POST /webhook-subscriptions/{id}/resume", Shape.ACTION, ADMIN);
        add(s, "POST /webhook-subscriptions/{id}/secret-rotation", Shape.WRITE, ADMIN).body("{\"overlap\":\"PT1H\"}");
        add(s, "GET /webhook-subscriptions/{id}/deliveries", Shape.READ, ADMIN);
        add(s, "GET /trainings", Shape.LIST, TRAINING_READERS);
        add(s, "POST /trainings", Shape.WRITE, KOPFSTELLE);
        add(s, "GET /trainings/{id}", Shape.READ, TRAINING_READERS);
        add(s, "POST /trainings/{id}/cancel", Shape.WRITE, KOPFSTELLE);
        add(s, "PUT /trainings/{id}", Shape.WRITE, KOPFSTELLE);
        add(s, "GET /trainings/{id}/registrations", Shape.LIST, TRAINING_USERS).owned().sees(x -> x.participantName);
        add(s, "POST /trainings/{id}/registrations", Shape.WRITE, TRAINING_USERS);
        add(s, "PUT /trainings/{id}/registrations/{registrationId}/attendance", Shape.WRITE, KOPFSTELLE);
        add(s, "POST /trainings/{id}/registrations/{registrationId}/cancel", Shape.ACTION, TRAINING_USERS).owned();
        add(s, "GET /onboarding-cases", Shape.LIST, TRAINING_READERS).owned().query("?size=500").sees(x -> x.nameA);
        add(s, "GET /onboarding-cases/{id}", Shape.READ, TRAINING_READERS).owned();
        add(s, "PUT /onboarding-cases/{id}/checklist/{item}", Shape.WRITE, KOPFSTELLE);
        add(s, "GET /reports/activity", Shape.READ, REPORT_READERS).query("?year=" + LocalDate.now(ZoneId.of("Europe/Berlin")).getYear());
    }
}
