package de.kreisunna.ikz.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The PROSOZ helpdesk's webhook receiver, on a loopback port: it gets every change of its request worked from
 * NEW to CLOSED, signed and in order, also when it was down for a while in between (the backoff is shortened for
 * this run through IKZ_WEBHOOK_BACKOFF_* in the failsafe configuration), and the change feed read from the start
 * gives exactly the same changes.
 */
@ExtendWith(SystemStack.class)
class WebhookIT {

    private static final String TOWN = "05978974";
    private static final String HELPDESK_ACCOUNT = "service-account-" + Api.HELPDESK_CLIENT;
    private static final Duration ARRIVAL = Duration.ofSeconds(60);
    private static final Duration DOWN_TIME = Duration.ofSeconds(20);

    private final List<String[]> received = new CopyOnWriteArrayList<>();   // {webhook-id, timestamp, signature, body}
    private HttpServer receiver;
    private String subscription;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
        if (subscription != null) {
            Api.as("admin").delete(Api.url(Api.SUPPORT, "/webhook-subscriptions/" + subscription));
        }
    }

    @Test
    void theReceiverGetsEveryChangeFromNewToClosedInOrderAfterAnOutageAndTheFeedAgrees() throws Exception {
        memberSince2024(TOWN);
        int port = startReceiver(0);
        JsonPath created = Api.as("admin").body(Map.of("client", HELPDESK_ACCOUNT,
                        "url", "http://127.0.0.1:" + port + "/hook",
                        "eventTypes", List.of("support-request.submitted", "support-request.status-changed",
                                "support-request.resolved", "support-request.public-reply",
                                "support-request.comment-added", "support-request.updated", "support-request.sla-breached")))
                .post(Api.url(Api.SUPPORT, "/webhook-subscriptions")).then().statusCode(201).extract().jsonPath();
        subscription = created.getString("id");
        String secret = created.getString("secret");

        String id = Api.as(Api.HELPDESK_CLIENT).body(Map.of("ags", TOWN, "category", "APPLICATION_QUESTION",
                        "externalReference", "PROSOZ-HD-WEBHOOK-1", "subject", "Einmalzahlung",
                        "description", "Wie buche ich eine Einmalzahlung?"))
                .post(Api.url(Api.SUPPORT, "/support-requests")).then().statusCode(201).extract().path("id");
        act("kopfstelle", id, "start", Map.of());
        act("kopfstelle", id, "wait-for-requester", Map.of("question", "Welches Aktenzeichen?"));
        Eventually.within(ARRIVAL, () -> assertThat(changesOf(id)).hasSize(4));

        receiver.stop(0);                                     // the helpdesk is down ...
        act(Api.HELPDESK_CLIENT, id, "comments", Map.of("text", "Az. 4711"));
        act("kopfstelle", id, "resolve", Map.of("resolution", "Als Einmalzahlung gebucht"));
        Thread.sleep(DOWN_TIME.toMillis());                   // ... while deliveries fail and back off
        JsonPath log = Api.as("admin").get(Api.url(Api.SUPPORT, "/webhook-subscriptions/" + subscription + "/deliveries"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(log.getList("findAll { it.state == 'PENDING' }")).isNotEmpty();
        assertThat(log.getList("log.flatten().findAll { it.statusCode == null }")).isNotEmpty();
        startReceiver(port);                                  // ... and back
        act(Api.HELPDESK_CLIENT, id, "close", Map.of());

        List<String> expected = List.of("SUBMITTED", "STARTED", "WAITING_FOR_REQUESTER", "PUBLIC_REPLY", "RESUMED",
                "REQUESTER_COMMENT", "RESOLVED", "PUBLIC_REPLY", "CLOSED");
        Eventually.within(ARRIVAL, () -> assertThat(changesOf(id)).hasSize(expected.size()));
        List<String> bodies = changesOf(id);
        assertThat(bodies).extracting(b -> JsonPath.from(b).getString("data.change")).containsExactlyElementsOf(expected);
        for (String[] message : received) {
            assertThat(verifies(secret, message)).as(message[3]).isTrue();
        }
        List<String> deliveredIds = bodies.stream().map(b -> JsonPath.from(b).getString("data.changeId")).toList();
        assertThat(deliveredIds).doesNotHaveDuplicates();
        assertThat(feedOf(id)).isEqualTo(deliveredIds);
    }

    private static void act(String who, String id, String action, Map<String, String> body) {
        Api.as(who).body(body).post(Api.url(Api.SUPPORT, "/support-requests/" + id + "/" + action))
                .then().statusCode(200);
    }

    /** The bodies the receiver got for the request, in arrival order. */
    private List<String> changesOf(String id) {
        return received.stream().map(m -> m[3]).filter(b -> id.equals(JsonPath.from(b).getString("data.requestId")))
                .toList();
    }

    /** The change ids of the request in the helpdesk's feed, read from the start. */
    private static List<String> feedOf(String id) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            var request = Api.as(Api.HELPDESK_CLIENT).queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get(Api.url(Api.SUPPORT, "/support-requests/changes"))
                    .then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("changes.findAll { it.data.requestId == '" + id + "' }.data.changeId", String.class));
            cursor = page.getString("cursor");
            more = page.getBoolean("more");
        }
        return ids;
    }

    private int startReceiver(int port) throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        receiver.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                var headers = exchange.getRequestHeaders();
                received.add(new String[] {headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"), new String(in.readAllBytes(), StandardCharsets.UTF_8)});
                exchange.sendResponseHeaders(204, -1);
            } finally {
                exchange.close();
            }
        });
        receiver.start();
        return receiver.getAddress().getPort();
    }

    /** The receiver's Standard Webhooks check: HMAC-SHA256 of id.timestamp.body with the whsec_ key. */
    private static boolean verifies(String secret, String[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((message[0] + "." + message[1] + "." + message[3]).getBytes(StandardCharsets.UTF_8));
        for (String signature : message[2].split(" ")) {
            if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                    Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    private static void memberSince2024(String ags) {
        Api.as("admin").body(Map.of("ags", ags, "name", "Webhookstadt"))
                .post(Api.url(Api.MEMBERSHIP, "/municipalities")).then().statusCode(201);
        Api.as("admin").body(Map.of("validFrom", TestTowns.FIRST_TEST_DAY.toString()))
                .post(Api.url(Api.MEMBERSHIP, "/municipalities/" + ags + "/memberships")).then().statusCode(201);
        Eventually.within(ARRIVAL, () -> Api.as("kopfstelle").get(Api.url(Api.SUPPORT, "/members/" + ags))
                .then().statusCode(200));
    }
}
