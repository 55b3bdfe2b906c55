package pl.opium.recruitment.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.identity.AuditLog;
import pl.opium.identity.Caller;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.persistence.Conflicts;
import pl.opium.recruitment.RecruitmentLookup;
import pl.opium.recruitment.campaign.Step;
import pl.opium.workflow.Actor;
import pl.opium.workflow.StateChanged;
import pl.opium.workflow.WorkflowHistory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The first-choice institution's work on applications while verification is open: it confirms or
 * rejects each declared criterion (a rejection with its reason), asks for documents, and may reopen
 * a verification to correct it.
 */
@Stateless
@RolesAllowed({Role.INSTITUTION_DIRECTOR_ROLE, Role.INSTITUTION_STAFF_ROLE})
public class VerificationService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private AuditLog audit;

    @EJB
    private WorkflowHistory history;

    /** The applications whose first preference is one of the caller's institution's units. */
    public List<RecruitmentApplication> toVerify(long campaignId) {
        List<RecruitmentApplication> applications = em.createQuery("""
                        select a from RecruitmentApplication a join a.preferences p
                        where index(p) = 0 and p.offer.institution.id = :institution and a.campaign.id = :campaign
                        and a.status in :statuses""", RecruitmentApplication.class)
                .setParameter("institution", currentUser.caller().getInstitutionId())
                .setParameter("campaign", campaignId)
                .setParameter("statuses", List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.VERIFIED))
                .getResultList();
        applications.forEach(RecruitmentLookup::loadForReading);
        return applications.stream().sorted(RecruitmentLookup.ALPHABETICAL).toList();
    }

    /** The verifying institution's view of one application, with its documents. */
    public RecruitmentApplication application(long id) {
        RecruitmentApplication application = firstChoice(id, null);
        RecruitmentLookup.loadForReading(application);
        return application;
    }

    /**
     * The siblings the parent asked to be admitted with this candidate, as the verifying institution
     * reads them: name and first choice.
     */
    public List<String> siblingsOf(long id) {
        RecruitmentApplication application = firstChoice(id, null);
        if (application.getSiblingGroup() == null) {
            return List.of();
        }
        return em.createQuery("""
                        select a from RecruitmentApplication a where a.siblingGroup = :group and a <> :application
                        and a.status <> :withdrawn order by a.lastName, a.firstName""", RecruitmentApplication.class)
                .setParameter("group", application.getSiblingGroup()).setParameter("application", application)
                .setParameter("withdrawn", ApplicationStatus.WITHDRAWN)
                .getResultStream()
                .map(a -> a.getFullName() + (a.getPreferences().isEmpty() ? "" : " (" + a.firstPreference().getLabel() + ")"))
                .toList();
    }

    /** The {@code n}-th document of an application the caller's institution verifies. */
    public Attachment document(long applicationId, int n) {
        RecruitmentApplication application = firstChoice(applicationId, null);
        List<SupportingDocument> documents = application.getDocuments();
        if (n < 0 || n >= documents.size()) {
            throw new OpiumException("recruitment.noDocument");
        }
        audit.recordRead(application, "document " + n + " (" + documents.get(n).getCriterion() + ")");
        return documents.get(n).getFile();
    }

    /**
     * Records the verdict on every declared criterion (criterion → confirmed, with reasons by
     * criterion; a rejection needs one) and marks the application verified.
     */
    public RecruitmentApplication verify(long id, long version, Map<String, Boolean> verdicts, Map<String, String> reasons) {
        RecruitmentApplication application = duringVerification(id, version);
        try {
            application.verify(verdicts, reasons, currentUser.caller().getUsername());
        } catch (OpiumException undecided) {
            // the application knows criteria by code; the verifier reads them by name
            throw new OpiumException(undecided.getMessageKey(),
                    new Priorities(application.getCampaign()).criterionName(String.valueOf(undecided.getArguments()[0])));
        }
        return perform(application, ApplicationAction.VERIFY, null);
    }

    /** Asks the parent for documents; the application waits, unverified, until they come. */
    public RecruitmentApplication requestDocuments(long id, long version, String what) {
        RecruitmentApplication application = duringVerification(id, version);
        if (application.getStatus() != ApplicationStatus.SUBMITTED) {
            throw new OpiumException("recruitment.verification.alreadyVerified");
        }
        application.requestDocuments(what);
        Conflicts.flush(em);
        return application;
    }

    public RecruitmentApplication reopen(long id, long version, String why) {
        return perform(duringVerification(id, version), ApplicationAction.REOPEN, why);
    }

    private RecruitmentApplication perform(RecruitmentApplication application, ApplicationAction action, String comment) {
        Caller caller = currentUser.caller();
        ApplicationStatus left = application.perform(action, Actor.of(caller));
        Conflicts.flush(em);
        history.record(new StateChanged(PortalService.APPLICATION, application.getId(), action.name(), left.name(),
                application.getStatus().name(), caller.getUsername(), Instant.now(), comment));
        return application;
    }

    private RecruitmentApplication duringVerification(long id, long version) {
        RecruitmentApplication application = firstChoice(id, version);
        application.getCampaign().schedule().require(application.getRound(), Step.VERIFICATION, Instant.now());
        return application;
    }

    private RecruitmentApplication firstChoice(long id, Long version) {
        Caller caller = currentUser.caller();
        RecruitmentApplication application = RecruitmentLookup.application(em, id);
        if (!application.firstPreference().getInstitution().getId().equals(caller.getInstitutionId())) {
            throw currentUser.refusal(caller, "RecruitmentApplication " + id);
        }
        if (version != null) {
            Conflicts.requireSeen(application, version);
        }
        return application;
    }
}
