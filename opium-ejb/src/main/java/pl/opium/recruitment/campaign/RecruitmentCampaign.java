package pl.opium.recruitment.campaign;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import pl.opium.OpiumException;
import pl.opium.persistence.BaseEntity;
import pl.opium.recruitment.criteria.MunicipalCriterion;
import pl.opium.recruitment.criteria.PreschoolCriteria;
import pl.opium.recruitment.criteria.SecondaryScale;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One recruitment: a level and a school year, its schedule, the municipal criteria the city council
 * set and how many preferences a parent may give.
 */
@Entity
public class RecruitmentCampaign extends BaseEntity {

    /** Art. 156 allows up to three institutions; cities often let parents list more units. */
    public static final int MOST_PREFERENCES = 20;

    private String name;

    @Enumerated(EnumType.STRING)
    private Level level;

    @Column(name = "school_year")
    private String schoolYear;

    @Column(name = "max_preferences")
    private int maxPreferences;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "secondary_scale")
    private String secondaryScale;

    @ElementCollection
    @CollectionTable(name = "campaign_stage", joinColumns = @JoinColumn(name = "campaign_id"))
    private List<StagePeriod> stages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "campaign_criterion", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    private List<CampaignCriterion> criteria = new ArrayList<>();

    protected RecruitmentCampaign() {
    }

    public RecruitmentCampaign(String name, Level level, String schoolYear, int maxPreferences,
                               List<MunicipalCriterion> criteria, List<StagePeriod> stages, String createdBy) {
        if (name == null || name.isBlank()) {
            throw new OpiumException("recruitment.campaign.nameNeeded");
        }
        if (schoolYear == null || !schoolYear.matches("(\\d{4})/(\\d{4})")
                || Integer.parseInt(schoolYear.substring(5)) != Integer.parseInt(schoolYear.substring(0, 4)) + 1) {
            throw new OpiumException("recruitment.campaign.schoolYear", schoolYear);
        }
        if (maxPreferences < 1 || maxPreferences > MOST_PREFERENCES) {
            throw new OpiumException("recruitment.campaign.preferences", MOST_PREFERENCES);
        }
        this.name = name.trim();
        this.level = level;
        this.schoolYear = schoolYear;
        this.maxPreferences = maxPreferences;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        setCriteria(criteria);
        reschedule(stages);
        if (level == Level.SECONDARY) {
            this.secondaryScale = ScaleJson.write(SecondaryScale.regulation());
        }
    }

    /** The points scale of a secondary campaign, as set up (the regulation's values by default). */
    public SecondaryScale secondaryScale() {
        return secondaryScale == null ? SecondaryScale.regulation() : ScaleJson.read(secondaryScale);
    }

    /** Replaces the schedule; the new one must hold together (see {@link Schedule}). */
    public void reschedule(List<StagePeriod> lines) {
        new Schedule(lines);
        stages.clear();
        stages.addAll(lines);
    }

    private void setCriteria(List<MunicipalCriterion> municipal) {
        try {
            new PreschoolCriteria(municipal);
        } catch (IllegalArgumentException e) {
            throw new OpiumException("recruitment.campaign.criteria", e.getMessage());
        }
        criteria.clear();
        municipal.forEach(criterion -> criteria.add(new CampaignCriterion(criterion)));
    }

    public Schedule schedule() {
        return new Schedule(stages);
    }

    public List<MunicipalCriterion> municipalCriteria() {
        return criteria.stream().map(CampaignCriterion::criterion).toList();
    }

    /** The first calendar year of the school year, e.g. 2027 for 2027/2028. */
    public int startYear() {
        return Integer.parseInt(schoolYear.substring(0, 4));
    }

    public String getName() {
        return name;
    }

    public Level getLevel() {
        return level;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public int getMaxPreferences() {
        return maxPreferences;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<StagePeriod> getStages() {
        return stages;
    }

    public List<CampaignCriterion> getCriteria() {
        return criteria;
    }
}
