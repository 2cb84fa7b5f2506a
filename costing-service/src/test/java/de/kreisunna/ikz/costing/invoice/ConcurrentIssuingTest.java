package de.kreisunna.ikz.costing.invoice;

import static de.kreisunna.ikz.costing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.costing.Fixtures;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConcurrentIssuingTest {

    private static final String ISSUER = "05978900";
    private static final int TOWNS = 12;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    InvoiceService invoices;

    @Test
    void invoicesIssuedConcurrentlyFromSeveralThreadsGetTheNumbersOneToNWithoutGapsOrDuplicates() throws Exception {
        Fixtures fixtures = new Fixtures(connector);
        Fixtures.billingParty(ISSUER, "Kopfstelle Nebenläufigkeit");
        fixtures.agreement("test-2041", "2041-01-01", "2041-12-31", ISSUER, "05978999");
        for (int i = 1; i <= TOWNS; i++) {
            String town = "05978%03d".formatted(900 + i);
            Fixtures.billingParty(town, "Teststadt " + town);
            fixtures.membership(town, "Teststadt " + town, "2041-01-01..2041-12-31");
        }
        long run = Fixtures.runCostRun("{\"year\":2041,\"editionLabel\":\"2022/2023\",\"editionOverrideReason\":\"Testjahr nach der Ausgabe\"}").getLong("id");
        as(TestTokens.finance()).post("/cost-runs/" + run + "/finalize").then().statusCode(200);
        List<Long> drafts = as(TestTokens.finance()).post("/cost-runs/" + run + "/invoices").then().statusCode(201)
                .extract().jsonPath().getList("created.id", Long.class);
        assertThat(drafts).hasSize(TOWNS);

        ExecutorService threads = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> numbers = new ArrayList<>();
        for (long id : drafts) {
            Callable<String> issue = () -> {
                start.await();
                return invoices.issue(id, "finance-test").number();
            };
            numbers.add(threads.submit(issue));
        }
        start.countDown();
        List<String> issued = new ArrayList<>();
        for (Future<String> number : numbers) {
            issued.add(number.get());
        }
        threads.shutdown();

        int year = java.time.Year.now().getValue();
        assertThat(issued).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, TOWNS)
                .mapToObj(n -> "%s-%d-%05d".formatted(ISSUER, year, n)).toList());
    }
}
