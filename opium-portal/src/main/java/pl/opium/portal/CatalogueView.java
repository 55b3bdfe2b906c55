package pl.opium.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import pl.opium.OpiumException;
import pl.opium.recruitment.campaign.CampaignService.CatalogueEntry;
import pl.opium.recruitment.campaign.CampaignService;
import pl.opium.recruitment.campaign.CatalogueFilter;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Schedule;
import pl.opium.recruitment.campaign.Step;
import pl.opium.web.Feedback;

import java.time.Instant;
import java.util.List;

/**
 * The public front page: the city's campaigns, and the offer of one of them with its free places,
 * narrowed by a plain GET form (words, district, free places only) that works without JavaScript.
 */
@Named
@RequestScoped
public class CatalogueView {

    @EJB(lookup = Ear.CAMPAIGNS)
    private CampaignService campaigns;

    private Long campaignId;
    private RecruitmentCampaign campaign;
    private List<CatalogueEntry> offer;
    private List<CatalogueEntry> entries;
    private String text;
    private String district;
    private boolean onlyFree;

    public List<RecruitmentCampaign> getCampaigns() {
        return campaigns.campaigns();
    }

    /** The campaign chosen by {@code ?c=}, or none when the id names nothing. */
    public RecruitmentCampaign getCampaign() {
        if (campaign == null && campaignId != null) {
            try {
                campaign = campaigns.campaign(campaignId);
            } catch (RuntimeException e) {
                OpiumException refusal = Feedback.refusalIn(e);
                if (refusal == null) {
                    throw e;
                }
                Feedback.refused(refusal);
                campaignId = null;
            }
        }
        return campaign;
    }

    /** The campaign's whole offer. */
    public List<CatalogueEntry> getOffer() {
        if (offer == null) {
            offer = getCampaign() == null ? List.of() : campaigns.catalogue(campaignId);
        }
        return offer;
    }

    /** The offer as the parent narrowed it ({@code ?q=&d=&free=}). */
    public List<CatalogueEntry> getEntries() {
        if (entries == null) {
            entries = new CatalogueFilter(text, district, onlyFree).apply(getOffer());
        }
        return entries;
    }

    /** The rows the page shows: at most {@link CatalogueFilter#MAX_SHOWN}, the rest found by narrowing the search. */
    public List<CatalogueEntry> getShown() {
        return CatalogueFilter.firstShown(getEntries());
    }

    public List<String> getDistricts() {
        return CatalogueFilter.districts(getOffer());
    }

    public boolean isFiltered() {
        return getEntries().size() != getOffer().size();
    }

    /** Whether a parent can file an application in the campaign now (either round). */
    public boolean applying(RecruitmentCampaign shown) {
        Schedule schedule = shown.schedule();
        Instant now = Instant.now();
        return schedule.roundOpenFor(Step.APPLICATIONS, now).isPresent();
    }

    /** "składanie wniosków: 01.03.2027 08:00 – 15.03.2027 15:00" for the main round. */
    public String applicationsPeriod(RecruitmentCampaign shown) {
        var period = shown.schedule().period(Round.MAIN, Step.APPLICATIONS);
        return Schedule.shown(period.getOpensAt()) + " – " + Schedule.shown(period.getClosesAt());
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public boolean isOnlyFree() {
        return onlyFree;
    }

    public void setOnlyFree(boolean onlyFree) {
        this.onlyFree = onlyFree;
    }
}
