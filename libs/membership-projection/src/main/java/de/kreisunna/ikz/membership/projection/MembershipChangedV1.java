package de.kreisunna.ikz.membership.projection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * Tolerant reader of {@code ikz.membership.MembershipChanged.v1}: only the fields consumers need;
 * unknown fields are ignored so the producer can add optional ones freely.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MembershipChangedV1(String ags, String name, long revision, List<Period> periods) {

    public static final String TYPE = "ikz.membership.MembershipChanged.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Period(LocalDate validFrom, LocalDate validUntil) {
    }

    /** Checks what the projection relies on; a violation makes the event poison. */
    public List<String> problems() {
        var problems = new java.util.ArrayList<String>();
        if (ags == null || !ags.matches("\\d{5}(\\d{3})?")) {
            problems.add("ags missing or not an AGS");
        }
        if (name == null || name.isBlank()) {
            problems.add("name missing");
        }
        if (revision < 0) {
            problems.add("revision negative");
        }
        if (periods == null || periods.stream().anyMatch(p -> p == null || p.validFrom() == null)) {
            problems.add("periods missing or a period without validFrom");
        }
        return problems;
    }
}
