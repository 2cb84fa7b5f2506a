package de.kreisunna.ikz.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Loads the real history of the cooperation (deployment/data/ikz-history.json) through membership-service's
 * own import endpoint, as the operator IT demo user, so a new user sees the real cooperation at once.
 * The import refuses (409) once data exists, so calling it on every start is safe.
 */
public final class HistoryDataSet {

    static final String FILE = "deployment/data/ikz-history.json";

    private HistoryDataSet() {
    }

    public static void load(LocalStack stack, Progress progress) {
        Path file = stack.config().projectRoot().resolve(FILE);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(stack.serviceUrl(Service.MEMBERSHIP.name()) + "/history-import"))
                    .header("Authorization", "Bearer " + Tokens.demoUser(stack, "admin"))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            switch (response.statusCode()) {
                case 200, 201 -> progress.message("History data set loaded from " + FILE);
                case 409 -> progress.message("History data set: already loaded (or other data is in the way; "
                        + "--fresh starts over)");
                default -> progress.message("History data set NOT loaded: HTTP " + response.statusCode() + " "
                        + response.body());
            }
        } catch (IOException | IllegalStateException e) {
            progress.message("History data set NOT loaded: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
