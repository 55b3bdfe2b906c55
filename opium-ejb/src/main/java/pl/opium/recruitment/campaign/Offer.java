package pl.opium.recruitment.campaign;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import pl.opium.OpiumException;
import pl.opium.persistence.BaseEntity;
import pl.opium.registry.Institution;
import pl.opium.workflow.Actor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one institution offers in a campaign: its units and their places. The institution prepares
 * it and submits it; the department approves it (then it is public) or returns it with a comment.
 */
@Entity
@Table(name = "recruitment_offer")
public class Offer extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    private RecruitmentCampaign campaign;

    @ManyToOne(fetch = FetchType.LAZY)
    private Institution institution;

    @Enumerated(EnumType.STRING)
    private OfferStatus status = OfferStatus.DRAFT;

    @OneToMany(mappedBy = "offer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Unit> units = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "recruitment_committee_member", joinColumns = @JoinColumn(name = "offer_id"))
    @OrderColumn(name = "position")
    private List<CommitteeMember> committee = new ArrayList<>();

    protected Offer() {
    }

    public Offer(RecruitmentCampaign campaign, Institution institution) {
        if (!campaign.getLevel().isOfferedBy(institution.getType())) {
            throw new OpiumException("recruitment.offer.wrongLevel");
        }
        this.campaign = campaign;
        this.institution = institution;
    }

    /** Units change only while the institution holds the offer (a draft or returned). */
    public boolean isEditable() {
        return status == OfferStatus.DRAFT || status == OfferStatus.RETURNED;
    }

    public Unit add(String name, UnitKind kind, int places, int continuing, String subjects) {
        requireEditable();
        Unit unit = new Unit(this, name, kind, places, continuing, subjects);
        units.add(unit);
        return unit;
    }

    public void remove(Unit unit) {
        requireEditable();
        units.remove(unit);
    }

    /**
     * Appoints the committee, chair first on the protocol. It may change at any stage (a member
     * falls ill), unlike the units; the offer's version guards two people saving at once.
     */
    public void appointCommittee(List<CommitteeMember> members) {
        CommitteeMember.requireCommittee(members);
        committee.clear();
        members.stream().filter(CommitteeMember::isChair).forEach(committee::add);
        members.stream().filter(member -> !member.isChair()).forEach(committee::add);
    }

    void requireEditable() {
        if (!isEditable()) {
            throw new OpiumException("recruitment.offer.notEditable");
        }
    }

    /** Moves the offer on; returns the state it left. */
    public OfferStatus perform(OfferAction action, Actor actor) {
        if (action == OfferAction.SUBMIT && units.isEmpty()) {
            throw new OpiumException("recruitment.offer.noUnits");
        }
        OfferStatus left = status;
        status = OfferApproval.WORKFLOW.apply(status, action, this, actor).to();
        return left;
    }

    public RecruitmentCampaign getCampaign() {
        return campaign;
    }

    public Institution getInstitution() {
        return institution;
    }

    public long institutionId() {
        return institution.getId();
    }

    public OfferStatus getStatus() {
        return status;
    }

    public List<Unit> getUnits() {
        return units;
    }

    /** The committee, its chair first; empty until the director appoints it. */
    public List<CommitteeMember> getCommittee() {
        return Collections.unmodifiableList(committee);
    }
}
