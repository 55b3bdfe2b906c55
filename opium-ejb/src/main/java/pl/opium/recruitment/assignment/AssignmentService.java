package pl.opium.recruitment.assignment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.identity.AuditAction;
import pl.opium.identity.AuditLog;
import pl.opium.identity.Caller;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.persistence.Conflicts;
import pl.opium.recruitment.RecruitmentLookup;
import pl.opium.recruitment.application.ApplicationAction;
import pl.opium.recruitment.application.ApplicationStatus;
import pl.opium.recruitment.application.PortalService;
import pl.opium.recruitment.application.Priorities;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.campaign.OfferStatus;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Schedule;
import pl.opium.recruitment.campaign.Step;
import pl.opium.recruitment.campaign.Unit;
import pl.opium.workflow.Actor;
import pl.opium.workflow.StateChanged;
import pl.opium.workflow.WorkflowHistory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Running the assignment and what follows it. Between the end of verification and the qualified
 * lists the department runs the engine over the round's verified applications; ties at a cut-off go
 * to the unit's committee (an order, by its chair, the director) or to the department (extra places),
 * and the run is repeated until none is left — only a final run gives the applications their
 * qualification. After confirmation the department closes the round: those who confirmed are
 * admitted, the others are not; it can then place a candidate admitted nowhere in a unit with room.
 */
@Stateless
@RolesAllowed(Role.RECRUITMENT_OFFICER_ROLE)
public class AssignmentService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private AuditLog audit;

    @EJB
    private WorkflowHistory history;

    public AssignmentRun run(long campaignId, Round round) {
        RecruitmentCampaign campaign = RecruitmentLookup.campaignForRun(em, campaignId, round);
        Priorities priorities = new Priorities(campaign);
        long unverified = em.createQuery("""
                        select count(a) from RecruitmentApplication a where a.campaign = :campaign and a.round = :round
                        and a.status = :submitted""", Long.class)
                .setParameter("campaign", campaign).setParameter("round", round)
                .setParameter("submitted", ApplicationStatus.SUBMITTED)
                .getSingleResult();
        if (unverified > 0) {
            throw new OpiumException("recruitment.run.unverified", unverified);
        }
        Map<Long, Integer> places = places(campaign, round);
        List<RecruitmentApplication> applications = verified(campaign, round);
        // the preferences and confirmed criteria of all of them in two reads, not two per batch of 32
        Map<Long, List<Long>> preferred = new HashMap<>();
        for (Object[] row : verifiedRows(campaign, round, """
                        select a.id, p.id from RecruitmentApplication a join a.preferences p
                        where a.campaign = :campaign and a.round = :round and a.status = :verified
                        order by a.id, index(p)""")) {
            preferred.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Long) row[1]);
        }
        Map<Long, Set<String>> confirmed = new HashMap<>();
        for (Object[] row : verifiedRows(campaign, round, """
                        select a.id, d.criterion from RecruitmentApplication a join a.declarations d
                        where a.campaign = :campaign and a.round = :round and a.status = :verified
                        and d.status = pl.opium.recruitment.application.DeclarationStatus.CONFIRMED""")) {
            confirmed.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]);
        }
        List<Assignment.Candidate> candidates = new ArrayList<>();
        for (RecruitmentApplication application : applications) {
            Set<String> criteria = confirmed.getOrDefault(application.getId(), Set.of());
            // places() has read the units into the persistence context: a find is no query
            List<Unit> wanted = preferred.getOrDefault(application.getId(), List.of()).stream()
                    .map(id -> em.find(Unit.class, id))
                    .filter(unit -> priorities.admissible(criteria, unit)).toList();
            candidates.add(new Assignment.Candidate(application.getId(), wanted.stream().mapToLong(Unit::getId).toArray(),
                    wanted.stream().mapToLong(unit -> priorities.key(application, criteria, unit)).toArray()));
        }
        List<Assignment.Decision> decisions = resolutions(campaign, round).stream()
                .map(r -> new Assignment.Decision(r.getUnit().getId(), r.order(), r.getExtraPlaces(), r.getJustification()))
                .toList();
        List<SiblingPlacement> siblingPlacements = SiblingService.placements(em, campaign, round);
        Assignment.Outcome outcome = Assignment.run(places, candidates, decisions,
                siblingPlacements.stream().map(p -> new Assignment.SiblingDecision(p.getApplication().getId(),
                        p.getUnit().getId())).toList());

        List<RunTie> ties = new ArrayList<>(outcome.ties());
        AssignmentRun run = new AssignmentRun(campaign, round, currentUser.caller().getUsername(), candidates.size(),
                outcome.placed().size(), outcome.digest(), ties);
        em.persist(run);
        if (outcome.isFinal()) {
            for (RecruitmentApplication application : applications) {
                Long unit = outcome.placed().get(application.getId());
                application.qualify(unit == null ? null : em.find(Unit.class, unit));
            }
            siblingPlacements.forEach(p -> p.used(outcome.onSiblingPlaces().contains(p.getApplication().getId())));
        }
        Conflicts.flush(em);
        audit.record(AuditAction.RECRUITMENT_ASSIGNMENT_RUN,
                campaign, round + ": " + candidates.size() + " candidates, " + outcome.placed().size() + " placed, "
                        + ties.size() + " ties, inputs " + outcome.digest());
        return run;
    }

    /** The runs of a round, latest first. */
    public List<AssignmentRun> runs(long campaignId, Round round) {
        List<AssignmentRun> runs = em.createQuery("""
                        select r from AssignmentRun r where r.campaign.id = :campaign and r.round = :round
                        order by r.ranAt desc, r.id desc""", AssignmentRun.class)
                .setParameter("campaign", campaignId).setParameter("round", round)
                .getResultList();
        runs.forEach(run -> run.getTies().size());
        return runs;
    }

    /** The ties the latest run of the round left undecided, at every unit. */
    public List<OpenTie> ties(long campaignId, Round round) {
        return openTies(campaignId, round, null);
    }

    /** The ties of the latest run at the caller's institution's units: its committee decides them. */
    @RolesAllowed(Role.INSTITUTION_DIRECTOR_ROLE)
    public List<OpenTie> myTies(long campaignId, Round round) {
        return openTies(campaignId, round, currentUser.caller().getInstitutionId());
    }

    private List<OpenTie> openTies(long campaignId, Round round, Long institution) {
        AssignmentRun run = RecruitmentLookup.latestRun(em, campaignId, round).orElse(null);
        if (run == null) {
            return List.of();
        }
        Priorities priorities = new Priorities(run.getCampaign());
        List<OpenTie> ties = new ArrayList<>();
        for (int i = 0; i < run.getTies().size(); i++) {
            RunTie tie = run.getTies().get(i);
            Unit unit = em.find(Unit.class, tie.getUnitId());
            if (institution != null && !unit.getInstitution().getId().equals(institution)) {
                continue;
            }
            List<OpenTie.Tied> tied = tie.applications().stream()
                    .map(id -> em.find(RecruitmentApplication.class, id))
                    .sorted(RecruitmentLookup.ALPHABETICAL)
                    .map(a -> new OpenTie.Tied(a.getId(), a.getFullName())).toList();
            // the decisions at the unit: taken since the run (on this tie, waiting for the next run), or before it
            TieResolution decided = null;
            List<String> earlier = new ArrayList<>();
            for (TieResolution resolution : em.createQuery("""
                            select r from TieResolution r where r.campaign = :campaign and r.round = :round
                            and r.unit = :unit order by r.id""", TieResolution.class)
                    .setParameter("campaign", run.getCampaign()).setParameter("round", round).setParameter("unit", unit)
                    .getResultList()) {
                if (resolution.getDecidedAt().isAfter(run.getRanAt())) {
                    decided = resolution.getPriorityKey() == tie.getPriorityKey() ? resolution : decided;
                } else {
                    earlier.add(described(resolution));
                }
            }
            ties.add(new OpenTie(run.getId(), i, unit.getName(), unit.getInstitution().getShortName(), tie.getPlaces(),
                    priorities.describe(tie.getPriorityKey()), tied, decided == null ? null : described(decided),
                    decided == null ? List.of() : decided.order(), earlier));
        }
        return ties;
    }

    /**
     * The committee's order of a tie reported by a run, best first, with its justification. Its chair,
     * the director of the unit's institution, records it.
     */
    @RolesAllowed(Role.INSTITUTION_DIRECTOR_ROLE)
    public TieResolution orderTie(long runId, int tieIndex, List<Long> bestFirst, String justification) {
        Caller caller = currentUser.caller();
        AssignmentRun run = runForDecision(runId);
        RunTie tie = tie(run, tieIndex);
        Unit unit = em.find(Unit.class, tie.getUnitId());
        if (!unit.getInstitution().getId().equals(caller.getInstitutionId())) {
            throw currentUser.refusal(caller, "Tie at unit " + unit.getId());
        }
        return decided(run, TieResolution.order(tie, unit, run.getRound(), run.getCampaign(), bestFirst, justification,
                caller.getUsername()));
    }

    /** The department, running the school, adds places so that the whole tied group fits. */
    public TieResolution addPlaces(long runId, int tieIndex, int places, String justification) {
        AssignmentRun run = runForDecision(runId);
        RunTie tie = tie(run, tieIndex);
        return decided(run, TieResolution.extraPlaces(tie, em.find(Unit.class, tie.getUnitId()), run.getRound(),
                run.getCampaign(), places, justification, currentUser.caller().getUsername()));
    }

    /**
     * Once confirmation has closed: those who confirmed are admitted to their place, every other
     * verified application is not admitted. Returns how many were admitted.
     */
    public int closeRound(long campaignId, Round round) {
        RecruitmentCampaign campaign = em.find(RecruitmentCampaign.class, campaignId);
        Schedule schedule = campaign.schedule();
        Instant now = Instant.now();
        if (!schedule.hasClosed(round, Step.CONFIRMATION, now)) {
            throw new OpiumException("recruitment.close.confirmationOpen",
                    Schedule.shown(schedule.period(round, Step.CONFIRMATION).getClosesAt()));
        }
        Actor actor = Actor.of(currentUser.caller());
        int admitted = 0;
        List<RecruitmentApplication> open = em.createQuery("""
                        select a from RecruitmentApplication a where a.campaign = :campaign and a.round = :round
                        and a.status in :statuses order by a.id""", RecruitmentApplication.class)
                .setParameter("campaign", campaign).setParameter("round", round)
                .setParameter("statuses", List.of(ApplicationStatus.VERIFIED, ApplicationStatus.CONFIRMED))
                .getResultList();
        for (RecruitmentApplication application : open) {
            boolean confirmed = application.getStatus() == ApplicationStatus.CONFIRMED;
            record(application, confirmed ? ApplicationAction.ADMIT : ApplicationAction.REFUSE, actor, null);
            admitted += confirmed ? 1 : 0;
        }
        Conflicts.flush(em);
        audit.record(AuditAction.RECRUITMENT_ROUND_CLOSED, campaign, round + ": " + admitted + " admitted of " + open.size());
        return admitted;
    }

    /** Places a candidate admitted nowhere in a unit that has a free place (a proposal confirmed). */
    public RecruitmentApplication place(long applicationId, long version, long unitId) {
        RecruitmentApplication application = RecruitmentLookup.application(em, applicationId);
        Conflicts.requireSeen(application, version);
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null || !unit.getOffer().getCampaign().equals(application.getCampaign())) {
            throw new OpiumException("recruitment.noUnit");
        }
        if (freePlaces(unit) < 1) {
            throw new OpiumException("recruitment.place.full", unit.getLabel());
        }
        Actor actor = Actor.of(currentUser.caller());
        ApplicationStatus left = application.place(unit, actor);
        Conflicts.flush(em);
        history.record(new StateChanged(PortalService.APPLICATION, applicationId, ApplicationAction.PLACE.name(),
                left.name(), application.getStatus().name(), actor.username(), Instant.now(), unit.getLabel()));
        return application;
    }

    /** Places left in a unit: its places for recruitment and any the department added, less those admitted. */
    public int freePlaces(Unit unit) {
        return Places.free(em, unit);
    }

    private void record(RecruitmentApplication application, ApplicationAction action, Actor actor, String comment) {
        ApplicationStatus left = application.perform(action, actor);
        history.record(new StateChanged(PortalService.APPLICATION, application.getId(), action.name(), left.name(),
                application.getStatus().name(), actor.username(), Instant.now(), comment));
    }

    /**
     * Records a decision on a tie the run reported. One taken on the same tie since that run (the
     * committee changed its mind before running again) is replaced; those earlier runs applied stay,
     * and this one ranks below them (decisions compose, so deciding and running again always ends).
     */
    private TieResolution decided(AssignmentRun run, TieResolution resolution) {
        em.createQuery("""
                        delete from TieResolution r where r.campaign = :campaign and r.round = :round and r.unit = :unit
                        and r.priorityKey = :key and r.decidedAt > :ranAt""")
                .setParameter("campaign", resolution.getCampaign()).setParameter("round", resolution.getRound())
                .setParameter("unit", resolution.getUnit()).setParameter("key", resolution.getPriorityKey())
                .setParameter("ranAt", run.getRanAt())
                .executeUpdate();
        em.persist(resolution);
        Conflicts.flush(em);
        audit.record(AuditAction.RECRUITMENT_TIE_DECIDED, resolution.getCampaign(),
                resolution.getUnit().getLabel() + ": " + resolution.getJustification());
        return resolution;
    }

    /** Who decided, when, why, and the order given (the candidates' names, best first) or the places added. */
    private String described(TieResolution resolution) {
        String what = resolution.getExtraPlaces() > 0 ? "+" + resolution.getExtraPlaces()
                : resolution.order().stream().map(id -> em.find(RecruitmentApplication.class, id))
                .map(a -> a == null ? "?" : a.getFullName()).collect(java.util.stream.Collectors.joining(", "));
        return resolution.getDecidedBy() + ", " + Schedule.shown(resolution.getDecidedAt()) + ": "
                + resolution.getJustification() + " (" + what + ")";
    }

    private AssignmentRun runForDecision(long runId) {
        AssignmentRun run = em.find(AssignmentRun.class, runId);
        if (run == null) {
            throw new OpiumException("recruitment.noRun");
        }
        RecruitmentLookup.campaignForRun(em, run.getCampaign().getId(), run.getRound());
        return run;
    }

    private static RunTie tie(AssignmentRun run, int index) {
        if (index < 0 || index >= run.getTies().size()) {
            throw new OpiumException("recruitment.noTie");
        }
        return run.getTies().get(index);
    }

    private List<RecruitmentApplication> verified(RecruitmentCampaign campaign, Round round) {
        return em.createQuery("""
                        select a from RecruitmentApplication a where a.campaign = :campaign and a.round = :round
                        and a.status = :verified order by a.id""", RecruitmentApplication.class)
                .setParameter("campaign", campaign).setParameter("round", round)
                .setParameter("verified", ApplicationStatus.VERIFIED)
                .getResultList();
    }

    private List<Object[]> verifiedRows(RecruitmentCampaign campaign, Round round, String query) {
        return em.createQuery(query, Object[].class)
                .setParameter("campaign", campaign).setParameter("round", round)
                .setParameter("verified", ApplicationStatus.VERIFIED)
                .getResultList();
    }

    private List<TieResolution> resolutions(RecruitmentCampaign campaign, Round round) {
        return em.createQuery("""
                        select r from TieResolution r where r.campaign = :campaign and r.round = :round order by r.id""",
                        TieResolution.class)
                .setParameter("campaign", campaign).setParameter("round", round)
                .getResultList();
    }

    /**
     * The places a round fills per unit of approved offers: in the main round the places for
     * recruitment; in the supplementary round what the main round left (its extra places included).
     */
    private Map<Long, Integer> places(RecruitmentCampaign campaign, Round round) {
        Map<Long, Integer> places = new HashMap<>();
        for (Unit unit : em.createQuery("""
                        select u from Unit u where u.offer.campaign = :campaign and u.offer.status = :approved""", Unit.class)
                .setParameter("campaign", campaign).setParameter("approved", OfferStatus.APPROVED)
                .getResultList()) {
            places.put(unit.getId(), round == Round.MAIN ? unit.placesForRecruitment()
                    : Math.max(0, unit.placesForRecruitment() + Places.extra(em, unit, Round.MAIN) - Places.admitted(em, unit)));
        }
        return places;
    }
}
