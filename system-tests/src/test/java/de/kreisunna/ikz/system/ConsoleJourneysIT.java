package de.kreisunna.ikz.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The web console in a real browser (headless Chromium) against the real stack: each journey end to end through
 * the pages, signed in through Keycloak's login page, every page checked by axe-core ({@link Browser}). What the
 * pages did is then read back from the services' APIs.
 */
@ExtendWith({RequiresBrowser.class, SystemStack.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleJourneysIT {

    private static final Duration COMPUTATION = Duration.ofSeconds(90);
    private Sandbox sandbox;

    @BeforeAll
    void sandbox() {
        sandbox = Sandbox.create("console", "0597895", "05995", 2035);
    }

    @Test
    void kopfstelleWorksAHelpdeskRequestToResolvedAndSeesTheRefusalBesideTheField() {
        String subject = "Bescheid lässt sich nicht drucken (Konsole)";
        String id = Api.as(Api.HELPDESK_CLIENT).body(Map.of("ags", sandbox.townA, "category", "APPLICATION_QUESTION",
                        "subject", subject, "description", "Seit heute bricht der Druck des Bescheids ab.",
                        "externalReference", "OPEN-KONSOLE-1"))
                .post(Api.url(Api.SUPPORT, "/support-requests")).then().statusCode(201).extract().path("id");

        try (Browser kopfstelle = Browser.signedInAs("kopfstelle")) {
            kopfstelle.open("/anfragen?stadt=" + sandbox.townA);
            assertThat(kopfstelle.heading()).isEqualTo("Anfragen");
            kopfstelle.screenshot("anfragen");
            kopfstelle.click(By.linkText(subject));
            assertThat(kopfstelle.currentPath()).isEqualTo("/anfragen/" + id);
            assertThat(kopfstelle.text(By.id("status"))).isEqualTo("Neu");
            assertThat(kopfstelle.pageText()).contains("SLA-Uhr", "Erste Antwort", "OPEN-KONSOLE-1");

            kopfstelle.click(By.id("action-start"));
            assertThat(kopfstelle.text(By.id("status"))).isEqualTo("In Bearbeitung");

            kopfstelle.click(By.id("action-resolve"));
            assertThat(kopfstelle.text(By.id("resolution-error"))).as("the service's reason beside the field")
                    .isNotBlank();
            assertThat(kopfstelle.has(By.cssSelector("#resolution[aria-invalid=true]"))).isTrue();
            assertThat(Api.as("kopfstelle").get(Api.url(Api.SUPPORT, "/support-requests/" + id)).then().statusCode(200)
                    .extract().<String>path("status")).isEqualTo("IN_PROGRESS");

            kopfstelle.type(By.id("resolution"), "Druckertreiber neu zugewiesen; bitte erneut drucken.");
            kopfstelle.click(By.id("action-resolve"));
            assertThat(kopfstelle.text(By.id("status"))).isEqualTo("Gelöst");
            assertThat(kopfstelle.pageText()).contains("Druckertreiber neu zugewiesen");
            kopfstelle.screenshot("anfrage");
        }
        assertThat(Api.as("kopfstelle").get(Api.url(Api.SUPPORT, "/support-requests/" + id)).then().statusCode(200)
                .extract().<String>path("status")).isEqualTo("RESOLVED");
    }

    @Test
    void financeRunsAYearFromPreviewToIssuedInvoicesAndDownloadsAPdf() {
        int year = sandbox.year + 1;
        String edition = "Konsole " + year;

        try (Browser finance = Browser.signedInAs("finance")) {
            finance.open("/kostenlaeufe");
            finance.type(By.id("ed-label"), edition);
            setValue(finance, "ed-validFrom", year + "-01-01");
            setValue(finance, "ed-validUntil", year + "-12-31");
            finance.type(By.id("ed-materialCost"), "9.800,00");
            finance.type(By.id("ed-payGrade"), "A 11 LBesG NRW");
            finance.type(By.id("ed-annualCost"), "79.000,00");
            finance.click(By.id("ed-annualCostIllustrative"));
            finance.type(By.id("ed-sourceNote"), "Edition of the console journey");
            finance.click(By.id("create-edition"));
            assertThat(finance.pageText()).contains(edition, "9.800,00 €");

            finance.open("/kostenpositionen?jahr=" + year);
            select(finance, "kind", "OTHER");
            select(finance, "splitKey", "DIRECT");
            finance.type(By.id("label"), "Schulung vor Ort (Konsole)");
            finance.type(By.id("unitPrice"), "240,00");
            finance.type(By.id("ags"), "ABC");
            finance.type(By.id("count"), "1");
            finance.click(By.id("add-item"));
            assertThat(finance.text(By.id("ags-error"))).as("the service's reason beside the AGS").isNotBlank();
            finance.type(By.id("ags"), sandbox.townA);
            finance.click(By.id("add-item"));
            assertThat(finance.text(By.id("items"))).contains("Schulung vor Ort (Konsole)", "240,00 €");
            finance.type(By.id("label"), "Irrtümlich erfasst");
            finance.type(By.id("amount"), "1,00");
            finance.click(By.id("add-item"));
            finance.click(By.cssSelector("button[aria-label='Irrtümlich erfasst löschen']"));
            assertThat(finance.text(By.id("items"))).doesNotContain("Irrtümlich erfasst");

            finalizeInTheConsole(finance, year, edition);
            finance.click(By.id("create-drafts"));
            assertThat(finance.text(By.id("run-stage"))).isEqualTo("Rechnungen erstellt");
            assertThat(finance.pageText()).contains("Entwürfe erstellt");
            finance.click(By.id("issue-all"));
            assertThat(finance.pageText()).contains("Rechnungen dieses Laufs").doesNotContain("Entwurf ");
            finance.screenshot("kostenlauf");

            finance.click(By.xpath("//section[@aria-labelledby='inv-h']//a[contains(., '" + sandbox.nameA + "')"
                    + " or ancestor::tr[contains(., '" + sandbox.townA + "')]]"));
            assertThat(finance.text(By.id("status"))).isEqualTo("gestellt");
            assertThat(finance.text(By.id("total"))).matches("\\d{1,3}(\\.\\d{3})*,\\d{2} €");
            finance.screenshot("rechnung");
            String pdfPath = finance.driver().findElement(By.id("download-pdf")).getAttribute("href")
                    .replaceFirst("^https?://[^/]+", "");
            Browser.Download pdf = finance.fetch(pdfPath);
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            assertThat(pdf.head()).startsWith("%PDF");
            assertThat(pdf.size()).isGreaterThan(1000);

            finance.open(finance.currentPath());
            finance.type(By.id("amount"), "-5");
            setValue(finance, "paidOn", year + "-03-02");
            finance.click(By.xpath("//button[.='Zahlung buchen']"));
            assertThat(finance.text(By.id("amount-error"))).as("the service's reason beside the amount").isNotBlank();
            finance.type(By.id("amount"), "10,00");
            finance.type(By.id("reference"), "Abschlag Konsole");
            finance.click(By.xpath("//button[.='Zahlung buchen']"));
            assertThat(finance.text(By.id("pay-h"))).isEqualTo("Zahlungen");
            assertThat(finance.pageText()).contains("Abschlag Konsole", "10,00 €");
        }
        assertThat(Api.as("finance").get(Api.url(Api.COSTING, "/invoices?year=" + year + "&recipient=" + sandbox.townA))
                .then().statusCode(200).extract().jsonPath().getList("status", String.class)).isNotEmpty()
                .allMatch(status -> status.equals("ISSUED"));
    }

    /** Preview, live progress until computed, finalize; a preview whose inputs changed meanwhile is made again. */
    private void finalizeInTheConsole(Browser finance, int year, String edition) {
        for (int attempt = 1; ; attempt++) {
            finance.open("/kostenlaeufe");
            finance.type(By.id("year"), String.valueOf(year));
            new org.openqa.selenium.support.ui.Select(finance.driver().findElement(By.id("editionLabel")))
                    .selectByValue(edition);
            finance.click(By.id("start-run"));
            assertThat(finance.heading()).startsWith("Kostenlauf ").endsWith("für " + year);
            Eventually.within(COMPUTATION, () -> assertThat(finance.text(By.id("run-status"))).isEqualTo("berechnet"));
            finance.checkPage();
            assertThat(finance.pageText()).contains(sandbox.nameA);
            finance.click(By.id("finalize"));
            if (finance.text(By.id("run-stage")).equals("abgeschlossen") || attempt == 3) {
                assertThat(finance.text(By.id("run-stage"))).isEqualTo("abgeschlossen");
                return;
            }
            assertThat(finance.text(By.id("problem"))).contains("Abgelehnt");
        }
    }

    @Test
    void aTownSeesItsOwnInvoiceAndGetsNotFoundForAnotherTownsInvoice() {
        try (Browser town = Browser.signedInAs(sandbox.userA)) {
            assertThat(town.pageText()).contains("Anwendergemeinde " + sandbox.townA);
            town.open("/rechnungen");
            assertThat(town.pageText()).contains(sandbox.invoiceNumber);
            town.screenshot("rechnungen-gemeinde");
            town.click(By.linkText("Rechnung " + sandbox.invoiceNumber));
            assertThat(town.heading()).isEqualTo("Rechnung " + sandbox.invoiceNumber);
            assertThat(town.text(By.id("total"))).matches("\\d{1,3}(\\.\\d{3})*,\\d{2} €");
            town.click(By.linkText("Abrechnung mit Berechnung"));
            assertThat(town.heading()).startsWith("Abrechnung " + sandbox.year);
            assertThat(town.pageText()).contains("Jahresbetrag × Tage ÷ Tage des Jahres");
            town.open("/abrechnungen");
            town.click(By.linkText("Abrechnung " + sandbox.year));
            assertThat(town.heading()).startsWith("Abrechnung " + sandbox.year).contains(sandbox.nameA);
        }
        try (Browser neighbour = Browser.signedInAs(sandbox.userB)) {
            neighbour.open("/rechnungen");
            assertThat(neighbour.pageText()).doesNotContain(sandbox.invoiceNumber);
            neighbour.open("/kostenlaeufe/" + sandbox.costRunId + "/abrechnungen/" + sandbox.townA);
            assertThat(neighbour.heading()).as("another town's statement").isIn("Nicht gefunden", "Keine Berechtigung");
            assertThat(neighbour.pageText()).doesNotContain(sandbox.nameA);
            neighbour.open("/rechnungen/" + sandbox.invoiceId);
            assertThat(neighbour.heading()).isEqualTo("Nicht gefunden");
            assertThat(neighbour.pageText()).contains("HTTP 404").doesNotContain(sandbox.invoiceNumber, sandbox.nameA);
            neighbour.open("/rechnungen/" + sandbox.invoiceId + "/pdf");
            assertThat(neighbour.heading()).isEqualTo("Nicht gefunden");
        }
    }

    @Test
    void kreisItSeesTheEstimatedShareThenDraftsDecidesConcludesAndEntersTheSuccessorIntoForce() {
        String newTown = sandbox.townA.substring(0, 7) + "4";
        String firstMember = sandbox.townA.substring(0, 7) + "5";
        String agreement = "console-accession";
        int year = 2040;
        Api.as("admin").body(Map.of("ags", firstMember, "name", "Konsole " + firstMember, "kind", "GEMEINDE",
                "leitwegId", TestTowns.leitwegId(firstMember))).post(Api.url(Api.MEMBERSHIP, "/municipalities"))
                .then().statusCode(201);
        try (Browser admin = Browser.signedInAs("admin")) {
            admin.open("/gemeinden");
            admin.type(By.id("m-ags"), newTown);
            admin.type(By.id("m-name"), "Konsole " + newTown);
            select(admin, "m-kind", "GEMEINDE");
            admin.type(By.id("m-leitwegId"), "0597-falsch");
            admin.type(By.id("m-street"), "Markt 1");
            admin.type(By.id("m-postalCode"), "59399");
            admin.type(By.id("m-city"), "Konsolenstadt");
            admin.click(By.id("register"));
            assertThat(admin.text(By.id("m-leitwegId-error"))).as("the service's reason beside the Leitweg-ID").isNotBlank();
            admin.type(By.id("m-leitwegId"), TestTowns.leitwegId(newTown));
            admin.click(By.id("register"));
            assertThat(admin.text(By.id("municipalities"))).contains(newTown, "Konsole " + newTown, "Markt 1");
        }
        Api.as("admin").body("""
                {"id":"%s","title":"Vereinbarung für den Beitritt in der Konsole","subject":"AsylbLG","legalBasis":"GkG NRW",
                 "parties":[{"ags":"%s","role":"OPERATOR"},{"ags":"%s","role":"KOPFSTELLE"},{"ags":"%s","role":"MEMBER"}],
                 "costClause":{"fte":0.25,"payGrades":["A 11 LBesG NRW"],"overheadRate":0.10,"materialCostShare":0.25,
                               "allocation":"EQUAL"},
                 "noticeRule":{"noticePeriodMonths":12,"effectiveAt":"END_OF_CALENDAR_YEAR"}}"""
                .formatted(agreement, sandbox.district, sandbox.kopfstelleTown, firstMember))
                .post(Api.url(Api.MEMBERSHIP, "/agreements")).then().statusCode(201);
        for (String party : List.of(sandbox.district, sandbox.kopfstelleTown, firstMember)) {
            Api.as("admin").body("""
                    {"ags":"%s","body":"%s","decidedOn":"2026-10-01","subject":"AGREEMENT","paperNumber":"KON-%s",
                     "kind":"DECISION","outcome":"APPROVED"}""".formatted(party, party.equals(sandbox.district) ? "KREISTAG" : "RAT", party))
                    .post(Api.url(Api.MEMBERSHIP, "/agreements/" + agreement + "/resolutions")).then().statusCode(201);
        }
        Api.as("admin").body(Map.of("concludedOn", "2026-10-15"))
                .post(Api.url(Api.MEMBERSHIP, "/agreements/" + agreement + "/conclusion")).then().statusCode(200);
        Api.as("admin").body(Map.of("supervisoryApproval", Map.of("approvedOn", "2026-10-20", "authority", "Bezirksregierung Arnsberg"),
                        "publication", Map.of("publishedOn", "2026-11-01", "publishedIn", "Amtsblatt"), "effectiveFrom", year + "-01-01"))
                .post(Api.url(Api.MEMBERSHIP, "/agreements/" + agreement + "/entry-into-force")).then().statusCode(200);
        Api.as("finance").body("""
                {"label":"Konsole %d","validFrom":"%d-01-01","validUntil":"%d-12-31","materialCost":"9900.00",
                 "materialCostIllustrative":false,"sourceNote":"Edition of the console accession",
                 "personnelCosts":[{"payGrade":"A 11 LBesG NRW","annualCost":"80000.00","illustrative":true}]}"""
                .formatted(year, year, year)).post(Api.url(Api.COSTING, "/kgst-editions")).then().statusCode(201);
        String successor = agreement + "-beitritt-" + newTown;

        try (Browser admin = Browser.signedInAs("admin")) {
            admin.open("/beitritt");
            select(admin, "agreementId", agreement);
            select(admin, "ags", newTown);
            setValue(admin, "validFrom", year + "-07-01");
            admin.click(By.id("estimate"));
            assertThat(admin.text(By.id("estimate-total"))).matches("(?s).*\\d,\\d{2} €.*");
            assertThat(Api.as("admin").get(Api.url(Api.MEMBERSHIP, "/agreements/" + successor)).statusCode())
                    .as("nothing recorded by the estimate").isEqualTo(404);
            admin.screenshot("beitritt");

            admin.click(By.id("draft"));
            assertThat(admin.currentPath()).isEqualTo("/vereinbarungen/" + successor + "?wirksamAb=" + year + "-07-01");
            assertThat(admin.pageText()).contains("Entwurf", "Konsole " + newTown);

            setValue(admin, "concludedOn", "2026-11-20");
            admin.click(By.id("conclude"));
            assertThat(admin.text(By.id("problem"))).as("the service's refusal names the parties without a decision")
                    .contains(newTown, sandbox.district);

            for (String party : List.of(sandbox.district, sandbox.kopfstelleTown, firstMember, newTown)) {
                select(admin, "res-ags", party);
                select(admin, "res-body", party.equals(sandbox.district) ? "KREISTAG" : "RAT");
                setValue(admin, "res-decidedOn", "2026-11-10");
                select(admin, "res-subject", "ACCESSION");
                select(admin, "res-accedingAgs", newTown);
                admin.type(By.id("res-paperNumber"), "BEI-" + party);
                admin.click(By.id("record-resolution"));
            }
            assertThat(admin.text(By.id("resolutions"))).contains("BEI-" + newTown, "Beitritt " + newTown, "zugestimmt");

            setValue(admin, "concludedOn", "2026-11-20");
            admin.click(By.id("conclude"));
            assertThat(admin.pageText()).contains("geschlossen", "20.11.2026");
            assertThat(admin.driver().findElement(By.id("effectiveFrom")).getAttribute("value"))
                    .as("the planned accession day, proposed as the day of effect").isEqualTo(year + "-07-01");

            setValue(admin, "approvedOn", "2026-11-25");
            setValue(admin, "publishedOn", "2026-11-30");
            admin.click(By.id("enter-into-force"));
            assertThat(admin.pageText()).contains("in Kraft", "01.07." + year);
            assertThat(admin.text(By.id("members"))).contains(newTown, firstMember);
            admin.screenshot("vereinbarung");
        }
        assertThat(Api.as("admin").get(Api.url(Api.MEMBERSHIP, "/agreements/" + successor + "/members?at="
                + year + "-07-01")).then().statusCode(200).extract().jsonPath().getList("ags", String.class))
                .contains(newTown, firstMember);
        assertThat(Api.as("admin").get(Api.url(Api.MEMBERSHIP, "/agreements/" + agreement)).then().statusCode(200)
                .extract().<String>path("status")).isEqualTo("SUPERSEDED");
    }

    @Test
    void kreisItWithdrawsADraftThatWillNotBeConcluded() {
        String draft = "console-withdrawn-draft";
        Api.as("admin").body("""
                {"id":"%s","title":"Entwurf, der verworfen wird","subject":"AsylbLG","legalBasis":"GkG NRW",
                 "parties":[{"ags":"%s","role":"OPERATOR"},{"ags":"%s","role":"KOPFSTELLE"},{"ags":"%s","role":"MEMBER"}],
                 "costClause":{"fte":0.25,"payGrades":["A 11 LBesG NRW"],"overheadRate":0.10,"materialCostShare":0.25,
                               "allocation":"EQUAL"},
                 "noticeRule":{"noticePeriodMonths":12,"effectiveAt":"END_OF_CALENDAR_YEAR"}}"""
                .formatted(draft, sandbox.district, sandbox.kopfstelleTown, sandbox.townA))
                .post(Api.url(Api.MEMBERSHIP, "/agreements")).then().statusCode(201);

        try (Browser admin = Browser.signedInAs("admin")) {
            admin.open("/vereinbarungen/" + draft);
            admin.click(By.id("withdraw"));
            assertThat(admin.pageText()).contains("verworfen");
            assertThat(admin.has(By.id("conclude"))).as("no lifecycle step offered for a withdrawn draft").isFalse();
        }
        assertThat(Api.as("admin").get(Api.url(Api.MEMBERSHIP, "/agreements/" + draft)).then().statusCode(200)
                .extract().<String>path("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void aSessionCreatedAndMovedFilledToCapacityPromotesItsWaitlistAfterACancellation() {
        String topic = "Konsole: Leistungsbescheide " + System.nanoTime();
        try (Browser kopfstelle = Browser.signedInAs("kopfstelle")) {
            kopfstelle.open("/schulungen");
            kopfstelle.type(By.id("topic"), topic);
            setValue(kopfstelle, "startsAt", "2035-03-05T09:00");
            setValue(kopfstelle, "endsAt", "2035-03-05T12:30");
            kopfstelle.type(By.id("place"), "Rathaus Lünen, Raum 101");
            kopfstelle.type(By.id("capacity"), "2");
            kopfstelle.click(By.id("schedule"));
            assertThat(kopfstelle.heading()).isEqualTo(topic);
            assertThat(kopfstelle.pageText()).contains("05.03.2035, 09:00 Uhr");
            kopfstelle.type(By.id("edit-place"), "Rathaus Lünen, Raum 202");
            setValue(kopfstelle, "edit-startsAt", "2035-03-05T10:00");
            kopfstelle.click(By.id("edit-session"));
            assertThat(kopfstelle.pageText()).contains("05.03.2035, 10:00 Uhr", "Rathaus Lünen, Raum 202");

            for (String name : List.of("Anna Arendt", "Bernd Bork", "Clara Cordes")) {
                kopfstelle.type(By.id("ags"), sandbox.townA);
                kopfstelle.type(By.id("participantName"), name);
                kopfstelle.click(By.id("register"));
            }
            assertThat(kopfstelle.text(By.id("seats"))).startsWith("2 von 2 belegt, 0 frei, 1 auf der Warteliste");
            assertThat(status(kopfstelle, "Clara Cordes")).isEqualTo("Warteliste, Platz 1");
            kopfstelle.screenshot("schulung");

            kopfstelle.click(By.cssSelector("tr[data-participant='Anna Arendt'] button[aria-label^='Stornieren']"));
            assertThat(status(kopfstelle, "Anna Arendt")).isEqualTo("storniert");
            assertThat(status(kopfstelle, "Clara Cordes")).isEqualTo("bestätigt");
            assertThat(kopfstelle.text(By.id("seats"))).startsWith("2 von 2 belegt, 0 frei, 0 auf der Warteliste");
        }
    }

    @Test
    void everyRoleSeesOnlyTheNavigationOfItsRolesAndEveryPageIsAccessible() {
        Map<String, List<String>> navigation = Map.of(
                "kopfstelle", List.of("/anfragen", "/schulungen", "/einfuehrungen"),
                "admin", List.of("/anfragen", "/gemeinden", "/beitritt", "/vereinbarungen"),
                "finance", List.of("/kostenlaeufe", "/kostenpositionen", "/rechnungen"),
                sandbox.userA, List.of("/rechnungen", "/abrechnungen", "/anfragen", "/schulungen", "/schaetzung"));
        Map<String, List<String>> morePages = Map.of(
                "kopfstelle", List.of("/einfuehrungen/" + sandbox.onboardingCaseId, "/schulungen/" + sandbox.trainingId,
                        "/anfragen/" + sandbox.requestId),
                "admin", List.of("/vereinbarungen/" + sandbox.agreementId, "/anfragen/" + sandbox.licenceRequestId),
                "finance", List.of("/kostenlaeufe/" + sandbox.costRunId, "/rechnungen/" + sandbox.invoiceId,
                        "/kostenpositionen?jahr=" + sandbox.year,
                        "/kostenlaeufe/" + sandbox.costRunId + "/abrechnungen/" + sandbox.townA),
                sandbox.userA, List.of("/anfragen/neu", "/anfragen/" + sandbox.requestId,
                        "/schaetzung?ab=" + sandbox.year + "-01-01"));
        navigation.forEach((user, pages) -> {
            try (Browser browser = Browser.signedInAs(user)) {
                List<String> links = browser.driver().findElements(By.cssSelector("nav[aria-label=Hauptnavigation] a"))
                        .stream().map(a -> a.getAttribute("href").replaceFirst("^https?://[^/]+", "")).toList();
                assertThat(links).as("navigation of %s", user).containsExactlyInAnyOrderElementsOf(concat("/", pages));
                for (String page : concat(pages, morePages.get(user))) {
                    browser.open(page);
                    assertThat(browser.heading()).as("%s as %s", page, user).isNotBlank()
                            .isNotIn("Nicht gefunden", "Keine Berechtigung", "Anfrage abgelehnt");
                }
            }
        });
    }

    @Test
    void signingOutEndsTheKeycloakSessionTooSoTheNextVisitAsksForTheLoginAgain() {
        try (Browser kopfstelle = Browser.signedInAs("kopfstelle")) {
            kopfstelle.click(By.xpath("//form[@action='/abmelden']//button"));
            Eventually.within(Duration.ofSeconds(30), () -> assertThat(kopfstelle.currentPath()).startsWith("/abgemeldet"));
            assertThat(kopfstelle.heading()).isEqualTo("Sie sind abgemeldet");

            kopfstelle.driver().get(ConsoleUnderTest.url() + "/anfragen");
            Eventually.within(Duration.ofSeconds(30), () -> assertThat(kopfstelle.driver().findElements(By.id("username")))
                    .as("Keycloak's login form, not a silent sign-in").isNotEmpty());
        }
    }

    private static List<String> concat(List<String> first, List<String> rest) {
        return java.util.stream.Stream.concat(first.stream(), rest.stream()).toList();
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    private static String status(Browser browser, String participant) {
        return browser.text(By.cssSelector("tr[data-participant='" + participant + "'] .reg-status"));
    }

    private static void select(Browser browser, String id, String value) {
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id(id))).selectByValue(value);
    }

    private static void setValue(Browser browser, String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }
}
