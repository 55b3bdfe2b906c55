package pl.opium.recruitment.appeal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.Texts;
import pl.opium.identity.Caller;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.persistence.Conflicts;
import pl.opium.recruitment.application.ApplicationAction;
import pl.opium.recruitment.application.ApplicationStatus;
import pl.opium.recruitment.application.PortalService;
import pl.opium.recruitment.application.Priorities;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.assignment.Places;
import pl.opium.recruitment.campaign.Unit;
import pl.opium.workflow.Actor;
import pl.opium.workflow.StateChanged;
import pl.opium.workflow.WorkflowHistory;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Art. 158: a parent whose candidate was not admitted to a unit asks its committee for a
 * justification within 7 days of the admitted lists; the committee gives it (the system drafts it
 * from the unit's lowest admitting priority and the candidate's); the parent appeals to the director
 * within 3 days of it; the director decides within 3 days — an upheld appeal admits the candidate.
 * This is the director's side; the parent's (the request and the appeal) is {@link PortalService}'s.
 */
@Stateless
@RolesAllowed(Role.INSTITUTION_DIRECTOR_ROLE)
public class AppealService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private WorkflowHistory history;

    /** The justification the system drafts for the committee: the unit's lowest admitting priority and the candidate's. */
    public String draftJustification(long appealId) {
        Appeal appeal = committeeAppeal(appealId, null);
        Unit unit = appeal.getUnit();
        RecruitmentApplication application = appeal.getApplication();
        Priorities priorities = new Priorities(application.getCampaign());
        List<RecruitmentApplication> admitted = em.createQuery("""
                        select a from RecruitmentApplication a where a.admittedUnit = :unit and a.status = :admitted""",
                        RecruitmentApplication.class)
                .setParameter("unit", unit).setParameter("admitted", ApplicationStatus.ADMITTED)
                .getResultList();
        Set<Long> onSiblingPlaces = Places.onSiblingPlaces(em, unit);
        String lowest = admitted.stream().filter(a -> !onSiblingPlaces.contains(a.getId()))
                .mapToLong(a -> priorities.key(a, unit)).min().stream()
                .mapToObj(priorities::describe).findFirst().orElse(Texts.get("appeal.nobodyAdmitted"));
        return Texts.get("appeal.justification", application.getFirstName() + " " + application.getLastName(),
                unit.getLabel(), lowest, priorities.describe(priorities.key(application, unit)),
                String.valueOf(unit.placesForRecruitment()));
    }

    public Appeal justify(long appealId, long version, String text) {
        Appeal appeal = committeeAppeal(appealId, version);
        appeal.justify(text, currentUser.caller().getUsername(), Instant.now());
        Conflicts.flush(em);
        return appeal;
    }

    /** The director's decision; an upheld appeal admits the candidate to the unit. */
    public Appeal decide(long appealId, long version, AppealOutcome outcome, String reason) {
        Appeal appeal = committeeAppeal(appealId, version);
        Caller caller = currentUser.caller();
        appeal.decide(outcome, reason, caller.getUsername(), Instant.now());
        if (outcome == AppealOutcome.UPHELD) {
            RecruitmentApplication application = appeal.getApplication();
            ApplicationStatus left = application.getStatus();
            if (left == ApplicationStatus.NOT_ADMITTED) {
                application.place(appeal.getUnit(), Actor.of(caller));
            } else {
                application.moveTo(appeal.getUnit());
            }
            history.record(new StateChanged(PortalService.APPLICATION, application.getId(), ApplicationAction.PLACE.name(),
                    left.name(), application.getStatus().name(), caller.getUsername(), Instant.now(),
                    Texts.get("appeal.upheld", appeal.getUnit().getLabel())));
        }
        Conflicts.flush(em);
        return appeal;
    }

    /** Appeals against the caller's institution's units. */
    public List<Appeal> appeals(long campaignId) {
        List<Appeal> appeals = em.createQuery("""
                        select p from Appeal p join fetch p.application join fetch p.unit
                        where p.application.campaign.id = :campaign order by p.requestedAt""", Appeal.class)
                .setParameter("campaign", campaignId)
                .getResultList();
        Long institution = currentUser.caller().getInstitutionId();
        return appeals.stream().filter(p -> p.getUnit().getInstitution().getId().equals(institution)).toList();
    }

    private Appeal committeeAppeal(long appealId, Long version) {
        Appeal appeal = em.find(Appeal.class, appealId);
        if (appeal == null) {
            throw new OpiumException("recruitment.noAppeal");
        }
        Caller caller = currentUser.caller();
        if (!appeal.getUnit().getInstitution().getId().equals(caller.getInstitutionId())) {
            throw currentUser.refusal(caller, "Appeal " + appealId);
        }
        if (version != null) {
            Conflicts.requireSeen(appeal, version);
        }
        return appeal;
    }
}
