package de.kreisunna.ikz.support.onboarding;

import de.kreisunna.ikz.platform.domain.InvalidInput;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The Kopfstelle's work to bring a joining town into the shared installation. One case per town and accession
 * date (a unique constraint); it is complete when every checklist item is done, and open again if one is undone.
 */
@Entity
@Table(name = "onboarding_case")
public class OnboardingCase {

    public enum Status {
        OPEN,
        COMPLETED
    }

    @Id
    UUID id;

    String ags;

    @Column(name = "town_name")
    String townName;

    @Column(name = "accession_date")
    LocalDate accessionDate;

    @Enumerated(EnumType.STRING)
    Status status;

    @Column(name = "opened_at")
    Instant openedAt;

    @Column(name = "completed_at")
    Instant completedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "onboarding_checklist", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    List<ChecklistEntry> checklist = new ArrayList<>();

    protected OnboardingCase() {
    }

    public OnboardingCase(UUID id, String ags, String townName, LocalDate accessionDate, Instant now) {
        this.id = id;
        this.ags = ags;
        this.townName = townName;
        this.accessionDate = accessionDate;
        this.status = Status.OPEN;
        this.openedAt = now;
        Arrays.stream(ChecklistItem.values()).forEach(item -> checklist.add(new ChecklistEntry(item, null, null)));
    }

    /** Ticks an item off (or un-ticks it); the case completes with its last item and reopens if one is undone. */
    public void mark(ChecklistItem item, boolean done, String by, Instant now) {
        int i = checklist.stream().map(ChecklistEntry::item).toList().indexOf(item);
        if (i < 0) {
            throw new InvalidInput("item", item + " is not on this checklist");
        }
        ChecklistEntry entry = checklist.get(i);
        if (entry.done() == done) {
            return;
        }
        checklist.set(i, done ? new ChecklistEntry(item, now, by) : new ChecklistEntry(item, null, null));
        boolean complete = checklist.stream().allMatch(ChecklistEntry::done);
        status = complete ? Status.COMPLETED : Status.OPEN;
        completedAt = complete ? now : null;
    }

    public UUID id() {
        return id;
    }

    public String ags() {
        return ags;
    }

    public String townName() {
        return townName;
    }

    public LocalDate accessionDate() {
        return accessionDate;
    }

    public Status status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public List<ChecklistEntry> checklist() {
        return Collections.unmodifiableList(checklist);
    }
}
