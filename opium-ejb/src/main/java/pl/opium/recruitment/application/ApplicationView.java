package pl.opium.recruitment.application;

import pl.opium.recruitment.appeal.Appeal;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Schedule;
import pl.opium.recruitment.campaign.Step;
import pl.opium.recruitment.campaign.Unit;

import java.time.Instant;
import java.util.List;

/**
 * An application as its parent sees it at a moment: the qualification only once the qualified lists
 * are out, the admission once the admitted lists are.
 *
 * @param qualifiedFor the unit the candidate qualified for, once published (null: none or not yet)
 * @param mayConfirm   whether the parent can confirm the will now
 * @param appeals      the parent's requests for justification and appeals, with what became of them
 * @param requestable  the units the parent may still ask a justification of now
 */
public record ApplicationView(RecruitmentApplication application, boolean qualifiedListsOut, String qualifiedFor,
                              boolean mayConfirm, boolean admittedListsOut, String admittedTo, List<String> preferences,
                              List<Appeal> appeals, List<Unit> requestable) {

    static ApplicationView of(RecruitmentApplication application, List<Appeal> appeals, Instant now) {
        Schedule schedule = application.getCampaign().schedule();
        Round round = application.getRound();
        boolean qualifiedOut = schedule.hasOpened(round, Step.QUALIFIED_LISTS, now);
        boolean admittedOut = schedule.hasOpened(round, Step.ADMITTED_LISTS, now);
        Unit qualified = qualifiedOut ? application.getQualifiedUnit() : null;
        // a place given up is no admission to show
        Unit admitted = application.getStatus() == ApplicationStatus.ADMITTED ? application.getAdmittedUnit() : null;
        return new ApplicationView(application, qualifiedOut, qualified == null ? null : qualified.getLabel(),
                qualified != null && application.getStatus() == ApplicationStatus.VERIFIED
                        && schedule.isOpen(round, Step.CONFIRMATION, now),
                admittedOut, admitted == null ? null : admitted.getLabel(),
                application.getPreferences().stream().map(Unit::getLabel).toList(),
                appeals, Appeal.requestable(application, appeals, now));
    }

    public RecruitmentApplication getApplication() {
        return application;
    }

    public boolean isQualifiedListsOut() {
        return qualifiedListsOut;
    }

    public String getQualifiedFor() {
        return qualifiedFor;
    }

    public boolean isMayConfirm() {
        return mayConfirm;
    }

    public boolean isAdmittedListsOut() {
        return admittedListsOut;
    }

    public String getAdmittedTo() {
        return admittedTo;
    }

    public List<String> getPreferences() {
        return preferences;
    }

    public List<Appeal> getAppeals() {
        return appeals;
    }

    public List<Unit> getRequestable() {
        return requestable;
    }
}
