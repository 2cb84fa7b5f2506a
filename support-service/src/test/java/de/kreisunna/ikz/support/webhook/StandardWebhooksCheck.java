package de.kreisunna.ikz.support.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a Standard Webhooks signature, written from the specification and independently of
 * the service's signing code: strip {@code whsec_}, base64-decode the key, HMAC-SHA256 over
 * {@code msg_id.timestamp.body}, compare in constant time with each {@code v1,} entry of the header, and refuse
 * timestamps more than five minutes away.
 */
final class StandardWebhooksCheck {

    private static final long TOLERANCE_SECONDS = 300;

    private StandardWebhooksCheck() {
    }

    static boolean verifies(String secret, Receiver.Received message, Instant now) {
        String id = message.header("webhook-id");
        String timestamp = message.header("webhook-timestamp");
        String signatures = message.header("webhook-signature");
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        long sentAt = Long.parseLong(timestamp);
        if (Math.abs(now.getEpochSecond() - sentAt) > TOLERANCE_SECONDS) {
            return false;
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.replaceFirst("^whsec_", ""));
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = hmac.doFinal((id + "." + timestamp + "." + message.body()).getBytes(StandardCharsets.UTF_8));
            for (String versioned : signatures.split(" ")) {
                String[] parts = versioned.split(",", 2);
                if (parts.length == 2 && parts[0].equals("v1")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
