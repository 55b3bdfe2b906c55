package pl.opium.web.recruitment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.opium.identity.Caller;
import pl.opium.identity.Role;
import pl.opium.recruitment.assignment.AssignmentRun;
import pl.opium.recruitment.assignment.AssignmentService;
import pl.opium.recruitment.assignment.SiblingPlacement;
import pl.opium.recruitment.assignment.SiblingService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;
import pl.opium.web.SessionUser;

import java.util.List;

/**
 * The assignment of a round: the department runs it, sees each run with the ties it reported and
 * closes the round after confirmation; the committee of the institution whose unit has a tie at its
 * cut-off decides the order with a justification (or the department adds places), and the
 * department runs again. Siblings the run placed apart though their parent asked for them to be
 * together may be brought together by the department's extra place. Both download the lists to post; the director, the committee's protocol.
 */
@Named
@ViewScoped
public class AssignmentView extends CampaignPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AssignmentService assignment;

    @EJB
    private transient SiblingService siblingService;

    @Inject
    private SessionUser user;

    private List<AssignmentRun> runs;
    private List<TieDecisionForm> ties;
    private List<SiblingRow> siblings = List.of();
    private List<SiblingPlacement> siblingPlacements = List.of();

    /** Loads the campaign of {@code ?campaign=} and the round's runs and open ties. */
    public void load() {
        if (!loadCampaign()) {
            return;
        }
        Caller caller = user.getCaller();
        if (caller.isRecruitmentOfficer()) {
            runs = assignment.runs(getCampaignId(), getRound());
            ties = assignment.ties(getCampaignId(), getRound()).stream().map(TieDecisionForm::new).toList();
            siblings = SiblingRow.of(siblingService.apart(getCampaignId(), getRound()));
            siblingPlacements = siblingService.placements(getCampaignId(), getRound());
        } else {
            runs = List.of();
            ties = caller.hasRole(Role.INSTITUTION_DIRECTOR)
                    ? assignment.myTies(getCampaignId(), getRound()).stream().map(TieDecisionForm::new).toList() : List.of();
        }
    }

    public void run() {
        Pages.call(() -> assignment.run(getCampaignId(), getRound())).ifPresent(run -> {
            Feedback.info(run.isFinalResult() ? "recruitment.run.final" : "recruitment.run.ties",
                    run.getCandidates(), run.getPlaced(), run.getTies().size());
            load();
        });
    }

    /** The committee's order of a tie. */
    public void order(TieDecisionForm row) {
        List<Long> bestFirst = row.bestFirst();
        if (bestFirst == null) {
            Feedback.error("recruitment.tie.orderAll");
            return;
        }
        if (Pages.attempt(() -> assignment.orderTie(row.getTie().run(), row.getTie().index(), bestFirst, row.getJustification()))) {
            Feedback.info("recruitment.tie.decided", row.getTie().unit());
            load();
        }
    }

    /** The department's extra places for a tie. */
    public void addPlaces(TieDecisionForm row) {
        if (Pages.attempt(() -> assignment.addPlaces(row.getTie().run(), row.getTie().index(), row.getExtraPlaces(),
                row.getJustification()))) {
            Feedback.info("recruitment.tie.decided", row.getTie().unit());
            load();
        }
    }

    /** The department's extra places that bring siblings together; the next run applies them. */
    public void placeSiblings(SiblingRow row) {
        if (Pages.attempt(() -> siblingService.place(getCampaignId(), getRound(), row.getOption().unit(),
                row.getOption().joiners(), row.getJustification()))) {
            Feedback.info("recruitment.siblings.placed", row.getOption().unitLabel(), row.getOption().joinerNames());
            load();
        }
    }

    public void revokeSiblingPlacement(SiblingPlacement placement) {
        if (Pages.attempt(() -> siblingService.revoke(placement.getId()))) {
            Feedback.info("recruitment.siblings.revoked", placement.getApplication().getFullName());
            load();
        }
    }

    public void closeRound() {
        Pages.call(() -> assignment.closeRound(getCampaignId(), getRound())).ifPresent(admitted -> {
            Feedback.info("recruitment.close.done", admitted);
            load();
        });
    }

    public List<AssignmentRun> getRuns() {
        return runs;
    }

    public List<TieDecisionForm> getTies() {
        return ties;
    }

    public List<SiblingRow> getSiblings() {
        return siblings;
    }

    public List<SiblingPlacement> getSiblingPlacements() {
        return siblingPlacements;
    }
}
