package de.kreisunna.ikz.membership.projection;

import de.kreisunna.ikz.platform.town.Ags;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * Tolerant reader of {@code ikz.membership.MembershipChanged.v1}: only the fields consumers need;
 * unknown fields are ignored so the producer can add optional ones freely.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MembershipChangedV1(String ags, String name, long revision, List<Period> periods, List<CostSharing> costSharing,
        String leitwegId, InvoiceAddress invoiceAddress, Contact contact) {

    public static final String TYPE = "ikz.membership.MembershipChanged.v1";

    /** The short form used where only the timeline matters (no cost sharing or master data sent). */
    public MembershipChangedV1(String ags, String name, long revision, List<Period> periods) {
        this(ags, name, revision, periods, null, null, null, null);
    }

    /** A party period (membership in an agreement). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Period(LocalDate validFrom, LocalDate validUntil) {
    }

    /** Days the town shares costs and why (PARTY, AGREEMENT_CLAUSE, INTERIM_DECISION). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CostSharing(LocalDate validFrom, LocalDate validUntil, String basis, String agreementId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InvoiceAddress(String recipient, String street, String postalCode, String city) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(String name, String email, String phone) {
    }

    /**
     * The days the town shares costs. An event from a producer before {@code costSharing} existed counted every
     * period as a membership that shares costs, so its periods are read that way.
     */
    public List<CostSharing> costSharingDays() {
        if (costSharing != null) {
            return costSharing;
        }
        return periods.stream().map(p -> new CostSharing(p.validFrom(), p.validUntil(), "PARTY", null)).toList();
    }

    /** Checks what the projection relies on; a violation makes the event poison. */
    public List<String> problems() {
        var problems = new java.util.ArrayList<String>();
        if (!Ags.isValid(ags)) {
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
        if (costSharing != null && costSharing.stream().anyMatch(c -> c == null || c.validFrom() == null || c.basis() == null)) {
            problems.add("a costSharing entry without validFrom or basis");
        }
        return problems;
    }
}
