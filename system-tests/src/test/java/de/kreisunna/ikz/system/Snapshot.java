package de.kreisunna.ikz.system;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a service holds, read through its staff list endpoints and reduced to what a write would change (ids,
 * versions, statuses, counts; not the SLA clocks, which move with time). Two equal snapshots mean nothing was
 * written in between, not even half.
 */
final class Snapshot {

    private Snapshot() {
    }

    static String of(String service, Sandbox sandbox) {
        return switch (service) {
            case Api.MEMBERSHIP -> membership();
            case Api.COSTING -> costing();
            case Api.SUPPORT -> support(sandbox);
            default -> throw new IllegalArgumentException(service);
        };
    }

    /** Every change in membership-service writes an audit entry in the same transaction. */
    private static String membership() {
        int total = Integer.parseInt(Api.as("admin").get(Api.url(Api.MEMBERSHIP, "/audit?size=1")).then().statusCode(200)
                .extract().header("X-Total-Count"));
        Object last = total == 0 ? "-" : list("admin", Api.MEMBERSHIP, "/audit?size=1&page=" + total).get(0).get("id");
        return "audit entries: " + total + ", last: " + last;
    }

    private static String costing() {
        return String.join("\n",
                "editions " + fields(list("finance", Api.COSTING, "/kgst-editions?size=500"), "id", "version"),
                "items " + fields(list("finance", Api.COSTING, "/cost-items?size=500"), "id", "version"),
                "parties " + fields(list("finance", Api.COSTING, "/billing-parties?size=500"), "ags", "version"),
                "runs " + fields(list("finance", Api.COSTING, "/cost-runs?size=500"), "id", "stage", "finalizedAt"),
                "invoices " + fields(list("finance", Api.COSTING, "/invoices?size=500"), "id", "status", "number", "paid"),
                "licences " + fields(list("finance", Api.COSTING, "/licences?size=500"), "ags", "count"));
    }

    private static String support(Sandbox sandbox) {
        List<String> parts = new ArrayList<>();
        parts.add("requests " + fields(list("kopfstelle", Api.SUPPORT, "/support-requests?size=500"),
                "id", "status", "priority", "assignee", "team"));
        for (String id : List.of(sandbox.requestId, sandbox.licenceRequestId)) {
            parts.add("history of " + id + ": " + list("kopfstelle", Api.SUPPORT, "/support-requests/" + id + "/history").size());
            parts.add("attachments of " + id + ": " + fields(list("kopfstelle", Api.SUPPORT,
                    "/support-requests/" + id + "/attachments?size=500"), "id", "sha256"));
        }
        parts.add("trainings " + fields(list("kopfstelle", Api.SUPPORT, "/trainings?size=500"), "id", "status", "confirmed", "waitlisted"));
        parts.add("registrations " + fields(list("kopfstelle", Api.SUPPORT, "/trainings/" + sandbox.trainingId + "/registrations"),
                "id", "status", "attended"));
        parts.add("webhooks " + fields(list("admin", Api.SUPPORT, "/webhook-subscriptions?size=500"),
                "id", "url", "eventTypes", "paused", "previousSecretValidUntil"));
        parts.add("onboarding " + fields(list("kopfstelle", Api.SUPPORT, "/onboarding-cases?size=500"), "id", "status", "checklist"));
        return String.join("\n", parts);
    }

    private static List<Map<String, Object>> list(String who, String service, String path) {
        JsonPath json = Api.as(who).get(Api.url(service, path)).then().statusCode(200).extract().jsonPath();
        return json.getList("$");
    }

    private static String fields(List<Map<String, Object>> rows, String... names) {
        Function<Map<String, Object>, String> row = r -> Arrays.stream(names)
                .map(n -> n + "=" + r.get(n)).collect(Collectors.joining(" "));
        return rows.stream().map(row).sorted().collect(Collectors.joining("; ", "[", "]"));
    }
}
