package pl.opium.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.opium.OpiumException;
import pl.opium.recruitment.application.ApplicationStatus;
import pl.opium.recruitment.application.ApplicationView;
import pl.opium.recruitment.application.PortalService;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.campaign.Step;
import pl.opium.web.Feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parent's applications with their status at this stage: what the candidate qualified for once
 * the lists are out, the confirmation of will when it is open, withdrawal, the PDF; siblings marked
 * to be placed together.
 */
@Named
@RequestScoped
public class MyApplicationsView {

    @Inject
    private Parents parents;

    private List<ApplicationView> applications;

    private List<Long> siblings;

    /** The appeals' texts as typed, by appeal. */
    private final Map<Long, String> appealTexts = new HashMap<>();

    public List<ApplicationView> getApplications() {
        if (applications == null) {
            PortalService portal = parents.portal();
            applications = portal.mine().stream().map(a -> portal.application(a.getId())).toList();
        }
        return applications;
    }

    /** The parent's applications that may still be marked as siblings: not sent to verification yet. */
    public List<ApplicationView> getMarkable() {
        Instant now = Instant.now();
        return getApplications().stream().filter(v -> {
            RecruitmentApplication a = v.application();
            return (a.getStatus() == ApplicationStatus.DRAFT || a.getStatus() == ApplicationStatus.SUBMITTED)
                    && a.getCampaign().schedule().isOpen(a.getRound(), Step.APPLICATIONS, now);
        }).toList();
    }

    /** Whose application this one was marked together with, by name; empty if none. */
    public String siblingsOf(ApplicationView view) {
        Long group = view.application().getSiblingGroup();
        return group == null ? "" : getApplications().stream()
                .map(ApplicationView::application)
                .filter(a -> group.equals(a.getSiblingGroup()) && !a.equals(view.application()))
                .map(a -> a.getFirstName() + " " + a.getLastName())
                .collect(Collectors.joining(", "));
    }

    /** The applications ticked as siblings: first those already marked. */
    public List<Long> getSiblings() {
        if (siblings == null) {
            siblings = new ArrayList<>(getMarkable().stream().map(ApplicationView::application)
                    .filter(a -> a.getSiblingGroup() != null).map(RecruitmentApplication::getId).toList());
        }
        return siblings;
    }

    public void setSiblings(List<Long> siblings) {
        this.siblings = siblings;
    }

    public String markSiblings() {
        return act(portal -> portal.markSiblings(getSiblings()),
                "portal.siblings.marked");
    }

    public String separateSiblings(long id) {
        return act(portal -> {
            portal.separateSiblings(id);
            return null;
        }, "portal.siblings.separated");
    }

    public String confirm(long id, long version) {
        return act(portal -> portal.confirm(id, version), "portal.application.confirmed");
    }

    public String withdraw(long id, long version) {
        return act(portal -> portal.withdraw(id, version), "portal.application.withdrawn");
    }

    public String resign(long id, long version) {
        return act(portal -> portal.resign(id, version), "portal.application.resigned");
    }

    /** Asks the committee of a unit that did not admit the child why (the first step of an appeal). */
    public String requestJustification(long id, long unitId) {
        return act(portal -> portal.requestJustification(id, unitId), "portal.appeal.requested");
    }

    /** Appeals to the director against the committee's justification. */
    public String appeal(long appealId, long version) {
        return act(portal -> portal.appeal(appealId, version, appealTexts.get(appealId)), "portal.appeal.appealed");
    }

    public Map<Long, String> getAppealTexts() {
        return appealTexts;
    }

    private String act(Function<PortalService, ?> action, String done) {
        try {
            action.apply(parents.portal());
            Feedback.info(done);
        } catch (RuntimeException e) {
            OpiumException refusal = Feedback.refusalIn(e);
            if (refusal == null) {
                throw e;
            }
            Feedback.refused(refusal);
        }
        Feedback.keepForRedirect();
        return "/parent/applications.xhtml?faces-redirect=true";
    }
}
