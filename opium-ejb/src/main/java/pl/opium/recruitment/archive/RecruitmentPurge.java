package pl.opium.recruitment.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import pl.opium.persistence.Identified;
import pl.opium.recruitment.campaign.RecruitmentCampaign;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The record of a purge: when, by whom, how many applications lost their personal data, how many were
 * kept, and what else went with them: document files, steps of their histories, committees' and the
 * department's justifications (the decisions stay, their texts go), parents' local accounts.
 */
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

    @Column(name = "files_erased")
    private int filesErased;

    @Column(name = "history_redacted")
    private int historyRedacted;

    @Column(name = "justifications_redacted")
    private int justificationsRedacted;

    @Column(name = "accounts_removed")
    private int accountsRemoved;

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

    /** What went besides the applications' own data. */
    void erased(int files, int historySteps, int justifications, int accounts) {
        this.filesErased = files;
        this.historyRedacted = historySteps;
        this.justificationsRedacted = justifications;
        this.accountsRemoved = accounts;
    }

    public int getFilesErased() {
        return filesErased;
    }

    public int getHistoryRedacted() {
        return historyRedacted;
    }

    public int getJustificationsRedacted() {
        return justificationsRedacted;
    }

    public int getAccountsRemoved() {
        return accountsRemoved;
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
