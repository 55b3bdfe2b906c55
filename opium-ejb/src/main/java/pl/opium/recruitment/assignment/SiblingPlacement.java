package pl.opium.recruitment.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import pl.opium.OpiumException;
import pl.opium.persistence.Identified;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Unit;

import java.time.Instant;

/**
 * The department's decision, with its justification, to add a place at a unit for a candidate so
 * that they learn with their siblings placed there. Every later run of the round applies it; a run
 * records whether the candidate took it (they may get a unit they listed higher).
 */
@Entity
public class SiblingPlacement extends Identified {

    private static final int JUSTIFICATION_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY)
    private RecruitmentCampaign campaign;

    @Enumerated(EnumType.STRING)
    private Round round;

    @ManyToOne(fetch = FetchType.LAZY)
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    private RecruitmentApplication application;

    private String justification;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** Whether the latest final run placed the candidate on this place. */
    private boolean used;

    protected SiblingPlacement() {
    }

    SiblingPlacement(RecruitmentApplication application, Unit unit, String justification, String decidedBy) {
        if (justification == null || justification.isBlank()) {
            throw new OpiumException("recruitment.siblings.justificationNeeded");
        }
        if (justification.length() > JUSTIFICATION_LENGTH) {
            throw new OpiumException("recruitment.siblings.justificationTooLong", JUSTIFICATION_LENGTH);
        }
        this.campaign = application.getCampaign();
        this.round = application.getRound();
        this.application = application;
        this.unit = unit;
        this.justification = justification.trim();
        this.decidedBy = decidedBy;
        this.decidedAt = Instant.now();
    }

    void used(boolean used) {
        this.used = used;
    }

    public RecruitmentCampaign getCampaign() {
        return campaign;
    }

    public Round getRound() {
        return round;
    }

    public Unit getUnit() {
        return unit;
    }

    public RecruitmentApplication getApplication() {
        return application;
    }

    public String getJustification() {
        return justification;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public boolean isUsed() {
        return used;
    }
}
