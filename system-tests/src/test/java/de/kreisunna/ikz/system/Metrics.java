package de.kreisunna.ikz.system;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.OptionalDouble;

/** A service's Prometheus metrics as an operator's scraper reads them. */
final class Metrics {

    private Metrics() {
    }

    /**
     * Where a service's metrics are served: the one place to change when they move to the management port
     * (API port + 1000, issue 11).
     */
    static String url(String service) {
        return SystemStack.stack().managementUrl(service) + "/q/metrics";
    }

    static String scrape(String service) {
        return given().get(url(service)).then().statusCode(200).extract().asString();
    }

    /**
     * The sum of the samples of one series whose labels contain all the given {@code name="value"} pairs;
     * empty when there is no such sample.
     */
    static OptionalDouble sum(String exposition, String series, String... labels) {
        double total = 0;
        boolean found = false;
        for (String line : exposition.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(series + "{") || line.startsWith(series + " "))) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String labelSet = line.substring(series.length(), space);
            if (Arrays.stream(labels).allMatch(labelSet::contains)) {
                total += Double.parseDouble(line.substring(space + 1));
                found = true;
            }
        }
        return found ? OptionalDouble.of(total) : OptionalDouble.empty();
    }
}
