package pl.opium.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.recruitment.appeal.Appeal;
import pl.opium.recruitment.appeal.AppealOutcome;
import pl.opium.recruitment.appeal.AppealService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.util.List;

/**
 * The director's appeals against the committee's decisions at the institution's units: each request
 * for a justification with its statutory deadline, the justification the system drafts (the
 * lowest admitting priority and the candidate's) for the committee to send, and the decision on an
 * appeal — an upheld one admits the child.
 */
@Named
@ViewScoped
public class AppealsView extends CampaignPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AppealService appeals;

    private List<Appeal> list;
    private Appeal selected;
    private String text;
    private AppealOutcome outcome;

    public void load() {
        if (!loadCampaign()) {
            return;
        }
        list = appeals.appeals(getCampaignId());
        if (selected != null) {
            selected = list.stream().filter(a -> a.getId().equals(selected.getId())).findFirst().orElse(null);
        }
    }

    /** Opens an appeal; one waiting for its justification gets the system's draft to edit. */
    public void open(Appeal appeal) {
        selected = appeal;
        outcome = null;
        text = appeal.getJustification() == null ? Pages.call(() -> appeals.draftJustification(appeal.getId())).orElse(null) : null;
    }

    public void justify() {
        if (Pages.attempt(() -> appeals.justify(selected.getId(), selected.getVersion(), text))) {
            Feedback.info("recruitment.appeals.justified", selected.getApplication().getFullName());
            text = null;
            load();
        }
    }

    public void decide() {
        if (outcome == null) {
            Feedback.error("recruitment.appeals.chooseOutcome");
            return;
        }
        if (Pages.attempt(() -> appeals.decide(selected.getId(), selected.getVersion(), outcome, text))) {
            Feedback.info("recruitment.appeals.decided", selected.getApplication().getFullName());
            text = null;
            load();
        }
    }

    public List<AppealOutcome> getOutcomes() {
        return List.of(AppealOutcome.values());
    }

    public List<Appeal> getList() {
        return list;
    }

    public Appeal getSelected() {
        return selected;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public AppealOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AppealOutcome outcome) {
        this.outcome = outcome;
    }
}
