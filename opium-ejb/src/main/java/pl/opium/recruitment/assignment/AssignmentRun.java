package pl.opium.recruitment.assignment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import pl.opium.persistence.Identified;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the assignment: when, by whom, over how many candidates, with what result, and the
 * digest of its inputs (the verified applications, their keys, the places and the committees'
 * decisions) — the same inputs give the same digest and the same result.
 */
@Entity
public class AssignmentRun extends Identified {

    @ManyToOne(fetch = FetchType.LAZY)
    private RecruitmentCampaign campaign;

    @Enumerated(EnumType.STRING)
    private Round round;

    @Column(name = "ran_at")
    private Instant ranAt;

    @Column(name = "ran_by")
    private String ranBy;

    private int candidates;

    private int placed;

    @Column(name = "final_result")
    private boolean finalResult;

    @Column(name = "input_digest")
    private String inputDigest;

    @ElementCollection
    @CollectionTable(name = "run_tie", joinColumns = @JoinColumn(name = "run_id"))
    @OrderColumn(name = "position")
    private List<RunTie> ties = new ArrayList<>();

    protected AssignmentRun() {
    }

    public AssignmentRun(RecruitmentCampaign campaign, Round round, String ranBy, int candidates, int placed,
                         String inputDigest, List<RunTie> ties) {
        this.campaign = campaign;
        this.round = round;
        this.ranAt = Instant.now();
        this.ranBy = ranBy;
        this.candidates = candidates;
        this.placed = placed;
        this.inputDigest = inputDigest;
        this.ties.addAll(ties);
        this.finalResult = ties.isEmpty();
    }

    public RecruitmentCampaign getCampaign() {
        return campaign;
    }

    public Round getRound() {
        return round;
    }

    public Instant getRanAt() {
        return ranAt;
    }

    public String getRanBy() {
        return ranBy;
    }

    public int getCandidates() {
        return candidates;
    }

    public int getPlaced() {
        return placed;
    }

    /** No tie left undecided: the result stands and has been given to the applications. */
    public boolean isFinalResult() {
        return finalResult;
    }

    public String getInputDigest() {
        return inputDigest;
    }

    public List<RunTie> getTies() {
        return ties;
    }
}
