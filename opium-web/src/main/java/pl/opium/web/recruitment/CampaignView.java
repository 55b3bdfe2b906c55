package pl.opium.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.opium.identity.Caller;
import pl.opium.recruitment.campaign.CampaignService;
import pl.opium.recruitment.campaign.Offer;
import pl.opium.recruitment.campaign.OfferAction;
import pl.opium.recruitment.campaign.OfferService;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.StagePeriod;
import pl.opium.recruitment.campaign.Unit;
import pl.opium.recruitment.campaign.UnitDraft;
import pl.opium.recruitment.campaign.UnitKind;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;
import pl.opium.web.SessionUser;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One campaign: its schedule (the department amends it), and its offer — an institution adds its
 * units and submits them, the department approves each institution's offer or returns it with a
 * comment.
 */
@Named
@ViewScoped
public class CampaignView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient CampaignService campaigns;

    @EJB
    private transient OfferService offerService;

    @Inject
    private SessionUser user;

    private long id;
    private RecruitmentCampaign campaign;
    private List<StageRow> stages;
    private Offer myOffer;
    private List<Offer> offers;
    private String comment;

    private String unitName;
    private UnitKind unitKind = UnitKind.GENERAL;
    private int unitPlaces = 25;
    private int unitContinuing;
    private String unitSubjects;

    /** Loads the campaign of {@code ?id=}; an unknown id is a 404. */
    public void load() {
        campaign = Pages.loadOrRefuse(() -> campaigns.campaign(id));
        if (campaign == null) {
            return;
        }
        stages = new ArrayList<>(campaign.getStages().stream().map(StageRow::of).toList());
        Caller caller = user.getCaller();
        if (caller.isRecruitmentOfficer()) {
            offers = offerService.offers(id);
        } else if (caller.isInstitutionUser()) {
            // an institution of another type has no offer in this campaign: the page says so
            myOffer = Pages.call(() -> offerService.myOffer(id)).orElse(null);
        }
    }

    public void reschedule() {
        List<StagePeriod> schedule = stages.stream().map(StageRow::toPeriod).filter(Objects::nonNull).toList();
        if (Pages.attempt(() -> campaigns.reschedule(id, campaign.getVersion(), schedule))) {
            Feedback.info("recruitment.campaign.rescheduled");
            load();
        }
    }

    public void addUnit() {
        UnitDraft draft = new UnitDraft(unitName, unitKind, unitPlaces, unitContinuing, unitSubjects);
        if (Pages.attempt(() -> offerService.addUnit(myOffer.getId(), myOffer.getVersion(), draft))) {
            Feedback.info("recruitment.unit.added", unitName);
            unitName = null;
            unitSubjects = null;
            load();
        }
    }

    public void removeUnit(Unit unit) {
        if (Pages.attempt(() -> offerService.removeUnit(unit.getId(), unit.getVersion()))) {
            Feedback.info("recruitment.unit.removed", unit.getName());
            load();
        }
    }

    /** The institution's director submits the offer. */
    public void submit() {
        act(myOffer, OfferAction.SUBMIT);
    }

    /** The department approves or returns an institution's offer (a return needs a comment). */
    public void act(Offer offer, OfferAction action) {
        if (Pages.attempt(() -> offerService.perform(offer.getId(), offer.getVersion(), action, comment))) {
            String done = switch (action) {
                case SUBMIT -> "recruitment.offer.done.SUBMIT";
                case APPROVE -> "recruitment.offer.done.APPROVE";
                case RETURN -> "recruitment.offer.done.RETURN";
            };
            Feedback.info(done, offer.getInstitution().getShortName());
            comment = null;
            load();
        }
    }

    public List<UnitKind> getUnitKinds() {
        return List.of(UnitKind.values());
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public RecruitmentCampaign getCampaign() {
        return campaign;
    }

    public List<StageRow> getStages() {
        return stages;
    }

    public Offer getMyOffer() {
        return myOffer;
    }

    public List<Offer> getOffers() {
        return offers;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public UnitKind getUnitKind() {
        return unitKind;
    }

    public void setUnitKind(UnitKind unitKind) {
        this.unitKind = unitKind;
    }

    public int getUnitPlaces() {
        return unitPlaces;
    }

    public void setUnitPlaces(int unitPlaces) {
        this.unitPlaces = unitPlaces;
    }

    public int getUnitContinuing() {
        return unitContinuing;
    }

    public void setUnitContinuing(int unitContinuing) {
        this.unitContinuing = unitContinuing;
    }

    public String getUnitSubjects() {
        return unitSubjects;
    }

    public void setUnitSubjects(String unitSubjects) {
        this.unitSubjects = unitSubjects;
    }
}
