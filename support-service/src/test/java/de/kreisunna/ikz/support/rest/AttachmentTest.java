package de.kreisunna.ikz.support.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import de.kreisunna.ikz.support.Members;
import de.kreisunna.ikz.support.TestClock;
import de.kreisunna.ikz.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attachments: type told by content, at most 10 MB, downloaded as attachment, visible like their request. */
@QuarkusTest
class AttachmentTest {

    static final String HELPDESK = TestTokens.user("service-account-prosoz-helpdesk", "helpdesk");
    static final byte[] PNG = bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, 200);
    static final byte[] JPEG = bytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 100);
    static final byte[] EXE = bytes(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, 100);
    static final int TEN_MB = 10 * 1024 * 1024;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    TestClock clock;

    private String town;
    private String request;

    @BeforeEach
    void aHelpdeskRequest() {
        clock.set("2026-03-02T09:00");
        town = Members.member(connector);
        request = as(HELPDESK).body("""
                {"ags": "%s", "category": "TECHNICAL_INCIDENT", "subject": "s", "description": "d"}""".formatted(town))
                .post("/support-requests").then().statusCode(201).extract().path("id");
    }

    @Test
    void aScreenshotIsStoredAndDownloadedAsAnAttachmentByThoseWhoSeeTheRequest() {
        String id = upload(HELPDESK, "screenshot fehler.png", PNG, null, false).then().statusCode(201)
                .body("mediaType", equalTo("image/png")).body("size", equalTo(PNG.length))
                .body("uploadedBy", equalTo("service-account-prosoz-helpdesk")).body("internal", equalTo(false))
                .extract().path("id");

        for (String reader : List.of(HELPDESK, TestTokens.town(town), TestTokens.kopfstelle(), TestTokens.admin())) {
            Response file = as(reader).get("/support-requests/" + request + "/attachments/" + id);
            file.then().statusCode(200).contentType("image/png")
                    .header("Content-Disposition", equalTo(
                            "attachment; filename=\"screenshot fehler.png\"; filename*=UTF-8''screenshot%20fehler.png"))
                    .header("X-Content-Type-Options", equalTo("nosniff"));
            assertThat(file.asByteArray()).isEqualTo(PNG);
            as(reader).get("/support-requests/" + request + "/attachments").then().statusCode(200)
                    .body("fileName", equalTo(List.of("screenshot fehler.png")));
        }
    }

    @Test
    void anotherTownOrHelpdeskGets404ForTheAttachmentAndItsRequest() {
        String id = upload(HELPDESK, "a.png", PNG, null, false).then().statusCode(201).extract().path("id");
        String neighbour = Members.member(connector);
        String otherHelpdesk = TestTokens.user("service-account-other-helpdesk", "helpdesk");
        for (String stranger : List.of(TestTokens.town(neighbour), otherHelpdesk)) {
            as(stranger).get("/support-requests/" + request + "/attachments/" + id).then().statusCode(404);
            as(stranger).get("/support-requests/" + request + "/attachments").then().statusCode(404);
            upload(stranger, "b.png", PNG, null, false).then().statusCode(404);
        }
        as(TestTokens.finance()).get("/support-requests/" + request + "/attachments/" + id).then().statusCode(403);
    }

    @Test
    void theTypeIsToldByTheContentNotByTheNameOrTheDeclaredType() {
        upload(HELPDESK, "photo.pdf", JPEG, null, false).then().statusCode(201).body("mediaType", equalTo("image/jpeg"));
        upload(HELPDESK, "log.txt", "Fehler 4711\r\nbei der Anmeldung\täöü".getBytes(StandardCharsets.UTF_8), null, false)
                .then().statusCode(201).body("mediaType", equalTo("text/plain"));
        upload(HELPDESK, "report.pdf", pdf(2000), "application/pdf", false).then().statusCode(201)
                .body("mediaType", equalTo("application/pdf"));

        upload(HELPDESK, "setup.png", EXE, null, false).then().statusCode(415)
                .contentType("application/problem+json").body("violations[0].field", equalTo("content"));
        upload(HELPDESK, "fake.png", "just text".getBytes(StandardCharsets.UTF_8), "image/png", false)
                .then().statusCode(400).body("violations[0].field", equalTo("mediaType"));
        upload(HELPDESK, "binary.txt", new byte[] {'a', 0, 'b'}, null, false).then().statusCode(415);
        as(HELPDESK).body(Map.of("fileName", "x.txt", "content", "***not base64***"))
                .post("/support-requests/" + request + "/attachments").then().statusCode(400)
                .body("violations[0].field", equalTo("content"));
        upload(HELPDESK, "../etc/passwd", PNG, null, false).then().statusCode(400)
                .body("violations[0].field", equalTo("fileName"));

        as(HELPDESK).get("/support-requests/" + request + "/attachments").then().statusCode(200)
                .body("fileName", equalTo(List.of("photo.pdf", "log.txt", "report.pdf")));
    }

    @Test
    void tenMegabytesAreAcceptedAndOneByteMoreIsRefused() {
        upload(HELPDESK, "big.pdf", pdf(TEN_MB), null, false).then().statusCode(201).body("size", equalTo(TEN_MB));
        upload(HELPDESK, "too-big.pdf", pdf(TEN_MB + 1), null, false).then().statusCode(413)
                .contentType("application/problem+json").body("violations[0].field", equalTo("content"));
        as(HELPDESK).get("/support-requests/" + request + "/attachments").then().body("fileName", equalTo(List.of("big.pdf")));
    }

    @Test
    void internalAttachmentsAndThoseOfInternalNotesAreForStaffOnly() {
        upload(HELPDESK, "x.png", PNG, null, true).then().statusCode(403);
        String note = as(TestTokens.admin()).body("{\"text\": \"Logs from the server\", \"internal\": true}")
                .post("/support-requests/" + request + "/comments").then().statusCode(200)
                .extract().path("comments.find { it.internal }.id");
        String fromNote = as(TestTokens.admin()).body(Map.of("fileName", "server.log",
                        "content", Base64.getEncoder().encodeToString("stack trace".getBytes(StandardCharsets.UTF_8))))
                .post("/support-requests/" + request + "/comments/" + note + "/attachments").then().statusCode(201)
                .body("internal", equalTo(true)).body("commentId", equalTo(note)).extract().path("id");
        String marked = upload(TestTokens.kopfstelle(), "internal.png", PNG, null, true).then().statusCode(201)
                .body("internal", equalTo(true)).extract().path("id");
        upload(TestTokens.kopfstelle(), "public.png", PNG, null, false).then().statusCode(201);

        as(TestTokens.kopfstelle()).get("/support-requests/" + request + "/attachments").then().body("$", hasSize(3));
        for (String requester : List.of(HELPDESK, TestTokens.town(town))) {
            as(requester).get("/support-requests/" + request + "/attachments").then()
                    .body("fileName", equalTo(List.of("public.png")));
            as(requester).get("/support-requests/" + request + "/attachments/" + fromNote).then().statusCode(404);
            as(requester).get("/support-requests/" + request + "/attachments/" + marked).then().statusCode(404);
            as(requester).body(Map.of("fileName", "y.png", "content", Base64.getEncoder().encodeToString(PNG)))
                    .post("/support-requests/" + request + "/comments/" + note + "/attachments").then().statusCode(404);
        }
    }

    private Response upload(String token, String fileName, byte[] content, String declared, boolean internal) {
        var body = new java.util.HashMap<String, Object>(Map.of("fileName", fileName,
                "content", Base64.getEncoder().encodeToString(content), "internal", internal));
        if (declared != null) {
            body.put("mediaType", declared);
        }
        return as(token).body(body).post("/support-requests/" + request + "/attachments");
    }

    static byte[] pdf(int size) {
        return bytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), size);
    }

    /** {@code head} followed by filler up to {@code size} bytes. */
    static byte[] bytes(byte[] head, int size) {
        byte[] content = Arrays.copyOf(head, size);
        Arrays.fill(content, head.length, size, (byte) 'x');
        return content;
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
