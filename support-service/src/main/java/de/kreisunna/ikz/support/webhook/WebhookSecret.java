package de.kreisunna.ikz.support.webhook;

import de.kreisunna.ikz.platform.domain.InvalidInput;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A signing secret in the Standard Webhooks form {@code whsec_<base64 of 24 to 64 random bytes>}; the HMAC
 * key is the decoded bytes.
 */
public record WebhookSecret(String value) {

    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public WebhookSecret {
        key(value);
    }

    public static WebhookSecret generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** Reads a secret given by an administrator; a malformed one is a 400 naming {@code field}. */
    public static WebhookSecret parse(String value, String field) {
        try {
            return new WebhookSecret(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, e.getMessage());
        }
    }

    public byte[] key() {
        return key(value);
    }

    private static byte[] key(String value) {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("must start with " + PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be " + PREFIX + " followed by base64");
        }
        if (key.length < 24 || key.length > 64) {
            throw new IllegalArgumentException("must encode 24 to 64 random bytes");
        }
        return key;
    }

    @Override
    public String toString() {
        return PREFIX + "***";
    }
}
