package pl.opium.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.archive.ArchiveService;
import pl.opium.recruitment.archive.RecruitmentPurge;
import pl.opium.recruitment.assignment.AssignmentService;
import pl.opium.recruitment.campaign.Offer;
import pl.opium.recruitment.supervision.DistrictDemand;
import pl.opium.recruitment.supervision.SupervisionService.Demand;
import pl.opium.recruitment.supervision.SupervisionService.StatusCount;
import pl.opium.recruitment.supervision.SupervisionService.Unplaced;
import pl.opium.recruitment.supervision.SupervisionService;
import pl.opium.web.Chart;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The department's supervision of a campaign: applications per stage, demand against places per
 * unit and per district (a chart), and the children admitted nowhere, each with the nearest free
 * place of the right kind proposed, which an officer confirms; and the archive: each institution's
 * applications as a ZIP for external media, and the purge after the year of retention, which the
 * officer may hold single applications back from (a pending court case), with the reason recorded.
 */
@Named
@ViewScoped
public class SupervisionView extends CampaignPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient SupervisionService supervision;

    @EJB
    private transient AssignmentService assignment;

    @EJB
    private transient ArchiveService archive;

    private List<StatusCount> statuses;
    private List<Demand> demand;
    private List<Unplaced> unplaced;
    private List<Offer> offers;
    private String search;
    private List<RecruitmentApplication> found = List.of();
    /** What the officer typed as the reason, per application found. */
    private final Map<Long, String> reasons = new HashMap<>();
    private List<RecruitmentApplication> retained;
    private List<RecruitmentPurge> purges;

    /** Loads the campaign of {@code ?campaign=} and its figures. */
    public void load() {
        if (!loadCampaign()) {
            return;
        }
        statuses = supervision.applicationsByStatus(getCampaignId());
        demand = supervision.demand(getCampaignId(), getRound()).stream()
                .sorted(Comparator.comparingDouble(Demand::getPressure).reversed()).toList();
        unplaced = supervision.unplaced(getCampaignId());
        offers = offers().offers(getCampaignId());
        retained = archive.retained(getCampaignId());
        purges = archive.purges(getCampaignId());
    }

    /** Finds the applications a purge would take, by number or surname, to hold one back. */
    public void find() {
        findAgain();
        if (found.isEmpty()) {
            Feedback.info("recruitment.retain.nothingFound");
        }
    }

    /** The search's results after a change, without a word when none are left. */
    private void findAgain() {
        found = archive.purgeable(getCampaignId(), search);
        reasons.keySet().retainAll(found.stream().map(RecruitmentApplication::getId).toList());
    }

    /** Holds the application back from the purge for the reason typed in its row. */
    public void retain(RecruitmentApplication application) {
        if (Pages.attempt(() -> archive.retain(application.getId(), application.getVersion(), reasons.get(application.getId())))) {
            Feedback.info("recruitment.retain.done", application.getLastName() + " " + application.getFirstName());
            reasons.remove(application.getId());
            findAgain();
            load();
        }
    }

    /** Lets a held-back application go with the next purge. */
    public void release(RecruitmentApplication application) {
        if (Pages.attempt(() -> archive.release(application.getId(), application.getVersion()))) {
            Feedback.info("recruitment.retain.released", application.getLastName() + " " + application.getFirstName());
            load();
        }
    }

    /** Places a child where the proposal says. */
    public void place(Unplaced child) {
        if (Pages.attempt(() -> assignment.place(child.application(), child.version(), child.unitId()))) {
            Feedback.info("recruitment.supervision.placed", child.candidate(), child.unit());
            load();
        }
    }

    /** Purges the personal data of candidates not admitted, once the year of retention is over. */
    public void purge() {
        Pages.call(() -> archive.purge(getCampaignId())).ifPresent(record -> {
            Feedback.info("recruitment.purge.done", record.getApplications(), record.getKept());
            found = List.of();
            load();
        });
    }

    /** The day after which the data of candidates not admitted may be purged. */
    public LocalDate getRetentionEnds() {
        return ArchiveService.retentionEnds(getCampaign());
    }

    /** Places and first choices per district. */
    public Chart getDistrictChart() {
        List<DistrictDemand> districts = DistrictDemand.of(demand);
        return Chart.bars(Feedback.text("recruitment.supervision.demand"), districts.stream()
                        .map(d -> d.district() == null ? Feedback.text("recruitment.supervision.noDistrict") : d.district())
                        .toList(),
                List.of(new Chart.Series(Feedback.text("recruitment.supervision.places"),
                                districts.stream().map(DistrictDemand::places).toList(), "#1565c0"),
                        new Chart.Series(Feedback.text("recruitment.supervision.firstChoice"),
                                districts.stream().map(DistrictDemand::firstChoice).toList(), "#f9a825")),
                false, 260);
    }

    public List<StatusCount> getStatuses() {
        return statuses;
    }

    public List<Demand> getDemand() {
        return demand;
    }

    public List<Unplaced> getUnplaced() {
        return unplaced;
    }

    public List<Offer> getOffers() {
        return offers;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<RecruitmentApplication> getFound() {
        return found;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public List<RecruitmentApplication> getRetained() {
        return retained;
    }

    public List<RecruitmentPurge> getPurges() {
        return purges;
    }
}
