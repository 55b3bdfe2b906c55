package pl.opium.recruitment.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import pl.opium.OpiumException;
import pl.opium.persistence.Identified;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Unit;

import java.time.Instant;
import java.util.List;

/**
 * A recruitment committee's decision on a tie, with its justification: the order of the tied
 * candidates, or extra places for all of them. Every later run of the round applies it.
 */
@Entity
public class TieResolution extends Identified {

    @ManyToOne(fetch = FetchType.LAZY)
    private RecruitmentCampaign campaign;

    @Enumerated(EnumType.STRING)
    private Round round;

    @ManyToOne(fetch = FetchType.LAZY)
    private Unit unit;

    @Column(name = "priority_key")
    private long priorityKey;

    @Column(name = "application_ids")
    private String applicationIds;

    @Column(name = "extra_places")
    private int extraPlaces;

    private String justification;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected TieResolution() {
    }

    private TieResolution(RunTie tie, Unit unit, Round round, RecruitmentCampaign campaign, String justification,
                          String decidedBy) {
        if (justification == null || justification.isBlank()) {
            throw new OpiumException("recruitment.tie.justificationNeeded");
        }
        this.campaign = campaign;
        this.round = round;
        this.unit = unit;
        this.priorityKey = tie.getPriorityKey();
        this.justification = justification.trim();
        this.decidedBy = decidedBy;
        this.decidedAt = Instant.now();
    }

    /** The tied candidates in the committee's order, best first: all of them, each once. */
    public static TieResolution order(RunTie tie, Unit unit, Round round, RecruitmentCampaign campaign, List<Long> bestFirst,
                                      String justification, String decidedBy) {
        if (bestFirst.size() != tie.applications().size() || !bestFirst.containsAll(tie.applications())) {
            throw new OpiumException("recruitment.tie.orderAll");
        }
        TieResolution resolution = new TieResolution(tie, unit, round, campaign, justification, decidedBy);
        resolution.applicationIds = RunTie.ids(bestFirst);
        return resolution;
    }

    /** Places added to the unit so that the whole tied group fits. */
    public static TieResolution extraPlaces(RunTie tie, Unit unit, Round round, RecruitmentCampaign campaign, int places,
                                            String justification, String decidedBy) {
        if (places < 1) {
            throw new OpiumException("recruitment.tie.extraPlaces");
        }
        TieResolution resolution = new TieResolution(tie, unit, round, campaign, justification, decidedBy);
        resolution.extraPlaces = places;
        return resolution;
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

    public long getPriorityKey() {
        return priorityKey;
    }

    public List<Long> order() {
        return RunTie.ids(applicationIds);
    }

    public int getExtraPlaces() {
        return extraPlaces;
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
}
