package pl.opium.recruitment.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.files.AttachmentService;
import pl.opium.files.FileRefusedException;
import pl.opium.identity.AuditAction;
import pl.opium.identity.AuditLog;
import pl.opium.identity.Role;
import pl.opium.persistence.Conflicts;
import pl.opium.recruitment.RecruitmentLookup;
import pl.opium.recruitment.appeal.Appeal;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Schedule;
import pl.opium.recruitment.campaign.Step;
import pl.opium.recruitment.campaign.Unit;
import pl.opium.recruitment.lists.RecruitmentDocuments;
import pl.opium.registry.Address;
import pl.opium.registry.AddressRegisterService;
import pl.opium.registry.District;
import pl.opium.workflow.Actor;
import pl.opium.workflow.StateChanged;
import pl.opium.workflow.WorkflowHistory;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parent's side: applications filed, changed, documented, submitted and withdrawn while
 * applications are open; the place confirmed while confirmation is open. A parent is whoever their
 * sign-in says (a local account or the city's identity broker); they see only their own applications.
 */
@Stateless
@RolesAllowed(Role.PARENT_ROLE)
public class PortalService {

    public static final String APPLICATION = "RecruitmentApplication";
    /** What a supporting document may be: a scan or a photograph of a paper, or a PDF. */
    static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
    /** Documents one application may carry: a certificate per criterion and a few more asked for. */
    static final int MAX_DOCUMENTS = 20;
    /** What an application's documents may weigh together: scans and photographs, not films. */
    static final long MAX_DOCUMENTS_BYTES = 50L * 1024 * 1024;
    private static final long MEGABYTE = 1024 * 1024;
    /** Quintuplets and a sibling: more children applying together than that is a mistake. */
    static final int MAX_SIBLINGS = 6;
    /** Applications (drafts included, withdrawn ones not) one parent account may hold in a campaign. */
    static final int MAX_APPLICATIONS = 10;
    /** Applications one parent account may start in an hour: a family files a few, a script many. */
    static final int MAX_STARTED_PER_HOUR = 10;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private WorkflowHistory history;

    @EJB
    private AuditLog audit;

    @EJB
    private AddressRegisterService addresses;

    @EJB
    private AttachmentService files;

    /** Starts an application in the round whose applications are open now. */
    public RecruitmentApplication create(long campaignId, ApplicationDraft draft) {
        RecruitmentCampaign campaign = RecruitmentLookup.campaign(em, campaignId);
        Instant now = Instant.now();
        Round round = campaign.schedule().requireOpenRound(Step.APPLICATIONS, now);
        requireRoomForAnother(campaign, now);
        RecruitmentApplication application = new RecruitmentApplication(campaign, round, parent());
        fill(application, draft);
        em.persist(application);
        Conflicts.flush(em);
        return application;
    }

    public RecruitmentApplication update(long id, long version, ApplicationDraft draft) {
        RecruitmentApplication application = ownForApplying(id, version);
        fill(application, draft);
        Conflicts.flush(em);
        return application;
    }

    /**
     * Adds a document to a declared criterion: while applications are open, or when the institution
     * asked for it. Whose application it is, when, which criterion, how many documents and how large
     * they are together are checked before the file is kept, and its type as it is stored: a refused
     * upload leaves nothing behind.
     */
    public RecruitmentApplication attach(long id, long version, String criterion, InputStream content, String fileName) {
        RecruitmentApplication application = own(id, version);
        Schedule schedule = application.getCampaign().schedule();
        Instant now = Instant.now();
        boolean asked = application.getDocumentsRequested() != null
                && schedule.isOpen(application.getRound(), Step.VERIFICATION, now);
        if (!asked) {
            schedule.require(application.getRound(), Step.APPLICATIONS, now);
        }
        if (application.declaration(criterion).isEmpty()) {
            throw new OpiumException("recruitment.application.documentWithoutDeclaration");
        }
        if (application.getDocuments().size() >= MAX_DOCUMENTS) {
            throw new OpiumException("recruitment.document.tooMany", MAX_DOCUMENTS);
        }
        long used = application.getDocuments().stream().mapToLong(document -> document.getFile().getSize()).sum();
        if (used >= MAX_DOCUMENTS_BYTES) {
            throw new OpiumException("recruitment.document.totalTooLarge", MAX_DOCUMENTS_BYTES / MEGABYTE);
        }
        Attachment file;
        try {
            file = files.store(content, fileName, MAX_DOCUMENTS_BYTES - used, DOCUMENT_TYPES);
        } catch (FileRefusedException refused) {
            switch (refused.getMessageKey()) {
                case "files.typeNotAccepted", "files.typeNotAllowed" ->
                        throw new OpiumException("recruitment.document.type", fileName);
                case "files.tooLarge" -> throw new OpiumException("recruitment.document.totalTooLarge",
                        MAX_DOCUMENTS_BYTES / MEGABYTE);
                default -> throw refused;
            }
        }
        application.attach(new SupportingDocument(criterion, file));
        Conflicts.flush(em);
        return application;
    }

    /**
     * Submits the application: only now does it hold the child's one application in the round. A
     * refusal says nothing of whether the PESEL has an application (the department sees it in the audit).
     */
    public RecruitmentApplication submit(long id, long version) {
        RecruitmentApplication application = ownForApplying(id, version);
        if (hasOtherLiveApplication(application) || admittedInMainRound(application)) {
            audit.recordSecurityEvent(AuditAction.RECRUITMENT_SUBMISSION_REFUSED, parent(),
                    "RecruitmentApplication " + id + ": the child already has an application in this recruitment", null);
            throw new OpiumException("recruitment.application.cannotSubmit");
        }
        return perform(application, ApplicationAction.SUBMIT);
    }

    /** The cap per account and campaign, and the pace at which one account may start applications. */
    private void requireRoomForAnother(RecruitmentCampaign campaign, Instant now) {
        long held = em.createQuery("""
                        select count(a) from RecruitmentApplication a where a.campaign = :campaign
                        and a.ownerLogin = :owner and a.status <> :withdrawn""", Long.class)
                .setParameter("campaign", campaign)
                .setParameter("owner", parent())
                .setParameter("withdrawn", ApplicationStatus.WITHDRAWN)
                .getSingleResult();
        if (held >= MAX_APPLICATIONS) {
            throw new OpiumException("recruitment.application.tooMany", MAX_APPLICATIONS);
        }
        long started = em.createQuery("""
                        select count(a) from RecruitmentApplication a
                        where a.ownerLogin = :owner and a.createdAt > :since""", Long.class)
                .setParameter("owner", parent())
                .setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        if (started >= MAX_STARTED_PER_HOUR) {
            audit.recordSecurityEvent(AuditAction.RECRUITMENT_SUBMISSION_REFUSED, parent(),
                    "more than " + MAX_STARTED_PER_HOUR + " applications started in an hour", null);
            throw new OpiumException("recruitment.application.tooFast");
        }
    }

    private boolean hasOtherLiveApplication(RecruitmentApplication application) {
        return em.createQuery("""
                        select count(a) from RecruitmentApplication a where a.campaign = :campaign and a.round = :round
                        and a.livePesel = :pesel and a <> :application""", Long.class)
                .setParameter("campaign", application.getCampaign())
                .setParameter("round", application.getRound())
                .setParameter("pesel", application.getPesel())
                .setParameter("application", application)
                .getSingleResult() > 0;
    }

    /** A child admitted in the main round does not apply in the supplementary one. */
    private boolean admittedInMainRound(RecruitmentApplication application) {
        return application.getRound() == Round.SUPPLEMENTARY && em.createQuery("""
                        select count(a) from RecruitmentApplication a where a.campaign = :campaign and a.round = :main
                        and a.pesel = :pesel and a.status = :admitted""", Long.class)
                .setParameter("campaign", application.getCampaign())
                .setParameter("main", Round.MAIN)
                .setParameter("pesel", application.getPesel())
                .setParameter("admitted", ApplicationStatus.ADMITTED)
                .getSingleResult() > 0;
    }

    /** Withdraws the application; possible until the admitted lists. */
    public RecruitmentApplication withdraw(long id, long version) {
        RecruitmentApplication application = own(id, version);
        if (application.getCampaign().schedule().hasOpened(application.getRound(), Step.ADMITTED_LISTS, Instant.now())) {
            throw new OpiumException("recruitment.application.tooLateToWithdraw");
        }
        return perform(application, ApplicationAction.WITHDRAW);
    }

    /** Gives up the place the child was admitted to; the place is free again for the others. */
    public RecruitmentApplication resign(long id, long version) {
        return perform(own(id, version), ApplicationAction.RESIGN);
    }

    /** Confirms the will to take the place the candidate qualified for, once the qualified lists are out. */
    public RecruitmentApplication confirm(long id, long version) {
        RecruitmentApplication application = own(id, version);
        application.getCampaign().schedule().require(application.getRound(), Step.CONFIRMATION, Instant.now());
        return perform(application, ApplicationAction.CONFIRM);
    }

    /**
     * Asks for the children of these applications — siblings, twins above all — to be placed together
     * where possible (the department may add a place for one of them where the others got in). While
     * applications are open; any earlier request for them is replaced.
     */
    public List<RecruitmentApplication> markSiblings(List<Long> applicationIds) {
        List<RecruitmentApplication> siblings = applicationIds.stream().distinct().map(id -> own(id, null)).toList();
        if (siblings.size() < 2 || siblings.size() > MAX_SIBLINGS) {
            throw new OpiumException("recruitment.siblings.count", MAX_SIBLINGS);
        }
        RecruitmentApplication first = siblings.get(0);
        for (RecruitmentApplication sibling : siblings) {
            if (!sibling.getCampaign().equals(first.getCampaign()) || sibling.getRound() != first.getRound()) {
                throw new OpiumException("recruitment.siblings.sameRecruitment");
            }
            if (sibling.getStatus() != ApplicationStatus.DRAFT && sibling.getStatus() != ApplicationStatus.SUBMITTED) {
                throw new OpiumException("recruitment.siblings.notLive", sibling.getFullName());
            }
        }
        first.getCampaign().schedule().require(first.getRound(), Step.APPLICATIONS, Instant.now());
        siblings.forEach(this::leaveSiblings);
        long group = siblings.stream().mapToLong(RecruitmentApplication::getId).min().orElseThrow();
        siblings.forEach(sibling -> sibling.joinSiblings(group));
        Conflicts.flush(em);
        return siblings;
    }

    /** Withdraws the request to place this child with their siblings (for the whole group, while applications are open). */
    public void separateSiblings(long applicationId) {
        RecruitmentApplication application = own(applicationId, null);
        application.getCampaign().schedule().require(application.getRound(), Step.APPLICATIONS, Instant.now());
        leaveSiblings(application);
        Conflicts.flush(em);
    }

    /** Ends the application's group: whoever would be left alone in it is no one's sibling any more. */
    private void leaveSiblings(RecruitmentApplication application) {
        if (application.getSiblingGroup() == null) {
            return;
        }
        em.createQuery("select a from RecruitmentApplication a where a.siblingGroup = :group", RecruitmentApplication.class)
                .setParameter("group", application.getSiblingGroup())
                .getResultList()
                .forEach(member -> member.joinSiblings(null));
    }

    public List<RecruitmentApplication> mine() {
        List<RecruitmentApplication> applications = em.createQuery("""
                        select a from RecruitmentApplication a join fetch a.campaign
                        where a.ownerLogin = :owner order by a.createdAt desc""", RecruitmentApplication.class)
                .setParameter("owner", parent())
                .getResultList();
        applications.forEach(RecruitmentLookup::loadForReading);
        return applications;
    }

    /** One of the parent's applications, with what the parent may know of its result now. */
    public ApplicationView application(long id) {
        RecruitmentApplication application = own(id, null);
        RecruitmentLookup.loadForReading(application);
        List<Appeal> appeals = em.createQuery("select p from Appeal p where p.application = :application order by p.requestedAt",
                        Appeal.class)
                .setParameter("application", application).getResultList();
        appeals.forEach(appeal -> appeal.getUnit().getLabel());
        return ApplicationView.of(application, appeals, Instant.now());
    }

    /** Asks the committee of a unit that did not admit the candidate for its justification (art. 158). */
    public Appeal requestJustification(long applicationId, long unitId) {
        RecruitmentApplication application = own(applicationId, null);
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null) {
            throw new OpiumException("recruitment.noUnit");
        }
        Appeal appeal = Appeal.requested(application, unit, Instant.now());
        em.persist(appeal);
        Conflicts.flush(em);
        return appeal;
    }

    /** Appeals to the director against the committee's justification, within 3 days of it. */
    public Appeal appeal(long appealId, long version, String text) {
        Appeal appeal = em.find(Appeal.class, appealId);
        if (appeal == null) {
            throw new OpiumException("recruitment.noAppeal");
        }
        own(appeal.getApplication().getId(), null);
        Conflicts.requireSeen(appeal, version);
        appeal.appeal(text, Instant.now());
        Conflicts.flush(em);
        return appeal;
    }

    /** The application as a PDF to keep or print. */
    public byte[] applicationPdf(long id) {
        RecruitmentApplication application = own(id, null);
        audit.recordRead(application, "application PDF");
        Priorities priorities = new Priorities(application.getCampaign());
        return RecruitmentDocuments.applicationPdf(application, priorities::criterionName);
    }

    private RecruitmentApplication perform(RecruitmentApplication application, ApplicationAction action) {
        Actor actor = new Actor(0, parent(), Set.of(Role.PARENT), null, null);
        ApplicationStatus left = application.perform(action, actor);
        Conflicts.flush(em);
        history.record(new StateChanged(APPLICATION, application.getId(), action.name(), left.name(),
                application.getStatus().name(), parent(), Instant.now(), null));
        return application;
    }

    private void fill(RecruitmentApplication application, ApplicationDraft draft) {
        List<Unit> units = new ArrayList<>();
        for (Long unitId : draft.preferences()) {
            Unit unit = em.find(Unit.class, unitId);
            if (unit == null) {
                throw new OpiumException("recruitment.noUnit");
            }
            units.add(unit);
        }
        District district = draft.districtId() == null ? null : em.find(District.class, draft.districtId());
        application.fill(draft, units, district);
        // where the candidate lives, from the city's register only: it decides the proposals of places
        Address address = application.getAddress();
        address.setLatitude(null);
        address.setLongitude(null);
        addresses.locate(address.getCity(), address.getStreet(), address.getBuildingNumber()).ifPresent(point -> {
            address.setLatitude(point.getLatitude());
            address.setLongitude(point.getLongitude());
        });
        if (application.getStatus() != ApplicationStatus.DRAFT && hasOtherLiveApplication(application)) {
            // a submitted application changed to a child who has another live application
            throw new OpiumException("recruitment.application.cannotSubmit");
        }
    }

    private RecruitmentApplication ownForApplying(long id, long version) {
        RecruitmentApplication application = own(id, version);
        application.getCampaign().schedule().require(application.getRound(), Step.APPLICATIONS, Instant.now());
        return application;
    }

    /** The application if it is the caller's; someone else's id is refused and recorded. */
    private RecruitmentApplication own(long id, Long version) {
        RecruitmentApplication application = RecruitmentLookup.application(em, id);
        if (!application.isOwnedBy(parent())) {
            audit.recordSecurityEvent(AuditAction.ACCESS_DENIED, parent(), "RecruitmentApplication " + id, null);
            throw new pl.opium.identity.AccessDeniedException();
        }
        if (version != null) {
            Conflicts.requireSeen(application, version);
        }
        return application;
    }

    /** Who owns what this caller files: the signed-in parent's name (a broker's sign-in overrides it). */
    protected String parent() {
        return session.getCallerPrincipal().getName();
    }
}
