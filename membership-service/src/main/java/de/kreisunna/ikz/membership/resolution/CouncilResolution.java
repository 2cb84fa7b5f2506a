package de.kreisunna.ikz.membership.resolution;

import de.kreisunna.ikz.membership.municipality.Ags;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A resolution of one party's body about an agreement, with its paper number (Drucksache / Vorlage, e.g.
 * 11/1532, 215/21). Where the papers do not tell a number, {@code paperNumber} says so ("unbekannt") and
 * {@code note} explains what is assumed.
 */
@Entity
@Table(name = "council_resolution")
public class CouncilResolution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "agreement_id", nullable = false)
    String agreementId;

    @Column(nullable = false)
    String ags;

    @Enumerated(EnumType.STRING)
    Body body;

    @Column(name = "decided_on", nullable = false)
    LocalDate decidedOn;

    @Column(name = "paper_number")
    String paperNumber;

    @Enumerated(EnumType.STRING)
    ResolutionSubject subject;

    /** The town whose accession an ACCESSION resolution approves; null otherwise. */
    @Column(name = "acceding_ags")
    String accedingAgs;

    @Enumerated(EnumType.STRING)
    ResolutionKind kind;

    @Enumerated(EnumType.STRING)
    Outcome outcome;

    String note;

    protected CouncilResolution() {
    }

    /**
     * A town decides in its Rat, the district in Kreistag or Kreisausschuss; the Bürgermeisterkonferenz has no
     * power to decide for a party, so it only recommends. A resolution cannot be dated after {@code today}; an
     * ACCESSION names the joining town, other subjects name none.
     */
    public CouncilResolution(String agreementId, Resolution resolution, LocalDate today) {
        if (resolution.decidedOn().isAfter(today)) {
            throw new InvalidInput("decidedOn", "must not be in the future (today is " + today + ")");
        }
        if (resolution.subject() == ResolutionSubject.ACCESSION && resolution.accedingAgs() == null) {
            throw new InvalidInput("accedingAgs", "an ACCESSION resolution must name the joining town");
        }
        if (resolution.subject() != ResolutionSubject.ACCESSION && resolution.accedingAgs() != null) {
            throw new InvalidInput("accedingAgs", "only an ACCESSION resolution names a joining town, not " + resolution.subject());
        }
        boolean district = Ags.isDistrict(resolution.ags());
        if (resolution.body() == Body.RAT && district) {
            throw new InvalidInput("body", "a district (5-digit AGS) decides in KREISTAG or KREISAUSSCHUSS, not in a RAT");
        }
        if ((resolution.body() == Body.KREISTAG || resolution.body() == Body.KREISAUSSCHUSS) && !district) {
            throw new InvalidInput("body", "a town (8-digit AGS) decides in its RAT, not in " + resolution.body());
        }
        if (resolution.body() == Body.BUERGERMEISTERKONFERENZ && resolution.kind() == ResolutionKind.DECISION) {
            throw new InvalidInput("kind", "the BUERGERMEISTERKONFERENZ only recommends; it cannot decide for a party");
        }
        this.agreementId = agreementId;
        this.ags = resolution.ags();
        this.body = resolution.body();
        this.decidedOn = resolution.decidedOn();
        this.subject = resolution.subject();
        this.accedingAgs = resolution.accedingAgs();
        this.paperNumber = resolution.paperNumber();
        this.kind = resolution.kind();
        this.outcome = resolution.outcome();
        this.note = resolution.note();
    }

    public Long id() {
        return id;
    }

    public String agreementId() {
        return agreementId;
    }

    public String ags() {
        return ags;
    }

    public Body body() {
        return body;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String paperNumber() {
        return paperNumber;
    }

    public ResolutionSubject subject() {
        return subject;
    }

    public String accedingAgs() {
        return accedingAgs;
    }

    public ResolutionKind kind() {
        return kind;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String note() {
        return note;
    }

    /** An approving decision (not a recommendation) taken on or before {@code day}, whatever its subject. */
    public boolean approvesBy(LocalDate day) {
        return kind == ResolutionKind.DECISION && outcome == Outcome.APPROVED && !decidedOn.isAfter(day);
    }

    /** Counts for concluding the agreement on {@code day}: an approving decision on the agreement taken by then. */
    public boolean approvesAgreementBy(LocalDate day) {
        return subject == ResolutionSubject.AGREEMENT && approvesBy(day);
    }

    /** Approves the accession of {@code ags} by {@code day}. */
    public boolean approvesAccessionBy(String ags, LocalDate day) {
        return subject == ResolutionSubject.ACCESSION && ags.equals(accedingAgs) && approvesBy(day);
    }

    /** Describes the subject for people: "the agreement", "the accession of 05978032", "the termination". */
    public String describeSubject() {
        return switch (subject) {
            case AGREEMENT -> "the agreement";
            case ACCESSION -> "the accession of " + accedingAgs;
            case TERMINATION -> "the termination";
        };
    }
}
