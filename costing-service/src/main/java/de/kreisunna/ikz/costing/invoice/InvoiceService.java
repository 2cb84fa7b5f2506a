package de.kreisunna.ikz.costing.invoice;

import de.kreisunna.ikz.costing.allocation.Money;
import de.kreisunna.ikz.costing.allocation.Segment;
import de.kreisunna.ikz.costing.config.CostingConfig;
import de.kreisunna.ikz.costing.costrun.CostRun;
import de.kreisunna.ikz.costing.costrun.CostRunResult;
import de.kreisunna.ikz.costing.costrun.CostRunService;
import de.kreisunna.ikz.costing.costrun.Statement;
import de.kreisunna.ikz.costing.party.BillingPartyService;
import de.kreisunna.ikz.costing.party.PartyDetails;
import de.kreisunna.ikz.platform.domain.Conflict;
import de.kreisunna.ikz.platform.domain.NotFound;
import de.kreisunna.ikz.platform.outbox.Outbox;
import de.kreisunna.ikz.platform.time.CooperationCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Owns the invoice transactions: each state change and its event are committed together. */
@ApplicationScoped
public class InvoiceService {

    /** Filters of the invoice list; null = any. */
    public record Filter(Integer year, String recipient, InvoiceStatus status, Long costRunId) {
    }

    private final EntityManager em;
    private final CostRunService runs;
    private final BillingPartyService parties;
    private final InvoiceNumberSequence numbers;
    private final Outbox outbox;
    private final IssuerTexts texts;
    private final Clock clock;
    private final CostingConfig config;
    private final CooperationCalendar calendar;

    InvoiceService(EntityManager em, CostRunService runs, BillingPartyService parties, InvoiceNumberSequence numbers,
            Outbox outbox, IssuerTexts texts, Clock clock, CostingConfig config, CooperationCalendar calendar) {
        this.em = em;
        this.runs = runs;
        this.parties = parties;
        this.numbers = numbers;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
        this.config = config;
        this.calendar = calendar;
    }

    /** A town and cost type for which the run made no draft, because a valid invoice exists already. */
    public record Skipped(String recipientAgs, String recipientName, CostType costType, String existingNumber,
            Money existingTotal, Money computedTotal, String reason) {
    }

    public record Drafts(List<Invoice> created, List<Skipped> skipped) {
    }

    /**
     * Makes the draft invoices of a finalized run: per town one for its Kopfstelle share (issuer: the Kopfstelle)
     * and one for its pass-through costs (issuer: the operator), none to the issuer itself and none for a zero
     * amount. Where a town still has a valid invoice of the same year and cost type, no draft is made: a
     * correction is a credit note (cancel that invoice) plus a new invoice from a new run.
     */
    @Transactional
    public Drafts createDrafts(long runId) {
        CostRun run = em.find(CostRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new NotFound("cost run " + runId);
        }
        run.invoiced();
        CostRunResult result = runs.result(run);
        List<Invoice> planned = new ArrayList<>();
        for (CostRunResult.TownTotal town : result.towns()) {
            Statement statement = runs.statement(run, result, town.ags());
            if (!statement.kopfstelle().ownShare() && !statement.kopfstelle().amount().isZero()) {
                planned.add(Invoice.draft(runId, result.year(), CostType.KOPFSTELLE, statement.kopfstelle().issuer(),
                        town.ags(), town.name(), statement.kopfstelle().amount(), InvoiceLines.kopfstelle(statement),
                        statement, ServicePeriod.of(result.year(), statement.kopfstelle().segments()), clock.instant()));
            }
            if (!statement.passThrough().ownShare() && !statement.passThrough().amount().isZero()) {
                List<Segment> charged = statement.passThrough().items().stream().filter(i -> !i.amount().isZero())
                        .flatMap(i -> i.segments().stream()).toList();
                planned.add(Invoice.draft(runId, result.year(), CostType.PASS_THROUGH, statement.passThrough().issuer(),
                        town.ags(), town.name(), statement.passThrough().amount(), InvoiceLines.passThrough(statement),
                        statement, ServicePeriod.of(result.year(), charged), clock.instant()));
            }
        }
        List<Invoice> created = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Invoice draft : planned) {
            var existing = em.createQuery("FROM Invoice i WHERE i.kind = :kind AND i.costYear = :year AND i.costType = :type "
                    + "AND i.recipientAgs = :recipient AND i.status <> :cancelled", Invoice.class)
                    .setParameter("kind", Invoice.INVOICE).setParameter("year", draft.costYear)
                    .setParameter("type", draft.costType).setParameter("recipient", draft.recipientAgs)
                    .setParameter("cancelled", InvoiceStatus.CANCELLED).getResultStream().findFirst();
            if (existing.isPresent()) {
                Invoice e = existing.get();
                skipped.add(new Skipped(draft.recipientAgs, draft.recipientName, draft.costType, e.number, e.total(),
                        draft.total(), (e.number == null ? "draft invoice " + e.id : "invoice " + e.number) + " ("
                        + e.status + ", " + e.total() + " EUR) is still valid; to correct it, cancel it (credit note) "
                        + "and make the invoices of a new run"));
            } else {
                em.persist(draft);
                created.add(draft);
            }
        }
        return new Drafts(created, skipped);
    }

    @Transactional
    public Invoice issue(long id, String who) {
        Invoice invoice = lock(id);
        if (invoice.status != InvoiceStatus.DRAFT) {
            throw new Conflict("invoice " + id + " is " + invoice.status + "; only a draft can be issued");
        }
        runs.requireSecondPerson(runs.get(invoice.costRunId), who, "issue its invoices");
        List<String> missing = missingForIssue(List.of(invoice));
        if (!missing.isEmpty()) {
            throw new Conflict(String.join("; ", missing));
        }
        issueLocked(invoice);
        return invoice;
    }

    /** Issues every draft of a run in one transaction (numbers in the order issuer, recipient AGS), or none. */
    @Transactional
    public List<Invoice> issueAll(long runId, String who) {
        runs.requireSecondPerson(runs.get(runId), who, "issue its invoices");
        List<Invoice> drafts = em.createQuery("FROM Invoice i WHERE i.costRunId = :run AND i.status = :draft "
                + "ORDER BY i.issuerAgs, i.recipientAgs, i.costType", Invoice.class)
                .setParameter("run", runId).setParameter("draft", InvoiceStatus.DRAFT)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (drafts.isEmpty()) {
            throw new Conflict("cost run " + runId + " has no draft invoices to issue");
        }
        List<String> missing = missingForIssue(drafts);
        if (!missing.isEmpty()) {
            throw new Conflict(String.join("; ", missing));
        }
        drafts.forEach(this::issueLocked);
        return drafts;
    }

    /** Cancels an issued invoice by a credit note (issued at once, with its own number). */
    @Transactional
    public Invoice cancel(long id, String reason) {
        Invoice invoice = lock(id);
        if (invoice.status == InvoiceStatus.DRAFT) {
            throw new Conflict("invoice " + id + " is a draft; nothing has been sent to cancel");
        }
        LocalDate today = today();
        Invoice note = invoice.cancel(numbers.next(invoice.issuerAgs, today.getYear()), today, reason, clock.instant());
        em.persist(note);
        em.flush();
        outbox.add(invoice.cancelledBy(note));
        outbox.add(note.issuedEvent());
        return note;
    }

    @Transactional
    public Payment pay(long id, Money amount, LocalDate paidOn, String reference, String who) {
        Invoice invoice = lock(id);
        invoice.pay(amount);
        Payment payment = new Payment(id, amount.amount(), paidOn, reference, clock.instant(), who);
        em.persist(payment);
        return payment;
    }

    @Transactional
    public List<Payment> payments(long id) {
        return em.createQuery("FROM Payment p WHERE p.invoiceId = :id ORDER BY p.id", Payment.class)
                .setParameter("id", id).getResultList();
    }

    @Transactional
    public Invoice get(long id) {
        Invoice invoice = em.find(Invoice.class, id);
        if (invoice == null) {
            throw new NotFound("invoice " + id);
        }
        return invoice;
    }

    @Transactional
    public List<Invoice> list(Filter filter) {
        StringBuilder q = new StringBuilder("FROM Invoice i WHERE 1 = 1");
        if (filter.year() != null) {
            q.append(" AND i.costYear = :year");
        }
        if (filter.recipient() != null) {
            q.append(" AND i.recipientAgs = :recipient");
        }
        if (filter.status() != null) {
            q.append(" AND i.status = :status");
        }
        if (filter.costRunId() != null) {
            q.append(" AND i.costRunId = :run");
        }
        var query = em.createQuery(q.append(" ORDER BY i.id").toString(), Invoice.class);
        if (filter.year() != null) {
            query.setParameter("year", filter.year());
        }
        if (filter.recipient() != null) {
            query.setParameter("recipient", filter.recipient());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.costRunId() != null) {
            query.setParameter("run", filter.costRunId());
        }
        return query.getResultList();
    }

    /**
     * The town's open amount over all its issued invoices and credit notes (see {@link Invoice#balance()}): what it
     * still owes, or, negative, the credit it has after a credit note for an invoice it had paid.
     */
    @Transactional
    public Money openAmount(String recipientAgs) {
        return list(new Filter(null, recipientAgs, null, null)).stream().map(Invoice::balance).reduce(Money.ZERO, Money::plus);
    }

    private void issueLocked(Invoice invoice) {
        PartyDetails issuer = parties.get(invoice.issuerAgs).details();
        PartyDetails recipient = parties.get(invoice.recipientAgs).details();
        LocalDate today = today();
        InvoiceNumber number = numbers.next(invoice.issuerAgs, today.getYear());
        outbox.add(invoice.issue(number, today, today.plusDays(config.invoice().paymentTermDays()), issuer, recipient,
                texts.vat(invoice.issuerAgs, invoice.costYear), texts.legalText(invoice.issuerAgs, invoice.costType)));
    }

    /** What the e-invoice needs of both parties: the recipient's Leitweg-ID (BT-10) and e-mail, the issuer's account. */
    private List<String> missingForIssue(List<Invoice> invoices) {
        List<String> missing = new ArrayList<>();
        invoices.stream().map(i -> i.recipientAgs).distinct().forEach(ags -> {
            PartyDetails p = parties.find(ags).map(b -> b.details()).orElse(null);
            String name = p == null || p.name() == null ? ags : p.name() + " (" + ags + ")";
            if (p == null || p.leitwegId() == null || p.leitwegId().isBlank()) {
                missing.add(name + " has no Leitweg-ID; an XRechnung needs it as buyer reference (BT-10) — "
                        + "it is entered once in membership-service (PUT /municipalities/" + ags + ") and arrives with its events");
            } else if (p.email() == null || p.email().isBlank()) {
                missing.add(name + " has no e-mail address for e-invoices (BT-49)");
            }
        });
        invoices.stream().map(i -> i.issuerAgs).distinct().forEach(ags -> {
            PartyDetails p = parties.find(ags).map(b -> b.details()).orElse(null);
            if (p == null || p.iban() == null || p.email() == null || p.street() == null) {
                missing.add("the issuer " + (p == null ? ags : p.name() + " (" + ags + ")")
                        + " needs an address and an e-mail address (membership-service, PUT /municipalities/" + ags
                        + ") and a bank account (IBAN, PUT /billing-parties/" + ags + ")");
            }
        });
        return missing;
    }

    private Invoice lock(long id) {
        Invoice invoice = em.find(Invoice.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw new NotFound("invoice " + id);
        }
        return invoice;
    }

    private LocalDate today() {
        return calendar.today();
    }
}
