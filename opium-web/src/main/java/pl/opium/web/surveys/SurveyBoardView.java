package pl.opium.web.surveys;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.surveys.MergeStatus;
import pl.opium.surveys.SurveyCopy;
import pl.opium.surveys.SurveyMerge;
import pl.opium.surveys.SurveyMergeRun;
import pl.opium.surveys.SurveyService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The survey part of a message's status board: each recipient's current copy and what differs in
 * it, the author's accept / reject, and merges (started here, followed with a progress bar, kept
 * for download).
 */
@Named
@ViewScoped
public class SurveyBoardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient SurveyService surveys;

    private Long id;
    private Map<Long, SurveyCopy> copies = Map.of();
    private List<SurveyMergeRun> runs = List.of();
    private SurveyMerge.Layout layout = SurveyMerge.Layout.STACKED;
    private Long runningId;
    private SurveyCopy selected;
    private String comment;

    /**
     * Loads the survey part of the board (nothing for a message that is not a survey). Runs after the
     * board's own loading, which has already answered a refusal.
     */
    public void load() {
        if (id == null || FacesContext.getCurrentInstance().getResponseComplete()) {
            return;
        }
        Pages.attempt(this::reload);
    }

    private void reload() {
        copies = surveys.currentCopies(id).stream()
                .collect(Collectors.toMap(copy -> copy.getDelivery().getId(), Function.identity()));
        runs = surveys.mergeRuns(id);
    }

    /** The colour of a copy's verdict on the board. */
    public String severity(long deliveryId) {
        SurveyCopy copy = copies.get(deliveryId);
        if (copy == null) {
            return null;
        }
        switch (copy.getVerdict()) {
            case MATCHES:
            case ACCEPTED:
                return "success";
            case DIFFERS:
                return "warning";
            default:
                return "danger";
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The current copy of a recipient's delivery, or null. */
    public SurveyCopy copyOf(long deliveryId) {
        return copies.get(deliveryId);
    }

    public void select(long deliveryId) {
        selected = copies.get(deliveryId);
        comment = null;
    }

    public void accept() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean accept) {
        if (Pages.attempt(() -> surveys.decide(id, selected.getId(), selected.getVersion(), accept, comment))) {
            Feedback.info(accept ? "surveys.accepted" : "surveys.rejected");
            reload();
            selected = null;
        }
    }

    public void merge() {
        Pages.call(() -> surveys.startMerge(id, layout)).ifPresent(run -> {
            runningId = run;
            Feedback.info("surveys.mergeStarted");
        });
    }

    /** Per cent done of the running merge, for the progress bar's polling. */
    public int getProgress() {
        if (runningId == null) {
            return 0;
        }
        SurveyMergeRun run = surveys.mergeRun(id, runningId);
        return run.getStatus() == MergeStatus.RUNNING ? surveys.progress(runningId) : 100;
    }

    /** The progress bar reached 100: the merge is over, one way or the other. */
    public void mergeFinished() {
        if (runningId != null) {
            SurveyMergeRun run = surveys.mergeRun(id, runningId);
            if (run.getStatus() == MergeStatus.DONE) {
                Feedback.info("surveys.mergeDone", run.getMergedCopies(), run.getMergedRows());
            } else {
                Feedback.error("surveys.mergeFailed");
            }
            runningId = null;
        }
        runs = surveys.mergeRuns(id);
    }

    public boolean isRunning() {
        return runningId != null;
    }

    public List<SurveyMerge.Layout> getLayouts() {
        return List.of(SurveyMerge.Layout.values());
    }

    public SurveyMerge.Layout getLayout() {
        return layout;
    }

    public void setLayout(SurveyMerge.Layout layout) {
        this.layout = layout;
    }

    public List<SurveyMergeRun> getRuns() {
        return runs;
    }

    public SurveyCopy getSelected() {
        return selected;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
