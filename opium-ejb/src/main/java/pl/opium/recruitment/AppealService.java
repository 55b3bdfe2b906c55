package pl.opium.recruitment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.identity.AccessDeniedException;
import pl.opium.identity.AuditAction;
import pl.opium.identity.AuditLog;
import pl.opium.identity.Caller;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.persistence.Conflicts;
import pl.opium.workflow.Actor;
import pl.opium.workflow.StateChanged;
import pl.opium.workflow.WorkflowHistory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Art. 158: a parent whose candidate was not admitted to a unit asks its committee for a
 * justification within 7 days of the admitted lists; the committee gives it (the system drafts it
 * from the unit's lowest admitting priority and the candidate's); the parent appeals to the director
 * within 3 days of it; the director decides within 3 days — an upheld appeal admits the candidate.
 */
@Stateless
@RolesAllowed({Role.PARENT_ROLE, Role.INSTITUTION_DIRECTOR_ROLE})
public class AppealService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private AuditLog audit;

    @EJB
    private WorkflowHistory history;

    @RolesAllowed(Role.PARENT_ROLE)
    public Appeal requestJustification(long applicationId, long unitId) {
        RecruitmentApplication application = RecruitmentApplications.application(em, applicationId);
        requireParentOf(application);
        Unit unit = em.find(Unit.class, unitId);
        int wanted = application.getPreferences().indexOf(unit);
        if (wanted < 0) {
            throw new OpiumException("recruitment.appeal.notAPreference");
        }
        boolean refused = application.getStatus() == ApplicationStatus.NOT_ADMITTED
                || application.getStatus() == ApplicationStatus.ADMITTED
                && application.getPreferences().indexOf(application.getAdmittedUnit()) > wanted;
        if (!refused) {
            throw new OpiumException("recruitment.appeal.notRefused");
        }
        Schedule schedule = application.getCampaign().schedule();
        Instant now = Instant.now();
        LocalDate published = LocalDate.ofInstant(
                schedule.period(application.getRound(), Step.ADMITTED_LISTS).getOpensAt(), Schedule.ZONE);
        LocalDate by = AppealDeadlines.requestJustificationBy(published);
        if (!schedule.hasOpened(application.getRound(), Step.ADMITTED_LISTS, now)
                || LocalDate.ofInstant(now, Schedule.ZONE).isAfter(by)) {
            throw new OpiumException("recruitment.appeal.requestOutOfTime", published.toString(), by.toString());
        }
        Appeal appeal = new Appeal(application, unit, now);
        em.persist(appeal);
        Conflicts.flush(em);
        return appeal;
    }

    /** The justification the system drafts for the committee: the unit's lowest admitting priority and the candidate's. */
    @RolesAllowed(Role.INSTITUTION_DIRECTOR_ROLE)
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
        String lowest = admitted.stream().mapToLong(a -> priorities.key(a, unit)).min().stream()
                .mapToObj(priorities::describe).findFirst().orElse("nikt nie został przyjęty");
        return "Kandydat " + application.getFirstName() + " " + application.getLastName() + " nie został przyjęty do "
                + unit.getLabel() + ". Najniższa wartość kryteriów, która uprawniała do przyjęcia: " + lowest
                + ". Kandydat uzyskał: " + priorities.describe(priorities.key(application, unit))
                + ". Liczba miejsc w oddziale objętych rekrutacją: " + unit.placesForRecruitment() + ".";
    }

    @RolesAllowed(Role.INSTITUTION_DIRECTOR_ROLE)
    public Appeal justify(long appealId, long version, String text) {
        Appeal appeal = committeeAppeal(appealId, version);
        appeal.justify(text, currentUser.caller().getUsername(), Instant.now());
        Conflicts.flush(em);
        return appeal;
    }

    @RolesAllowed(Role.PARENT_ROLE)
    public Appeal appeal(long appealId, long version, String text) {
        Appeal appeal = em.find(Appeal.class, appealId);
        if (appeal == null) {
            throw new OpiumException("recruitment.noAppeal");
        }
        requireParentOf(appeal.getApplication());
        Conflicts.requireSeen(appeal, version);
        appeal.appeal(text, Instant.now());
        Conflicts.flush(em);
        return appeal;
    }

    /** The director's decision; an upheld appeal admits the candidate to the unit. */
    @RolesAllowed(Role.INSTITUTION_DIRECTOR_ROLE)
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
                    "odwołanie uwzględnione: " + appeal.getUnit().getLabel()));
        }
        Conflicts.flush(em);
        return appeal;
    }

    /** Appeals against the caller's institution's units, or the caller's own as a parent. */
    public List<Appeal> appeals(long campaignId) {
        boolean parent = session.isCallerInRole(Role.PARENT_ROLE);
        List<Appeal> appeals = em.createQuery("""
                        select p from Appeal p join fetch p.application join fetch p.unit
                        where p.application.campaign.id = :campaign order by p.requestedAt""", Appeal.class)
                .setParameter("campaign", campaignId)
                .getResultList();
        String name = session.getCallerPrincipal().getName();
        Long institution = parent ? null : currentUser.caller().getInstitutionId();
        return appeals.stream().filter(p -> parent ? p.getApplication().isOwnedBy(name)
                : p.getUnit().getInstitution().getId().equals(institution)).toList();
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

    private void requireParentOf(RecruitmentApplication application) {
        String name = session.getCallerPrincipal().getName();
        if (!application.isOwnedBy(name)) {
            audit.recordSecurityEvent(AuditAction.ACCESS_DENIED, name, "RecruitmentApplication " + application.getId(), null);
            throw new AccessDeniedException();
        }
    }
}
