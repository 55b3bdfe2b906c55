package pl.opium.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.recruitment.application.ApplicationStatus;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.application.VerificationService;
import pl.opium.recruitment.campaign.CampaignService.DeclarableCriterion;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first-choice institution verifies applications: the list of those whose first preference is
 * one of its units, and one application opened beside it — the candidate, the preferences, each
 * declared criterion confirmed or rejected with a reason, the documents, a request for more.
 */
@Named
@ViewScoped
public class VerificationView extends CampaignPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient VerificationService verification;

    private Map<String, String> criterionNames;
    private List<RecruitmentApplication> applications;
    private RecruitmentApplication selected;
    private List<String> siblings = List.of();
    private List<VerdictRow> verdicts;
    private String documentsWanted;
    private String reopenReason;

    /** Loads the campaign of {@code ?campaign=} and the applications to verify. */
    public void load() {
        if (!loadCampaign()) {
            return;
        }
        criterionNames = new HashMap<>();
        for (DeclarableCriterion criterion : campaigns().declarable(getCampaignId())) {
            criterionNames.put(criterion.code(), criterion.name());
        }
        applications = verification.toVerify(getCampaignId());
        if (selected != null) {
            open(selected.getId());
        }
    }

    /** Opens an application beside the list. */
    public void open(long applicationId) {
        Pages.call(() -> verification.application(applicationId)).ifPresent(application -> {
            selected = application;
            siblings = verification.siblingsOf(applicationId);
            verdicts = application.getDeclarations().stream()
                    .map(d -> new VerdictRow(d, criterionName(d.getCriterion())))
                    .sorted(Comparator.comparing(VerdictRow::getName)).toList();
            documentsWanted = application.getDocumentsRequested();
            reopenReason = null;
        });
    }

    public void verify() {
        Map<String, Boolean> confirmed = new HashMap<>();
        Map<String, String> reasons = new HashMap<>();
        for (VerdictRow row : verdicts) {
            // an undecided row is left out: the service names the criterion to decide
            if (row.getConfirmed() != null) {
                confirmed.put(row.getCode(), row.getConfirmed());
            }
            reasons.put(row.getCode(), row.getReason());
        }
        if (Pages.attempt(() -> verification.verify(selected.getId(), selected.getVersion(), confirmed, reasons))) {
            Feedback.info("recruitment.verification.done", selected.getFullName());
            load();
        }
    }

    public void requestDocuments() {
        if (Pages.attempt(() -> verification.requestDocuments(selected.getId(), selected.getVersion(), documentsWanted))) {
            Feedback.info("recruitment.verification.documentsRequested", selected.getFullName());
            load();
        }
    }

    public void reopen() {
        if (Pages.attempt(() -> verification.reopen(selected.getId(), selected.getVersion(), reopenReason))) {
            Feedback.info("recruitment.verification.reopened", selected.getFullName());
            load();
        }
    }

    public String criterionName(String code) {
        return criterionNames.getOrDefault(code, code);
    }

    public boolean isVerified() {
        return selected != null && selected.getStatus() == ApplicationStatus.VERIFIED;
    }

    public List<RecruitmentApplication> getApplications() {
        return applications;
    }

    /** The siblings the parent asked to be admitted together with the selected candidate. */
    public List<String> getSiblings() {
        return siblings;
    }

    public RecruitmentApplication getSelected() {
        return selected;
    }

    public List<VerdictRow> getVerdicts() {
        return verdicts;
    }

    public String getDocumentsWanted() {
        return documentsWanted;
    }

    public void setDocumentsWanted(String documentsWanted) {
        this.documentsWanted = documentsWanted;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}
