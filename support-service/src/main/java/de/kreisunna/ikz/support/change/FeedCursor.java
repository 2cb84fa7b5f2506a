package de.kreisunna.ikz.support.change;

import de.kreisunna.ikz.platform.domain.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursor of the change feed: the feed position of the last change a client has seen. Clients must
 * not build it; its encoding may change (the version prefix lets a later form be told apart).
 */
public final class FeedCursor {

    private static final String PREFIX = "c1:";

    private FeedCursor() {
    }

    public static String encode(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** The position after which to read; null (no cursor) reads from the start. */
    public static long decode(String cursor, String field) {
        if (cursor == null) {
            return 0;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (plain.startsWith(PREFIX)) {
                long position = Long.parseLong(plain.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidInput(field, "is not a cursor of this feed; use the cursor of a previous answer");
    }
}
