package pl.opium.recruitment.archive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.io.output.CloseShieldOutputStream;
import pl.opium.OpiumException;
import pl.opium.files.AttachmentService;
import pl.opium.files.StoredFiles;
import pl.opium.identity.AccountService;
import pl.opium.identity.AuditAction;
import pl.opium.identity.AuditLog;
import pl.opium.identity.Caller;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.ParentAccountService;
import pl.opium.identity.Role;
import pl.opium.messaging.board.ZipNames;
import pl.opium.persistence.Conflicts;
import pl.opium.recruitment.RecruitmentLookup;
import pl.opium.recruitment.appeal.Appeal;
import pl.opium.recruitment.application.ApplicationStatus;
import pl.opium.recruitment.application.PortalService;
import pl.opium.recruitment.application.Priorities;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.application.SupportingDocument;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Schedule;
import pl.opium.recruitment.campaign.Step;
import pl.opium.recruitment.lists.RecruitmentDocuments;
import pl.opium.workflow.WorkflowHistory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Keeping and forgetting. An institution's applications (those that chose it first) with their
 * documents go into one ZIP for storage on external media; after the retention period of art. 160
 * (a year from the campaign's last admitted lists) the department purges the personal data of
 * candidates who were not admitted, except where it holds an application back, and the purge is recorded.
 */
@Stateless
@RolesAllowed({Role.RECRUITMENT_OFFICER_ROLE, Role.INSTITUTION_DIRECTOR_ROLE})
public class ArchiveService {

    /** Enough to find one child by surname; a longer list means the officer should type more. */
    private static final int SEARCH_LIMIT = 50;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private AttachmentService files;

    @EJB
    private AuditLog audit;

    @EJB
    private StoredFiles storedFiles;

    @EJB
    private WorkflowHistory history;

    @EJB
    private AccountService accounts;

    @EJB
    private ParentAccountService parentAccounts;

    /** Writes the institution's applications of the campaign: each as a PDF, with its documents. */
    public void writeArchive(long campaignId, long institutionId, OutputStream out) throws IOException {
        currentUser.requireAccessToInstitution(institutionId);
        RecruitmentCampaign campaign = RecruitmentLookup.campaign(em, campaignId);
        Priorities priorities = new Priorities(campaign);
        List<RecruitmentApplication> applications = em.createQuery("""
                        select a from RecruitmentApplication a join a.preferences p
                        where index(p) = 0 and p.offer.institution.id = :institution and a.campaign = :campaign
                        order by a.id""", RecruitmentApplication.class)
                .setParameter("institution", institutionId).setParameter("campaign", campaign)
                .getResultList();
        audit.recordRead(campaign, "archive of institution " + institutionId + ": " + applications.size() + " applications");
        ZipNames names = new ZipNames();
        ZipOutputStream zip = new ZipOutputStream(out);
        for (RecruitmentApplication application : applications) {
            String candidate = application.getId() + " " + application.getLastName() + " " + application.getFirstName();
            zip.putNextEntry(new ZipEntry(names.name(candidate, "wniosek", "wniosek.pdf")));
            zip.write(RecruitmentDocuments.applicationPdf(application, priorities::criterionName));
            zip.closeEntry();
            for (SupportingDocument document : application.getDocuments()) {
                zip.putNextEntry(new ZipEntry(names.name(candidate, priorities.criterionName(document.getCriterion()),
                        document.getFile().getFileName())));
                try (InputStream in = files.open(document.getFile())) {
                    in.transferTo(CloseShieldOutputStream.wrap(zip));
                }
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    /** Holds an application back from the purge, saying why (a complaint to the court, a request of the prosecutor). */
    @RolesAllowed(Role.RECRUITMENT_OFFICER_ROLE)
    public void retain(long applicationId, long version, String because) {
        RecruitmentApplication application = RecruitmentLookup.application(em, applicationId);
        Conflicts.requireSeen(application, version);
        application.retain(because);
        Conflicts.flush(em);
        audit.record(AuditAction.RECRUITMENT_DATA_RETAINED, application, application.getRetainedBecause());
    }

    /** Lets a held-back application go with the next purge (the court case is over). */
    @RolesAllowed(Role.RECRUITMENT_OFFICER_ROLE)
    public void release(long applicationId, long version) {
        RecruitmentApplication application = RecruitmentLookup.application(em, applicationId);
        Conflicts.requireSeen(application, version);
        application.release();
        Conflicts.flush(em);
        audit.record(AuditAction.RECRUITMENT_DATA_RETAINED, application, "released");
    }

    /**
     * The campaign's applications a purge would take that match the application's number or the
     * candidate's surname (its beginning, any case): where the officer finds the one to hold back.
     */
    @RolesAllowed(Role.RECRUITMENT_OFFICER_ROLE)
    public List<RecruitmentApplication> purgeable(long campaignId, String search) {
        String text = search == null ? "" : search.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        Long number = text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
        return em.createQuery("""
                        select a from RecruitmentApplication a where a.campaign.id = :campaign and a.status <> :admitted
                        and a.lastName <> :purged and a.retainedBecause is null
                        and (a.id = :number or lower(a.lastName) like :surname) order by a.lastName, a.firstName, a.id""",
                        RecruitmentApplication.class)
                .setParameter("campaign", campaignId).setParameter("admitted", ApplicationStatus.ADMITTED)
                .setParameter("purged", RecruitmentApplication.PURGED)
                .setParameter("number", number == null ? -1L : number)
                .setParameter("surname", text.toLowerCase(Locale.forLanguageTag("pl")) + "%")
                .setMaxResults(SEARCH_LIMIT)
                .getResultList();
    }

    /** The campaign's applications held back from the purge, with the reasons. */
    @RolesAllowed(Role.RECRUITMENT_OFFICER_ROLE)
    public List<RecruitmentApplication> retained(long campaignId) {
        return em.createQuery("""
                        select a from RecruitmentApplication a where a.campaign.id = :campaign and a.retainedBecause is not null
                        order by a.lastName, a.firstName, a.id""", RecruitmentApplication.class)
                .setParameter("campaign", campaignId).getResultList();
    }

    /** The campaign's purges, the latest first. */
    @RolesAllowed(Role.RECRUITMENT_OFFICER_ROLE)
    public List<RecruitmentPurge> purges(long campaignId) {
        return em.createQuery("select p from RecruitmentPurge p where p.campaign.id = :campaign order by p.purgedAt desc",
                RecruitmentPurge.class).setParameter("campaign", campaignId).getResultList();
    }

    /** The day after which the campaign's personal data of candidates not admitted may go. */
    public static LocalDate retentionEnds(RecruitmentCampaign campaign) {
        Schedule schedule = campaign.schedule();
        Round last = schedule.hasRound(Round.SUPPLEMENTARY) ? Round.SUPPLEMENTARY : Round.MAIN;
        return LocalDate.ofInstant(schedule.period(last, Step.ADMITTED_LISTS).getOpensAt(), Schedule.ZONE).plusYears(1);
    }

    /** Purges the personal data of every application not ending in an admission, except those held back. */
    @RolesAllowed(Role.RECRUITMENT_OFFICER_ROLE)
    public RecruitmentPurge purge(long campaignId) {
        RecruitmentCampaign campaign = RecruitmentLookup.campaign(em, campaignId);
        LocalDate ends = retentionEnds(campaign);
        if (!LocalDate.now(Schedule.ZONE).isAfter(ends)) {
            throw new OpiumException("recruitment.purge.tooEarly", ends.toString());
        }
        List<RecruitmentApplication> candidates = em.createQuery("""
                        select a from RecruitmentApplication a where a.campaign = :campaign and a.status <> :admitted""",
                        RecruitmentApplication.class)
                .setParameter("campaign", campaign).setParameter("admitted", ApplicationStatus.ADMITTED)
                .getResultList();
        int purged = 0;
        int kept = 0;
        int historySteps = 0;
        Set<String> documents = new HashSet<>();
        Set<String> parents = new HashSet<>();
        for (RecruitmentApplication application : candidates) {
            if (application.isPurged()) {
                continue;
            }
            if (application.getRetainedBecause() != null) {
                kept++;
                continue;
            }
            application.getDocuments().forEach(document -> documents.add(document.getFile().getSha256()));
            parents.add(application.getOwnerLogin());
            historySteps += history.redact(PortalService.APPLICATION, application.getId(), application.getOwnerLogin(),
                    RecruitmentApplication.PURGED);
            application.purge();
            em.createQuery("select p from Appeal p where p.application = :application", Appeal.class)
                    .setParameter("application", application).getResultList().forEach(Appeal::purge);
            purged++;
        }
        int justifications = purged == 0 ? 0 : redactJustifications(campaign);
        int filesErased = storedFiles.eraseWhenUnreferenced(documents);
        int accountsRemoved = 0;
        for (String parent : parents) {
            if (!holdsApplications(parent) && parentAccounts.removeParentAccount(parent)) {
                accountsRemoved++;
            }
        }
        Caller caller = currentUser.caller();
        RecruitmentPurge record = new RecruitmentPurge(campaign, caller.getUsername(), purged, kept, ends);
        record.erased(filesErased, historySteps, justifications, accountsRemoved);
        em.persist(record);
        Conflicts.flush(em);
        audit.record(AuditAction.RECRUITMENT_DATA_PURGED, campaign, purged + " purged, " + kept + " kept, "
                + filesErased + " files erased, " + historySteps + " history steps and " + justifications
                + " justifications redacted, " + accountsRemoved + " parents' accounts removed");
        return record;
    }

    /**
     * The texts of the campaign's tie decisions and extra places for siblings may name children: once
     * the not admitted are purged, the decisions stay (who, when, the order by application number) and
     * their texts go.
     */
    private int redactJustifications(RecruitmentCampaign campaign) {
        int ties = em.createQuery("""
                        update TieResolution t set t.justification = :redacted
                        where t.campaign = :campaign and t.justification <> :redacted""")
                .setParameter("redacted", RecruitmentApplication.PURGED).setParameter("campaign", campaign)
                .executeUpdate();
        int siblings = em.createQuery("""
                        update SiblingPlacement s set s.justification = :redacted
                        where s.campaign = :campaign and s.justification <> :redacted""")
                .setParameter("redacted", RecruitmentApplication.PURGED).setParameter("campaign", campaign)
                .executeUpdate();
        return ties + siblings;
    }

    /** Whether the parent still has an application whose data is kept (admitted, held back, another campaign's). */
    private boolean holdsApplications(String parent) {
        return em.createQuery("select count(a) from RecruitmentApplication a where a.ownerLogin = :parent", Long.class)
                .setParameter("parent", parent).getSingleResult() > 0;
    }
}
