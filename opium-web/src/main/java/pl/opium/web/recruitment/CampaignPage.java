package pl.opium.web.recruitment;

import jakarta.ejb.EJB;
import pl.opium.recruitment.campaign.CampaignService;
import pl.opium.recruitment.campaign.OfferService;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.web.Pages;

import java.io.Serializable;
import java.util.List;

/**
 * What every page about one campaign has: the campaign of {@code ?campaign=}, refused with 403 or
 * 404 like any record, and the round the page shows.
 */
abstract class CampaignPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient CampaignService campaigns;

    @EJB
    private transient OfferService offers;

    private long campaignId;
    private RecruitmentCampaign campaign;
    private Round round = Round.MAIN;

    /** Loads the campaign; false when the caller may not have it (the error page is already sent). */
    protected boolean loadCampaign() {
        campaign = Pages.loadOrRefuse(() -> campaigns.campaign(campaignId));
        return campaign != null;
    }

    protected CampaignService campaigns() {
        return campaigns;
    }

    protected OfferService offers() {
        return offers;
    }

    /** The rounds the campaign's schedule has. */
    public List<Round> getRounds() {
        return campaign.schedule().rounds();
    }

    public long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(long campaignId) {
        this.campaignId = campaignId;
    }

    public RecruitmentCampaign getCampaign() {
        return campaign;
    }

    public Round getRound() {
        return round;
    }

    public void setRound(Round round) {
        this.round = round;
    }
}
