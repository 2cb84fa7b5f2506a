package de.kreisunna.ikz.support.request;

import de.kreisunna.ikz.membership.projection.MembershipProjection;
import de.kreisunna.ikz.platform.domain.IdempotencyKeyReused;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.NotFound;
import de.kreisunna.ikz.platform.outbox.Outbox;
import de.kreisunna.ikz.support.access.Actor;
import de.kreisunna.ikz.support.change.ChangeLog;
import de.kreisunna.ikz.support.config.RequestConfig;
import de.kreisunna.ikz.support.sla.SlaState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * Owns the transactions of support requests: loads and locks the request, lets it apply its rules, hands the
 * resulting events to the outbox, and returns what the caller may see. Before every command, SLA targets
 * breached by now are marked (and published), so a late answer still reports its breach exactly once.
 */
@ApplicationScoped
public class RequestService {

    /** The header a client repeats on a retry. */
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    /** The outcome of a submission: the request, and whether it already existed (a retry). */
    public record Submitted(RequestView request, boolean replayed) {
    }

    /** Optional list filters; null means any. */
    public record Filter(Status status, Category category, String ags) {
    }

    /** The orders a list can be asked for. */
    public enum Order {
        NEWEST_FIRST,
        OLDEST_FIRST,
        /** The earliest open SLA due time first (a target still running or breached); requests without one last. */
        SLA_DUE_FIRST
    }

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final SlaPolicy policy;
    private final RequestConfig config;
    private final MembershipProjection members;
    private final IdempotencyKeys keys;
    private final ChangeLog changes;

    RequestService(EntityManager em, Outbox outbox, Clock clock, SlaPolicy policy, RequestConfig config,
            MembershipProjection members, IdempotencyKeys keys, ChangeLog changes) {
        this.changes = changes;
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.policy = policy;
        this.config = config;
        this.members = members;
        this.keys = keys;
    }

    /**
     * Submits a request for a town that is a member today (a town's user for its own town, the helpdesk and the
     * Kopfstelle for the town named). Idempotent per caller: the {@value #IDEMPOTENCY_HEADER}
     * header and, for the helpdesk, its external reference are keys; a repeated key with the same content returns
     * the original request, with different content it is refused (422) and nothing is written.
     */
    @Transactional
    public Submitted submit(Submission requested, Actor by, String idempotencyKey) {
        Instant now = clock.instant();
        Submission submission = requested.forTown(by.townFor(requested.ags()));
        String fingerprint = submission.fingerprint();
        // field → value; stored as "field:value" so a header value never collides with an external reference,
        // and always claimed in this order so two retries cannot wait for each other's keys
        Map<String, String> claimed = new LinkedHashMap<>();
        if (idempotencyKey != null) {
            claimed.put(IDEMPOTENCY_HEADER, idempotencyKey);
        }
        if (by.kind() == Actor.Kind.HELPDESK && submission.externalReference() != null) {
            claimed.put("externalReference", submission.externalReference());
        }
        UUID id = UUID.randomUUID();
        UUID earlier = null;
        List<String> fresh = new ArrayList<>();
        for (Map.Entry<String, String> key : claimed.entrySet()) {
            String stored = key.getKey() + ":" + key.getValue();
            Optional<IdempotencyKeys.Use> use = keys.claim(by.name(), stored, fingerprint, id, now);
            if (use.isEmpty()) {
                fresh.add(stored);
                continue;
            }
            if (!use.get().fingerprint().equals(fingerprint) || (earlier != null && !earlier.equals(use.get().requestId()))) {
                throw new IdempotencyKeyReused(key.getKey(), key.getValue(), "request");
            }
            earlier = use.get().requestId();
        }
        if (earlier != null) {
            for (String key : fresh) {
                keys.pointAt(by.name(), key, earlier);
            }
            return new Submitted(view(em.find(SupportRequest.class, earlier), by, now, true), true);
        }
        LocalDate today = policy.calendar().dayOf(now);
        if (members.find(submission.ags()).filter(t -> t.isMemberOn(today)).isEmpty()) {
            throw new InvalidInput("ags", submission.ags() + " is not a member of the cooperation on " + today);
        }
        SupportRequest request = new SupportRequest(id, submission, by, now);
        request.planSlaCheck(policy, now);
        em.persist(request);
        outbox.add(SupportRequestSubmitted.of(request));
        changes.record(request, 0, now);
        return new Submitted(view(request, by, now, true), false);
    }

    /**
     * A read: no transaction of its own (one statement in auto-commit, no BEGIN/COMMIT), the request with its clock
     * and comments in that one statement, loaded read-only (no snapshot for dirty checking, nothing to flush).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RequestView get(UUID id, Actor by) {
        SupportRequest request = em.createQuery("SELECT r FROM SupportRequest r LEFT JOIN FETCH r.clock"
                        + " LEFT JOIN FETCH r.comments WHERE r.id = :id", SupportRequest.class)
                .setParameter("id", id).setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList().stream().findFirst().orElse(null);   // the whole result: it fills the collections
        return view(visibleOrNotFound(request, id, by), by, clock.instant(), true);
    }

    @Transactional
    public List<RequestView.HistoryView> history(UUID id, Actor by) {
        return RequestView.historyOf(visible(id, by, LockModeType.NONE), by);
    }

    /** One page of a list, and how many items the whole list has. */
    public record Page(List<RequestView> items, long total) {
    }

    /**
     * The requests the actor may see, in the order asked for: the {@code limit} from {@code offset} on. Ordered by
     * submission, only that page is read from the database (beside a count); ordered by the next SLA due time,
     * which is computed, all visible requests are read and sorted here.
     */
    @Transactional
    public Page list(Actor by, Filter filter, Order order, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("FROM SupportRequest r WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        // the same rules as SupportRequest.isVisibleTo, as a query
        switch (by.kind()) {
            case KOPFSTELLE, SYSTEM -> {
            }
            case OPERATOR_IT -> {
                jpql.append(" AND (r.category = :incident OR r.forwardedAt IS NOT NULL)");
                params.put("incident", Category.TECHNICAL_INCIDENT);
            }
            case HELPDESK -> {
                jpql.append(" AND r.channel = :helpdesk AND r.submittedBy = :name");
                params.put("helpdesk", Channel.HELPDESK);
                params.put("name", by.name());
            }
            case TOWN -> {
                jpql.append(" AND r.ags = :own");
                params.put("own", by.ags());
            }
        }
        if (filter.status() != null) {
            jpql.append(" AND r.status = :status");
            params.put("status", filter.status());
        }
        if (filter.category() != null) {
            jpql.append(" AND r.category = :category");
            params.put("category", filter.category());
        }
        if (filter.ags() != null) {
            jpql.append(" AND r.ags = :ags");
            params.put("ags", filter.ags());
        }
        TypedQuery<Long> count = em.createQuery("SELECT count(r) " + jpql, Long.class);
        params.forEach(count::setParameter);
        jpql.append(order == Order.OLDEST_FIRST ? " ORDER BY r.createdAt, r.id" : " ORDER BY r.createdAt DESC, r.id");
        TypedQuery<SupportRequest> query = em.createQuery(jpql.toString(), SupportRequest.class);
        params.forEach(query::setParameter);
        Instant now = clock.instant();
        if (order != Order.SLA_DUE_FIRST) {
            List<RequestView> page = query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                    .map(r -> view(r, by, now, false)).toList();
            return new Page(page, count.getSingleResult());
        }
        List<RequestView> all = query.getResultList().stream().map(r -> view(r, by, now, false))
                .sorted(Comparator.comparing(RequestService::nextDue, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        int from = Math.min(offset, all.size());
        return new Page(all.subList(from, Math.min(from + limit, all.size())), all.size());
    }

    private static Instant nextDue(RequestView request) {
        return Stream.of(request.sla().firstResponse(), request.sla().resolution())
                .filter(t -> t.achievedAt() == null && t.dueAt() != null
                        && (t.state() == SlaState.RUNNING || t.state() == SlaState.BREACHED))
                .map(RequestView.TargetView::dueAt).min(Comparator.naturalOrder()).orElse(null);
    }

    @Transactional
    public RequestView start(UUID id, Actor by) {
        return act(id, by, r -> r.start(by, clock.instant()));
    }

    @Transactional
    public RequestView waitForRequester(UUID id, Actor by, String question) {
        return act(id, by, r -> r.waitForRequester(by, question, clock.instant()));
    }

    /** Resolves; a granted licence request publishes its {@code LicenceChanged} in the same transaction. */
    @Transactional
    public RequestView resolve(UUID id, Actor by, String resolution, Integer quantity, LocalDate effectiveFrom) {
        return act(id, by, r -> r.resolve(by, resolution, quantity, effectiveFrom, clock.instant()).ifPresent(outbox::add));
    }

    @Transactional
    public RequestView reject(UUID id, Actor by, String reason) {
        return act(id, by, r -> r.reject(by, reason, clock.instant()));
    }

    @Transactional
    public RequestView close(UUID id, Actor by) {
        return act(id, by, r -> r.close(by, clock.instant()));
    }

    @Transactional
    public RequestView reopen(UUID id, Actor by, String reason) {
        return act(id, by, r -> r.reopen(by, reason, clock.instant(), config.reopenPeriod()));
    }

    @Transactional
    public RequestView forward(UUID id, Actor by, String note) {
        return act(id, by, r -> r.forward(by, note, clock.instant()));
    }

    @Transactional
    public RequestView assign(UUID id, Actor by, String assignee) {
        return act(id, by, r -> r.assign(by, assignee, clock.instant()));
    }

    @Transactional
    public RequestView reprioritise(UUID id, Actor by, Priority priority) {
        return act(id, by, r -> r.reprioritise(by, priority, clock.instant()));
    }

    /** The outcome of a comment: the request, and whether the comment already existed (a retry). */
    public record Commented(RequestView request, boolean replayed) {
    }

    /**
     * Adds a comment. Idempotent per caller with an {@value #IDEMPOTENCY_HEADER}: a retry with the same key and
     * content adds nothing and answers the request as it is; the same key with other content is refused (422).
     */
    @Transactional
    public Commented comment(UUID id, Actor by, String text, boolean internal, OnBehalfOf onBehalfOf,
            String idempotencyKey) {
        if (idempotencyKey != null) {
            String fingerprint = Fingerprint.of("comment", id.toString(), text, Boolean.toString(internal),
                    onBehalfOf == null ? null : onBehalfOf.name(), onBehalfOf == null ? null : onBehalfOf.email());
            Optional<IdempotencyKeys.Use> use = keys.claim(by.name(), "comment:" + idempotencyKey, fingerprint, id,
                    clock.instant());
            if (use.isPresent()) {
                if (!use.get().fingerprint().equals(fingerprint)) {
                    throw new IdempotencyKeyReused(IDEMPOTENCY_HEADER, idempotencyKey, "comment");
                }
                return new Commented(view(visible(id, by, LockModeType.NONE), by, clock.instant(), true), true);
            }
        }
        return new Commented(act(id, by, r -> r.comment(by, text, internal, onBehalfOf, clock.instant())), false);
    }

    /** The ids of requests that may still breach a target not yet marked (for the scheduled check). */
    /**
     * The requests whose planned SLA check is due (see {@link SupportRequest#planSlaCheck}): an index range
     * scan, so the scheduled check costs nothing for open requests whose targets are not yet due.
     */
    @Transactional
    public List<UUID> breachCandidates() {
        return em.createQuery("SELECT r.id FROM SupportRequest r WHERE r.nextSlaCheckAt <= :now ORDER BY r.nextSlaCheckAt",
                        UUID.class)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    /** Marks and publishes the breaches of one request and plans its next check; returns how many were new. */
    @Transactional
    public int recordBreaches(UUID id) {
        SupportRequest request = em.find(SupportRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        int before = request.history().size();
        Instant now = clock.instant();
        List<SlaBreached> breaches = request.recordBreaches(policy, now);
        breaches.forEach(outbox::add);
        request.planSlaCheck(policy, now);
        changes.record(request, before, now);
        return breaches.size();
    }

    /** Resolved requests whose reopen period has run out (for the scheduled check). */
    @Transactional
    public List<UUID> expiredResolutions() {
        return em.createQuery("SELECT r.id FROM SupportRequest r WHERE r.status = :resolved AND r.resolvedAt < :limit",
                        UUID.class)
                .setParameter("resolved", Status.RESOLVED)
                .setParameter("limit", clock.instant().minus(config.reopenPeriod()))
                .getResultList();
    }

    @Transactional
    public void closeExpired(UUID id) {
        act(id, Actor.system(), r -> r.close(Actor.system(), clock.instant()));
    }

    private RequestView act(UUID id, Actor by, Consumer<SupportRequest> command) {
        SupportRequest request = visible(id, by, LockModeType.PESSIMISTIC_WRITE);
        int before = request.history().size();
        Instant now = clock.instant();
        request.recordBreaches(policy, now).forEach(outbox::add);
        command.accept(request);
        request.planSlaCheck(policy, now);
        changes.record(request, before, now);
        return view(request, by, now, true);
    }

    /** Loads a request the actor may see; another town's (or another team's) request does not exist for them. */
    private SupportRequest visible(UUID id, Actor by, LockModeType lock) {
        return visibleOrNotFound(em.find(SupportRequest.class, id, lock), id, by);
    }

    private static SupportRequest visibleOrNotFound(SupportRequest request, UUID id, Actor by) {
        if (request == null || !request.isVisibleTo(by)) {
            throw new NotFound("support request " + id);
        }
        return request;
    }

    private RequestView view(SupportRequest request, Actor by, Instant now, boolean withComments) {
        return RequestView.of(request, by, policy, config.reopenPeriod(), now, withComments);
    }
}
