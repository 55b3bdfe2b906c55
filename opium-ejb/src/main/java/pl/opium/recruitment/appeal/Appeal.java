package pl.opium.recruitment.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import pl.opium.OpiumException;
import pl.opium.persistence.BaseEntity;
import pl.opium.recruitment.application.ApplicationStatus;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.campaign.Schedule;
import pl.opium.recruitment.campaign.Step;
import pl.opium.recruitment.campaign.Unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A parent's way against a refusal at one unit (art. 158): the request for a justification, the
 * committee's justification, the appeal to the director and the director's decision, each within its
 * deadline ({@link AppealDeadlines}).
 */
@Entity
@Table(name = "recruitment_appeal")
public class Appeal extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    private RecruitmentApplication application;

    @ManyToOne(fetch = FetchType.LAZY)
    private Unit unit;

    @Column(name = "requested_at")
    private Instant requestedAt;

    private String justification;

    @Column(name = "justified_by")
    private String justifiedBy;

    @Column(name = "justified_at")
    private Instant justifiedAt;

    @Column(name = "appeal_text")
    private String appealText;

    @Column(name = "appealed_at")
    private Instant appealedAt;

    @Enumerated(EnumType.STRING)
    private AppealOutcome outcome;

    @Column(name = "outcome_reason")
    private String outcomeReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Appeal() {
    }

    public Appeal(RecruitmentApplication application, Unit unit, Instant requestedAt) {
        this.application = application;
        this.unit = unit;
        this.requestedAt = requestedAt;
    }

    /**
     * A parent's request for the committee's justification (art. 158): for a unit on the candidate's
     * list that did not admit them while one they preferred less did, or none did; within 7 days of
     * the admitted lists.
     */
    public static Appeal requested(RecruitmentApplication application, Unit unit, Instant now) {
        if (!refusedAt(application, unit)) {
            throw new OpiumException(application.getPreferences().contains(unit)
                    ? "recruitment.appeal.notRefused" : "recruitment.appeal.notAPreference");
        }
        Schedule schedule = application.getCampaign().schedule();
        LocalDate published = listsPublished(application);
        LocalDate by = AppealDeadlines.requestJustificationBy(published);
        if (!schedule.hasOpened(application.getRound(), Step.ADMITTED_LISTS, now)
                || LocalDate.ofInstant(now, Schedule.ZONE).isAfter(by)) {
            throw new OpiumException("recruitment.appeal.requestOutOfTime", published.toString(), by.toString());
        }
        return new Appeal(application, unit, now);
    }

    /** The units the parent may still ask a justification for now (none outside the 7 days). */
    public static List<Unit> requestable(RecruitmentApplication application, List<Appeal> made, Instant now) {
        Schedule schedule = application.getCampaign().schedule();
        if (!schedule.hasOpened(application.getRound(), Step.ADMITTED_LISTS, now) || LocalDate.ofInstant(now, Schedule.ZONE)
                .isAfter(AppealDeadlines.requestJustificationBy(listsPublished(application)))) {
            return List.of();
        }
        return application.getPreferences().stream().filter(unit -> refusedAt(application, unit))
                .filter(unit -> made.stream().noneMatch(appeal -> appeal.getUnit().equals(unit))).toList();
    }

    private static boolean refusedAt(RecruitmentApplication application, Unit unit) {
        int wanted = application.getPreferences().indexOf(unit);
        return wanted >= 0 && (application.getStatus() == ApplicationStatus.NOT_ADMITTED
                || application.getStatus() == ApplicationStatus.ADMITTED
                && application.getPreferences().indexOf(application.getAdmittedUnit()) > wanted);
    }

    private static LocalDate listsPublished(RecruitmentApplication application) {
        return LocalDate.ofInstant(application.getCampaign().schedule()
                .period(application.getRound(), Step.ADMITTED_LISTS).getOpensAt(), Schedule.ZONE);
    }

    public void justify(String text, String committee, Instant at) {
        if (justification != null) {
            throw new OpiumException("recruitment.appeal.alreadyJustified");
        }
        if (text == null || text.isBlank()) {
            throw new OpiumException("recruitment.appeal.justificationNeeded");
        }
        this.justification = text.trim();
        this.justifiedBy = committee;
        this.justifiedAt = at;
    }

    public void appeal(String text, Instant at) {
        if (justification == null) {
            throw new OpiumException("recruitment.appeal.notJustifiedYet");
        }
        if (appealedAt != null) {
            throw new OpiumException("recruitment.appeal.alreadyAppealed");
        }
        if (LocalDate.ofInstant(at, Schedule.ZONE).isAfter(appealBy())) {
            throw new OpiumException("recruitment.appeal.late", appealBy().toString());
        }
        if (text == null || text.isBlank()) {
            throw new OpiumException("recruitment.appeal.textNeeded");
        }
        this.appealText = text.trim();
        this.appealedAt = at;
    }

    public void decide(AppealOutcome decision, String reason, String director, Instant at) {
        if (appealedAt == null) {
            throw new OpiumException("recruitment.appeal.notAppealed");
        }
        if (outcome != null) {
            throw new OpiumException("recruitment.appeal.alreadyDecided");
        }
        if (reason == null || reason.isBlank()) {
            throw new OpiumException("recruitment.appeal.reasonNeeded");
        }
        this.outcome = decision;
        this.outcomeReason = reason.trim();
        this.decidedBy = director;
        this.decidedAt = at;
    }

    /** The texts go with the candidate's personal data; the dates and the outcome stay. */
    public void purge() {
        justification = justification == null ? null : RecruitmentApplication.PURGED;
        appealText = appealText == null ? null : RecruitmentApplication.PURGED;
        outcomeReason = outcomeReason == null ? null : RecruitmentApplication.PURGED;
    }

    private LocalDate justifiedDay() {
        return LocalDate.ofInstant(justifiedAt, Schedule.ZONE);
    }

    /** The day the committee must justify by. */
    public LocalDate justificationBy() {
        return AppealDeadlines.justificationBy(LocalDate.ofInstant(requestedAt, Schedule.ZONE));
    }

    /** The last day to appeal, once justified. */
    public LocalDate appealBy() {
        return justifiedAt == null ? null : AppealDeadlines.appealBy(justifiedDay());
    }

    /** The day the director must decide by, once appealed. */
    public LocalDate decisionBy() {
        return appealedAt == null ? null : AppealDeadlines.decisionBy(LocalDate.ofInstant(appealedAt, Schedule.ZONE));
    }

    public RecruitmentApplication getApplication() {
        return application;
    }

    public Unit getUnit() {
        return unit;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getJustification() {
        return justification;
    }

    public String getJustifiedBy() {
        return justifiedBy;
    }

    public Instant getJustifiedAt() {
        return justifiedAt;
    }

    public String getAppealText() {
        return appealText;
    }

    public Instant getAppealedAt() {
        return appealedAt;
    }

    public AppealOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
