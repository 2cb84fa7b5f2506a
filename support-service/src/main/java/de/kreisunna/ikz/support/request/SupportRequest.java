package de.kreisunna.ikz.support.request;

import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.NotAllowed;
import de.kreisunna.ikz.platform.domain.NotFound;
import de.kreisunna.ikz.support.access.Actor;
import de.kreisunna.ikz.support.licence.LicenceChanged;
import de.kreisunna.ikz.support.licence.LicenceDetails;
import de.kreisunna.ikz.support.sla.SlaClock;
import de.kreisunna.ikz.support.sla.SlaEvaluation;
import de.kreisunna.ikz.support.sla.SlaTarget;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A support request and its workflow rules: who may see and work it, which status changes are allowed
 * (anything else is a conflict), the SLA clock that runs, pauses and stops with the status, the public and
 * internal conversation, and a history entry for every change.
 */
@Entity
@Table(name = "support_request")
public class SupportRequest {

    @Id
    UUID id;

    String ags;

    @Enumerated(EnumType.STRING)
    Category category;

    @Enumerated(EnumType.STRING)
    Priority priority;

    @Enumerated(EnumType.STRING)
    Status status;

    /** The team at the request's current route step. */
    @Enumerated(EnumType.STRING)
    Team team;

    @Enumerated(EnumType.STRING)
    Channel channel;

    String subject;

    String description;

    @Column(name = "submitted_by")
    String submittedBy;

    @Column(name = "external_reference")
    String externalReference;

    @Column(name = "requester_name")
    String requesterName;

    @Column(name = "requester_contact")
    String requesterContact;

    String assignee;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "first_responded_at")
    Instant firstRespondedAt;

    /** When the request was last resolved or rejected; cleared when it is reopened. */
    @Column(name = "resolved_at")
    Instant resolvedAt;

    @Column(name = "closed_at")
    Instant closedAt;

    /** When a licence request reached the operator step. */
    @Column(name = "forwarded_at")
    Instant forwardedAt;

    @Column(name = "first_response_breached_at")
    Instant firstResponseBreachedAt;

    @Column(name = "resolution_breached_at")
    Instant resolutionBreachedAt;

    /**
     * When the scheduled SLA check must look at this request next: the earliest due time of a target that is
     * neither achieved nor reported as breached; null while no target can come due (clock paused or stopped).
     */
    @Column(name = "next_sla_check_at")
    Instant nextSlaCheckAt;

    /** What a licence request asks for. */
    @Embedded
    LicenceDetails licence;

    @Column(name = "licence_granted_quantity")
    Integer grantedQuantity;

    @Column(name = "licence_granted_from")
    LocalDate grantedFrom;

    @Column(name = "licence_granted_at")
    Instant grantedAt;

    @ElementCollection
    @CollectionTable(name = "support_request_clock", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    List<ClockSegment> clock = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "support_request_comment", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    List<Comment> comments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "support_request_history", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    List<HistoryEntry> history = new ArrayList<>();

    protected SupportRequest() {
    }

    /** A new request; the SLA clock starts now and the first team of the category's route takes it. */
    public SupportRequest(UUID id, Submission submission, Actor by, Instant now) {
        if (submission.category() == Category.LICENCE_REQUEST && submission.licence() == null) {
            throw new InvalidInput("licence", "a licence request names product, quantity and effectiveFrom");
        }
        if (submission.category() != Category.LICENCE_REQUEST && submission.licence() != null) {
            throw new InvalidInput("licence", "only a LICENCE_REQUEST carries licence details");
        }
        this.id = id;
        this.ags = submission.ags();
        this.category = submission.category();
        this.priority = submission.priority() == null ? Priority.NORMAL : submission.priority();
        this.status = Status.NEW;
        this.team = category.route().first();
        this.channel = switch (by.kind()) {
            case HELPDESK -> Channel.HELPDESK;
            case TOWN -> Channel.TOWN;
            case KOPFSTELLE -> Channel.KOPFSTELLE;
            default -> throw new NotAllowed("only towns, the helpdesk and the Kopfstelle submit requests");
        };
        this.subject = submission.subject();
        this.description = submission.description();
        this.submittedBy = by.name();
        this.externalReference = submission.externalReference();
        this.requesterName = submission.requesterName();
        this.requesterContact = submission.requesterContact();
        this.licence = submission.licence();
        this.createdAt = now;
        this.clock.add(new ClockSegment(now, null));
        record(now, by, Change.SUBMITTED, null, Status.NEW, category + " for " + team, false);
    }

    // --- who may see and work it -------------------------------------------------------------------------

    public boolean isVisibleTo(Actor actor) {
        return switch (actor.kind()) {
            case KOPFSTELLE, SYSTEM -> true;
            case OPERATOR_IT -> category == Category.TECHNICAL_INCIDENT || forwardedAt != null;
            case HELPDESK, TOWN -> isRequester(actor);
        };
    }

    /** The Kopfstelle works every request; operator IT those at its route step. */
    public boolean isWorkableBy(Actor actor) {
        return switch (actor.kind()) {
            case KOPFSTELLE, SYSTEM -> true;
            case OPERATOR_IT -> team == Team.OPERATOR_IT;
            case HELPDESK, TOWN -> false;
        };
    }

    /** The town the request is for, or the helpdesk integration that submitted it. */
    public boolean isRequester(Actor actor) {
        return switch (actor.kind()) {
            case TOWN -> ags.equals(actor.ags());
            case HELPDESK -> channel == Channel.HELPDESK && submittedBy.equals(actor.name());
            default -> false;
        };
    }

    // --- workflow ------------------------------------------------------------------------------------------

    public void start(Actor by, Instant now) {
        requireWorker(by);
        if (status == Status.RESOLVED) {
            throw new Conflict("request " + id + " is RESOLVED: it is reopened, not started");
        }
        Change change = status == Status.WAITING_FOR_REQUESTER ? Change.RESUMED : Change.STARTED;
        moveTo(Status.IN_PROGRESS, by, now, change, null);
    }

    /** Asks the requester something; the question is a public reply, and the SLA clock pauses until an answer. */
    public void waitForRequester(Actor by, String question, Instant now) {
        requireWorker(by);
        moveTo(Status.WAITING_FOR_REQUESTER, by, now, Change.WAITING_FOR_REQUESTER, null);
        addComment(by, question, false, now);
    }

    /**
     * Resolves the request with a public answer. A licence request is resolved only as granted, at the operator
     * step; the grant defaults to what was asked for and yields the {@link LicenceChanged} to publish.
     */
    public Optional<LicenceChanged> resolve(Actor by, String resolution, Integer quantity, LocalDate effectiveFrom,
            Instant now) {
        requireWorker(by);
        requireTransition(Status.RESOLVED);
        LicenceChanged granted = null;
        if (category == Category.LICENCE_REQUEST) {
            if (team != Team.OPERATOR_IT) {
                throw new Conflict("licence request " + id + " is granted by operator IT: forward it first");
            }
            granted = new LicenceChanged(id, ags, licence.product(), quantity != null ? quantity : licence.quantity(),
                    effectiveFrom != null ? effectiveFrom : licence.effectiveFrom());
        } else if (quantity != null || effectiveFrom != null) {
            throw new InvalidInput("licence", "only a licence request grants licences");
        }
        moveTo(Status.RESOLVED, by, now, Change.RESOLVED, null);
        resolvedAt = now;
        addComment(by, resolution, false, now);
        if (granted != null) {
            grantedQuantity = granted.quantity();
            grantedFrom = granted.effectiveFrom();
            grantedAt = now;
            record(now, by, Change.LICENCE_GRANTED, null, null,
                    granted.quantity() + " × " + granted.product() + " from " + granted.effectiveFrom(), false);
        }
        return Optional.ofNullable(granted);
    }

    public void reject(Actor by, String reason, Instant now) {
        requireWorker(by);
        moveTo(Status.REJECTED, by, now, Change.REJECTED, null);
        resolvedAt = now;
        addComment(by, reason, false, now);
    }

    /** The requester confirms the resolution (or the Kopfstelle, or the reopen period ran out). */
    public void close(Actor by, Instant now) {
        requireRequesterOrWorker(by);
        moveTo(Status.CLOSED, by, now, Change.CLOSED, null);
        closedAt = now;
    }

    /**
     * Reopens a resolved request within {@code period} after its resolution. A granted licence request is
     * never reopened: its licences are already passed on for charging; a change needs a new request.
     */
    public void reopen(Actor by, String reason, Instant now, Duration period) {
        requireRequesterOrWorker(by);
        if (status != Status.RESOLVED) {
            throw new Conflict("request " + id + " is " + status + "; only a RESOLVED request can be reopened");
        }
        if (grantedAt != null) {
            throw new Conflict("licence request " + id + " was granted; ask for a change in a new request");
        }
        Instant until = resolvedAt.plus(period);
        if (now.isAfter(until)) {
            throw new Conflict("request " + id + " could be reopened until " + until + "; submit a new request");
        }
        moveTo(Status.IN_PROGRESS, by, now, Change.REOPENED, null);
        resolvedAt = null;
        addComment(by, reason, false, now);
    }

    /** The instant until which a resolved request may be reopened; null unless it is resolved. */
    public Instant reopenableUntil(Duration period) {
        return status == Status.RESOLVED && grantedAt == null ? resolvedAt.plus(period) : null;
    }

    /** Hands the request to the next team of its route (licence requests: Kopfstelle → operator IT). */
    public void forward(Actor by, String note, Instant now) {
        requireWorker(by);
        requireOpen();
        Team next = category.route().after(team).orElseThrow(() -> new Conflict(
                "request " + id + " is at the last step of its route (" + team + ")"));
        Team previous = team;
        team = next;
        assignee = null;
        if (next == Team.OPERATOR_IT) {
            forwardedAt = now;
        }
        record(now, by, Change.FORWARDED, null, null, previous + " → " + next + (note == null ? "" : ": " + note), false);
    }

    /** Assigns a person of the working team; null removes the assignment. */
    public void assign(Actor by, String person, Instant now) {
        requireWorker(by);
        requireOpen();
        assignee = person;
        record(now, by, Change.ASSIGNED, null, null, person == null ? "unassigned" : person, true);
    }

    public void reprioritise(Actor by, Priority newPriority, Instant now) {
        requireWorker(by);
        requireOpen();
        Priority previous = priority;
        priority = newPriority;
        record(now, by, Change.PRIORITY_CHANGED, null, null, previous + " → " + newPriority, false);
    }

    /**
     * Adds a message. Staff write public replies (the first one is the first response) or internal notes;
     * requesters write public comments, and a comment while the request waits for them resumes it.
     */
    public void comment(Actor by, String text, boolean internal, OnBehalfOf onBehalfOf, Instant now) {
        if (onBehalfOf != null && by.kind() != Actor.Kind.HELPDESK) {
            throw new InvalidInput("onBehalfOf", "only the helpdesk integration writes on behalf of a caseworker");
        }
        if (by.isStaff()) {
            requireWorker(by);
        } else {
            requireRequesterOrWorker(by);
            if (internal) {
                throw new NotAllowed("only support staff write internal notes");
            }
        }
        if (status == Status.CLOSED || status == Status.REJECTED) {
            throw new Conflict("request " + id + " is " + status + "; submit a new request");
        }
        if (!by.isStaff() && status == Status.WAITING_FOR_REQUESTER) {
            moveTo(Status.IN_PROGRESS, by, now, Change.RESUMED, "the requester answered");
        }
        addComment(by, text, internal, onBehalfOf, now);
    }

    /**
     * Checks that {@code by} may attach a file (to the comment {@code commentId}, or to the request when null):
     * the requester or the working team, while the request is not closed or rejected; internal files only staff.
     * Returns whether the file is internal: an attachment of an internal note is internal too.
     */
    public boolean checkAttachment(Actor by, UUID commentId, boolean internal) {
        requireRequesterOrWorker(by);
        if (internal && !by.isStaff()) {
            throw new NotAllowed("only support staff add internal attachments");
        }
        if (status == Status.CLOSED || status == Status.REJECTED) {
            throw new Conflict("request " + id + " is " + status + "; submit a new request");
        }
        if (commentId == null) {
            return internal;
        }
        Comment comment = comments.stream().filter(c -> commentId.equals(c.id()))
                .filter(c -> by.isStaff() || !c.internal()).findFirst()
                .orElseThrow(() -> new NotFound("comment " + commentId + " of request " + id));
        return internal || comment.internal();
    }

    // --- SLA -----------------------------------------------------------------------------------------------

    public SlaClock slaClock() {
        return SlaClock.of(clock.stream().map(s -> new SlaClock.Segment(s.startedAt(), s.endedAt())).toList());
    }

    /** When the target's event happened: the first response, or the resolution (null while open). */
    public Instant achievedAt(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? firstRespondedAt : resolvedAt;
    }

    public Instant breachedAt(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? firstResponseBreachedAt : resolutionBreachedAt;
    }

    /** Marks targets breached by now that were not marked yet, so each breach is reported exactly once. */
    public List<SlaBreached> recordBreaches(SlaPolicy policy, Instant now) {
        List<SlaBreached> breaches = new ArrayList<>();
        for (SlaTarget target : SlaTarget.values()) {
            if (breachedAt(target) != null) {
                continue;
            }
            SlaEvaluation evaluation = policy.evaluate(this, target, now);
            if (evaluation.breached()) {
                if (target == SlaTarget.FIRST_RESPONSE) {
                    firstResponseBreachedAt = now;
                } else {
                    resolutionBreachedAt = now;
                }
                record(now, Actor.system(), Change.SLA_BREACHED, null, null, target + " was due " + evaluation.dueAt(), false);
                breaches.add(new SlaBreached(id, ags, category, priority, target, team, evaluation.dueAt(), now));
            }
        }
        return breaches;
    }

    /**
     * Plans the next scheduled SLA check after a change: now for a breach not reported yet, else the earliest due
     * time of a target still running; none when no target can come due until the request changes again.
     */
    public void planSlaCheck(SlaPolicy policy, Instant now) {
        Instant next = null;
        for (SlaTarget target : SlaTarget.values()) {
            if (breachedAt(target) != null) {
                continue;
            }
            SlaEvaluation evaluation = policy.evaluate(this, target, now);
            Instant due = evaluation.breached() ? now : evaluation.achievedAt() == null ? evaluation.dueAt() : null;
            if (due != null && (next == null || due.isBefore(next))) {
                next = due;
            }
        }
        nextSlaCheckAt = next;
    }

    public Instant nextSlaCheckAt() {
        return nextSlaCheckAt;
    }

    // --- internals -----------------------------------------------------------------------------------------

    private void requireWorker(Actor by) {
        if (!isWorkableBy(by)) {
            throw new NotAllowed(by.isStaff()
                    ? "request " + id + " is with " + team + " at this step"
                    : "only the Kopfstelle or operator IT work requests");
        }
    }

    private void requireRequesterOrWorker(Actor by) {
        if (!isRequester(by) && !isWorkableBy(by)) {
            throw new NotAllowed("only the requester or the working team may do this");
        }
    }

    private void requireOpen() {
        if (status.isFinished()) {
            throw new Conflict("request " + id + " is " + status);
        }
    }

    private void requireTransition(Status next) {
        if (!status.canMoveTo(next)) {
            throw new Conflict("request " + id + " is " + status + " and cannot become " + next
                    + (status.successors().isEmpty() ? "" : "; possible: " + status.successors()));
        }
    }

    private void moveTo(Status next, Actor by, Instant now, Change change, String detail) {
        requireTransition(next);
        Status previous = status;
        status = next;
        if (previous.clockRuns() && !next.clockRuns()) {
            stopClock(now);
        } else if (!previous.clockRuns() && next.clockRuns()) {
            clock.add(new ClockSegment(now, null));
        }
        record(now, by, change, previous, next, detail, false);
    }

    private void stopClock(Instant now) {
        int last = clock.size() - 1;
        ClockSegment running = clock.get(last);
        if (running.startedAt().equals(now)) {
            clock.remove(last);
        } else {
            clock.set(last, new ClockSegment(running.startedAt(), now));
        }
    }

    private void addComment(Actor by, String text, boolean internal, Instant now) {
        addComment(by, text, internal, null, now);
    }

    private void addComment(Actor by, String text, boolean internal, OnBehalfOf onBehalfOf, Instant now) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("text", "must not be blank");
        }
        comments.add(new Comment(now, by.name(), by.isStaff(), internal, text,
                onBehalfOf == null ? null : onBehalfOf.name(), onBehalfOf == null ? null : onBehalfOf.email(),
                UUID.randomUUID()));
        if (by.isStaff() && !internal && firstRespondedAt == null) {
            firstRespondedAt = now;
        }
        Change change = internal ? Change.INTERNAL_NOTE : by.isStaff() ? Change.PUBLIC_REPLY : Change.REQUESTER_COMMENT;
        record(now, by, change, null, null, null, internal);
    }

    private void record(Instant now, Actor by, Change change, Status from, Status to, String detail, boolean internal) {
        history.add(new HistoryEntry(now, by.name(), change, from, to, detail, internal));
    }

    // --- read access ---------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public String ags() {
        return ags;
    }

    public Category category() {
        return category;
    }

    public Priority priority() {
        return priority;
    }

    public Status status() {
        return status;
    }

    public Team team() {
        return team;
    }

    public Channel channel() {
        return channel;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String externalReference() {
        return externalReference;
    }

    public String requesterName() {
        return requesterName;
    }

    public String requesterContact() {
        return requesterContact;
    }

    public String assignee() {
        return assignee;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant firstRespondedAt() {
        return firstRespondedAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public LicenceDetails licence() {
        return licence;
    }

    public Integer grantedQuantity() {
        return grantedQuantity;
    }

    public LocalDate grantedFrom() {
        return grantedFrom;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public List<Comment> comments() {
        return Collections.unmodifiableList(comments);
    }

    public List<HistoryEntry> history() {
        return Collections.unmodifiableList(history);
    }
}
