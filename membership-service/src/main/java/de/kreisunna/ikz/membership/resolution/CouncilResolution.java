package de.kreisunna.ikz.membership.resolution;

import de.kreisunna.ikz.membership.municipality.Ags;
import de.kreisunna.ikz.platform.problem.Problem;
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
    ResolutionKind kind;

    @Enumerated(EnumType.STRING)
    Outcome outcome;

    String note;

    protected CouncilResolution() {
    }

    /**
     * A town decides in its Rat, the district in Kreistag or Kreisausschuss; the Bürgermeisterkonferenz has no
     * power to decide for a party, so it only recommends.
     */
    public CouncilResolution(String agreementId, Resolution resolution) {
        boolean district = Ags.isDistrict(resolution.ags());
        if (resolution.body() == Body.RAT && district) {
            throw Problem.badRequest("body", "a district (5-digit AGS) decides in KREISTAG or KREISAUSSCHUSS, not in a RAT");
        }
        if ((resolution.body() == Body.KREISTAG || resolution.body() == Body.KREISAUSSCHUSS) && !district) {
            throw Problem.badRequest("body", "a town (8-digit AGS) decides in its RAT, not in " + resolution.body());
        }
        if (resolution.body() == Body.BUERGERMEISTERKONFERENZ && resolution.kind() == ResolutionKind.DECISION) {
            throw Problem.badRequest("kind", "the BUERGERMEISTERKONFERENZ only recommends; it cannot decide for a party");
        }
        this.agreementId = agreementId;
        this.ags = resolution.ags();
        this.body = resolution.body();
        this.decidedOn = resolution.decidedOn();
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

    public ResolutionKind kind() {
        return kind;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String note() {
        return note;
    }

    /** Counts for concluding on {@code day}: an approving decision taken by then. */
    public boolean approvesConclusionOn(LocalDate day) {
        return kind == ResolutionKind.DECISION && outcome == Outcome.APPROVED && !decidedOn.isAfter(day);
    }
}
