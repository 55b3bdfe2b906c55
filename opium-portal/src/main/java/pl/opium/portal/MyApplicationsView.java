package pl.opium.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.opium.OpiumException;
import pl.opium.recruitment.ApplicationView;
import pl.opium.recruitment.PortalService;
import pl.opium.recruitment.RecruitmentApplication;
import pl.opium.web.Feedback;

import java.util.List;
import java.util.function.Function;

/**
 * The parent's applications with their status at this stage: what the candidate qualified for once
 * the lists are out, the confirmation of will when it is open, withdrawal, the PDF.
 */
@Named
@RequestScoped
public class MyApplicationsView {

    @Inject
    private Parents parents;

    private List<ApplicationView> applications;

    public List<ApplicationView> getApplications() {
        if (applications == null) {
            PortalService portal = parents.portal();
            applications = portal.mine().stream().map(a -> portal.application(a.getId())).toList();
        }
        return applications;
    }

    public String confirm(long id, long version) {
        return act(portal -> portal.confirm(id, version), "portal.application.confirmed");
    }

    public String withdraw(long id, long version) {
        return act(portal -> portal.withdraw(id, version), "portal.application.withdrawn");
    }

    private String act(Function<PortalService, RecruitmentApplication> action, String done) {
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
