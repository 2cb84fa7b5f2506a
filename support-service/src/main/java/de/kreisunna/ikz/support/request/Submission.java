package de.kreisunna.ikz.support.request;

import de.kreisunna.ikz.support.licence.LicenceDetails;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What a requester submits, with the town already decided (from the token or, for staff, from the body). */
public record Submission(String ags, Category category, Priority priority, String subject, String description,
        String requesterName, String requesterContact, String externalReference, LicenceDetails licence) {

    public Submission forTown(String town) {
        return new Submission(town, category, priority, subject, description, requesterName, requesterContact,
                externalReference, licence);
    }

    /**
     * A digest of the submission's content, so a retry with the same idempotency key can be told apart from a
     * different request under a reused key. Built from the fields themselves (not from serialised JSON), so it
     * does not change when the JSON layout or mapper settings change.
     */
    public String fingerprint() {
        String canonical = Stream.of(ags, category, priority, subject, description, requesterName, requesterContact,
                        externalReference, licence == null ? null : licence.product(),
                        licence == null ? null : licence.quantity(), licence == null ? null : licence.effectiveFrom())
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
