package pl.opium.web.recruitment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.recruitment.campaign.CampaignService;
import pl.opium.recruitment.campaign.Level;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Schedule;
import pl.opium.recruitment.campaign.StagePeriod;
import pl.opium.recruitment.campaign.Step;
import pl.opium.recruitment.criteria.MunicipalCriterion;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The campaigns: every recruitment person sees them with the step they are in; the department
 * opens a new one with its level, school year, preferences, the city's criteria (up to six) and
 * the schedule, proposed from a start date and then adjusted step by step.
 */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Art. 131 ust. 4: the council sets at most six criteria. */
    static final int MOST_CRITERIA = 6;

    @EJB
    private transient CampaignService campaigns;

    private List<RecruitmentCampaign> list;

    private String name;
    private Level level = Level.PRESCHOOL;
    private String schoolYear;
    private int maxPreferences = 3;
    private LocalDate start;
    private List<CriterionRow> criteria;
    private List<StageRow> stages;

    @PostConstruct
    void init() {
        list = campaigns.campaigns();
        LocalDate today = LocalDate.now(Schedule.ZONE);
        int year = today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
        schoolYear = year + "/" + (year + 1);
        start = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        criteria = new ArrayList<>(IntStream.range(0, MOST_CRITERIA).mapToObj(i -> new CriterionRow()).toList());
        propose();
    }

    /** Lays the schedule out again from the start date. */
    public void propose() {
        stages = new ArrayList<>(Schedule.proposal(start).stream().map(StageRow::of).toList());
    }

    public String create() {
        List<MunicipalCriterion> municipal = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionRow row = criteria.get(i);
            if (row.isEmpty()) {
                continue;
            }
            if (row.getName() == null || row.getName().isBlank() || row.getPoints() == null
                    || row.getPoints() < 1 || row.getPoints() > 100) {
                Feedback.error("recruitment.campaign.criterionRow", i + 1);
                return null;
            }
            municipal.add(new MunicipalCriterion("k" + (i + 1), row.getName().trim(), row.getPoints(),
                    row.getDocument() == null ? "" : row.getDocument().trim()));
        }
        List<StagePeriod> schedule = stages.stream().map(StageRow::toPeriod).filter(Objects::nonNull).toList();
        return Pages.call(() -> campaigns.create(name, level, schoolYear, maxPreferences, municipal, schedule))
                .map(campaign -> {
                    Feedback.info("recruitment.campaign.created", campaign.getName());
                    Feedback.keepForRedirect();
                    return "/recruitment/campaign?faces-redirect=true&id=" + campaign.getId();
                }).orElse(null);
    }

    /** The step the campaign is in now, as the bundle names it, or none between steps. */
    public String currentStep(RecruitmentCampaign campaign) {
        Schedule schedule = campaign.schedule();
        Instant now = Instant.now();
        for (var round : pl.opium.recruitment.campaign.Round.values()) {
            for (Step step : Step.values()) {
                if (step != Step.QUALIFIED_LISTS && step != Step.ADMITTED_LISTS && schedule.isOpen(round, step, now)) {
                    return Feedback.text(Schedule.label(round, step));
                }
            }
        }
        return schedule.hasOpened(pl.opium.recruitment.campaign.Round.MAIN, Step.APPLICATIONS, now)
                ? Feedback.text("recruitment.campaign.between") : Feedback.text("recruitment.campaign.notStarted");
    }

    public List<Level> getLevels() {
        return List.of(Level.values());
    }

    public List<RecruitmentCampaign> getList() {
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(String schoolYear) {
        this.schoolYear = schoolYear;
    }

    public int getMaxPreferences() {
        return maxPreferences;
    }

    public void setMaxPreferences(int maxPreferences) {
        this.maxPreferences = maxPreferences;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public List<StageRow> getStages() {
        return stages;
    }
}
