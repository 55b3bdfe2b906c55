package pl.opium.recruitment;

import jakarta.persistence.EntityManager;
import pl.opium.OpiumException;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.assignment.AssignmentRun;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Schedule;
import pl.opium.recruitment.campaign.Step;
import pl.opium.registry.GroupResolver;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * Lookups the recruitment's services share: a campaign or application by id (refused in Polish when
 * there is none), the latest run, the window for runs and decisions, and what pages read of an
 * application after its transaction, loaded while it is open.
 */
public final class RecruitmentLookup {

    /** By surname, then first name, as Polish lists are ordered. */
    public static final Comparator<RecruitmentApplication> ALPHABETICAL = Comparator
            .comparing(RecruitmentApplication::getLastName, GroupResolver.POLISH)
            .thenComparing(RecruitmentApplication::getFirstName, GroupResolver.POLISH)
            .thenComparing(RecruitmentApplication::getId);

    private RecruitmentLookup() {
    }

    /** The campaign, or a Polish refusal when the id names none (a stale link, someone's guess). */
    public static RecruitmentCampaign campaign(EntityManager em, long id) {
        RecruitmentCampaign campaign = em.find(RecruitmentCampaign.class, id);
        if (campaign == null) {
            throw new OpiumException("recruitment.noCampaign");
        }
        return campaign;
    }

    /** The application, or a Polish refusal when the id names none. */
    public static RecruitmentApplication application(EntityManager em, long id) {
        RecruitmentApplication application = em.find(RecruitmentApplication.class, id);
        if (application == null) {
            throw new OpiumException("recruitment.noApplication");
        }
        return application;
    }

    public static void loadForReading(RecruitmentApplication application) {
        application.getCampaign().getStages().size();
        application.getPreferences().forEach(unit -> unit.getLabel());
        application.getGuardians().size();
        application.getDeclarations().size();
        application.getDocuments().size();
        // a secondary school's application: its grades, which the parent's form shows again
        application.secondaryResults();
        if (application.getQualifiedUnit() != null) {
            application.getQualifiedUnit().getLabel();
        }
        if (application.getAdmittedUnit() != null) {
            application.getAdmittedUnit().getLabel();
        }
    }

    /** The latest run of a round, if any ran. */
    public static Optional<AssignmentRun> latestRun(EntityManager em, long campaignId, Round round) {
        return em.createQuery("""
                        select r from AssignmentRun r where r.campaign.id = :campaign and r.round = :round
                        order by r.ranAt desc, r.id desc""", AssignmentRun.class)
                .setParameter("campaign", campaignId).setParameter("round", round)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Runs and tie decisions happen after verification closes and before the qualified lists are out. */
    public static RecruitmentCampaign campaignForRun(EntityManager em, long campaignId, Round round) {
        RecruitmentCampaign campaign = campaign(em, campaignId);
        Schedule schedule = campaign.schedule();
        Instant now = Instant.now();
        if (!schedule.hasClosed(round, Step.VERIFICATION, now) || schedule.hasOpened(round, Step.QUALIFIED_LISTS, now)) {
            throw new OpiumException("recruitment.run.notNow",
                    Schedule.shown(schedule.period(round, Step.VERIFICATION).getClosesAt()),
                    Schedule.shown(schedule.period(round, Step.QUALIFIED_LISTS).getOpensAt()));
        }
        return campaign;
    }
}
