package de.kreisunna.ikz.costing.costrun;

import de.kreisunna.ikz.platform.domain.Conflict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A cost run of one year: computed as a preview by a background job, then finalized (its inputs frozen as a
 * snapshot, so it recomputes identically), then invoiced.
 */
@Entity
@Table(name = "cost_run")
public class CostRun {

    /** The background computation. */
    public enum JobStatus { RUNNING, DONE, FAILED }

    /** The run's stage: PREVIEW has no effect on anything; FINALIZED is frozen; INVOICED has its invoices. */
    public enum Stage { PREVIEW, FINALIZED, INVOICED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "cost_year")
    int year;

    @Column(name = "edition_label")
    String editionLabel;

    /** As requested; null means: each cost clause's first pay grade. */
    @Column(name = "pay_grade")
    String payGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_status")
    JobStatus jobStatus;

    int progress;

    String error;

    @Enumerated(EnumType.STRING)
    Stage stage;

    /** The inputs ({@link CostInputs}) as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    String inputs;

    /** The result ({@link CostRunResult}) as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    String result;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "finished_at")
    Instant finishedAt;

    @Column(name = "finalized_at")
    Instant finalizedAt;

    @Column(name = "finalized_by")
    String finalizedBy;

    /** Why the run names a KGSt edition outside its validity; null when the edition is valid in the year. */
    @Column(name = "edition_override_reason")
    String editionOverrideReason;

    protected CostRun() {
    }

    CostRun(int year, String editionLabel, String payGrade, String editionOverrideReason, String createdBy, Instant now) {
        this.year = year;
        this.editionOverrideReason = editionOverrideReason;
        this.editionLabel = editionLabel;
        this.payGrade = payGrade;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.jobStatus = JobStatus.RUNNING;
        this.stage = Stage.PREVIEW;
    }

    void finalizeBy(String who, Instant now) {
        if (jobStatus != JobStatus.DONE) {
            throw new Conflict("cost run " + id + " is " + jobStatus + "; only a computed preview can be finalized");
        }
        if (stage != Stage.PREVIEW) {
            throw new Conflict("cost run " + id + " is " + stage + " already");
        }
        stage = Stage.FINALIZED;
        finalizedAt = now;
        finalizedBy = who;
    }

    /** Marks the run as invoiced; only a finalized run can be. */
    public void invoiced() {
        if (stage == Stage.PREVIEW) {
            throw new Conflict("cost run " + id + " is a preview; finalize it before invoices are made");
        }
        if (stage == Stage.INVOICED) {
            throw new Conflict("cost run " + id + " has its invoices already");
        }
        stage = Stage.INVOICED;
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String editionLabel() {
        return editionLabel;
    }

    public String payGrade() {
        return payGrade;
    }

    public JobStatus jobStatus() {
        return jobStatus;
    }

    public int progress() {
        return progress;
    }

    public String error() {
        return error;
    }

    public Stage stage() {
        return stage;
    }

    public String result() {
        return result;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Instant finalizedAt() {
        return finalizedAt;
    }

    public String finalizedBy() {
        return finalizedBy;
    }

    public String editionOverrideReason() {
        return editionOverrideReason;
    }
}
