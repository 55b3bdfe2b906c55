package pl.opium.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import pl.opium.persistence.Identified;

import java.time.Instant;
import java.time.LocalDate;

/** The record of a purge: when, by whom, how many applications lost their personal data, how many were kept. */
@Entity
public class RecruitmentPurge extends Identified {

    @ManyToOne(fetch = FetchType.LAZY)
    private RecruitmentCampaign campaign;

    @Column(name = "purged_at")
    private Instant purgedAt;

    @Column(name = "purged_by")
    private String purgedBy;

    private int applications;

    private int kept;

    @Column(name = "retention_ended")
    private LocalDate retentionEnded;

    protected RecruitmentPurge() {
    }

    public RecruitmentPurge(RecruitmentCampaign campaign, String purgedBy, int applications, int kept,
                            LocalDate retentionEnded) {
        this.campaign = campaign;
        this.purgedAt = Instant.now();
        this.purgedBy = purgedBy;
        this.applications = applications;
        this.kept = kept;
        this.retentionEnded = retentionEnded;
    }

    public Instant getPurgedAt() {
        return purgedAt;
    }

    public String getPurgedBy() {
        return purgedBy;
    }

    public int getApplications() {
        return applications;
    }

    public int getKept() {
        return kept;
    }

    public LocalDate getRetentionEnded() {
        return retentionEnded;
    }
}
