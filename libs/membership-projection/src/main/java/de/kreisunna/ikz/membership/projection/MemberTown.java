package de.kreisunna.ikz.membership.projection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A town's membership timeline as last consumed, with the revision it came with: its party periods, the days it
 * shares costs, and its master data for invoices.
 */
@Entity
@Table(name = "member_town")
public class MemberTown {

    @Embeddable
    public record Period(@Column(name = "valid_from") LocalDate validFrom,
            @Column(name = "valid_until") LocalDate validUntil) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
        }
    }

    /** Days the town shares costs, with the basis as published (PARTY, AGREEMENT_CLAUSE, INTERIM_DECISION). */
    @Embeddable
    public record CostSharePeriod(@Column(name = "valid_from") LocalDate validFrom,
            @Column(name = "valid_until") LocalDate validUntil,
            @Column(name = "basis") String basis) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
        }
    }

    /** The town's master data for invoices, as membership-service published it (its single source). */
    @Embeddable
    public record MasterData(@Column(name = "leitweg_id") String leitwegId,
            @Column(name = "invoice_recipient") String invoiceRecipient,
            @Column(name = "invoice_street") String street,
            @Column(name = "invoice_postal_code") String postalCode,
            @Column(name = "invoice_city") String city,
            @Column(name = "contact_name") String contactName,
            @Column(name = "contact_email") String email,
            @Column(name = "contact_phone") String phone) {
    }

    @Id
    String ags;

    String name;

    long revision;

    @Column(name = "updated_at")
    Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_period", joinColumns = @JoinColumn(name = "ags"))
    @OrderBy("validFrom")
    List<Period> periods = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_cost_sharing", joinColumns = @JoinColumn(name = "ags"))
    @OrderBy("validFrom")
    List<CostSharePeriod> costSharing = new ArrayList<>();

    @Embedded
    MasterData masterData;

    protected MemberTown() {
    }

    MemberTown(String ags) {
        this.ags = ags;
        this.revision = -1;
    }

    public String ags() {
        return ags;
    }

    public String name() {
        return name;
    }

    public long revision() {
        return revision;
    }

    public List<Period> periods() {
        return List.copyOf(periods);
    }

    /** The days the town shares costs: what a cost run counts (party periods plus recorded decisions). */
    public List<CostSharePeriod> costSharing() {
        return List.copyOf(costSharing);
    }

    /** Leitweg-ID, invoice address and contact as last published; null fields where none was recorded. */
    public MasterData masterData() {
        return masterData == null ? new MasterData(null, null, null, null, null, null, null, null) : masterData;
    }

    public boolean isMemberOn(LocalDate day) {
        return periods.stream().anyMatch(p -> p.contains(day));
    }

    /** Replaces the timeline if the event is newer; returns false (and changes nothing) otherwise. */
    boolean apply(MembershipChangedV1 event, Instant now) {
        if (event.revision() <= revision) {
            return false;
        }
        name = event.name();
        revision = event.revision();
        updatedAt = now;
        periods.clear();
        event.periods().forEach(p -> periods.add(new Period(p.validFrom(), p.validUntil())));
        costSharing.clear();
        event.costSharingDays().forEach(c -> costSharing.add(new CostSharePeriod(c.validFrom(), c.validUntil(), c.basis())));
        var address = event.invoiceAddress();
        var contact = event.contact();
        masterData = new MasterData(event.leitwegId(), address == null ? null : address.recipient(),
                address == null ? null : address.street(), address == null ? null : address.postalCode(),
                address == null ? null : address.city(), contact == null ? null : contact.name(),
                contact == null ? null : contact.email(), contact == null ? null : contact.phone());
        return true;
    }
}
