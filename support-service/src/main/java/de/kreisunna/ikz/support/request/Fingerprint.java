package de.kreisunna.ikz.support.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A SHA-256 digest of a command's fields, so a retry under an idempotency key can be told apart from another
 * command under a reused key. Built from the fields themselves (not from serialised JSON), so it does not change
 * when the JSON layout or mapper settings change; null and each field boundary are encoded unambiguously.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(Object... fields) {
        String canonical = Stream.of(fields)
                .map(v -> v == null ? "\u0000" : Objects.toString(v))
                .collect(Collectors.joining("\u001f"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
