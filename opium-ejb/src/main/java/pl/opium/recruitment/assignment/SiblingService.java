package pl.opium.recruitment.assignment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import pl.opium.OpiumException;
import pl.opium.identity.AuditAction;
import pl.opium.identity.AuditLog;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.persistence.Conflicts;
import pl.opium.recruitment.RecruitmentLookup;
import pl.opium.recruitment.application.ApplicationStatus;
import pl.opium.recruitment.application.Priorities;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Unit;
import pl.opium.recruitment.matching.Siblings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Siblings placed together where possible. Parents mark their children's applications on the portal
 * ({@link PortalService#markSiblings}); after a final run the department sees the siblings it placed
 * apart and adds, with a justification, a place at a unit one of them got into for the others who
 * listed it higher — the engine's {@link pl.opium.recruitment.matching.SiblingPlace}, which takes
 * nobody's place. The next run applies it, like the committees' tie decisions.
 */
@Stateless
@RolesAllowed(Role.RECRUITMENT_OFFICER_ROLE)
public class SiblingService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private AuditLog audit;

    /**
     * The siblings the latest run found apart though their parent asked for them to be together, with
     * the extra places that would bring them together; nothing while the latest run is not final.
     */
    public List<SiblingsApart> apart(long campaignId, Round round) {
        if (!latestRunFinal(campaignId, round)) {
            return List.of();
        }
        RecruitmentCampaign campaign = RecruitmentLookup.campaign(em, campaignId);
        Priorities priorities = new Priorities(campaign);
        Map<Long, List<RecruitmentApplication>> groups = new TreeMap<>();
        verifiedSiblings(campaign, round, null)
                .forEach(a -> groups.computeIfAbsent(a.getSiblingGroup(), g -> new ArrayList<>()).add(a));
        // application → unit of the places already added, waiting for (or used by) the next run
        Map<Long, Long> decided = new HashMap<>();
        placements(em, campaign, round).forEach(p -> decided.put(p.getApplication().getId(), p.getUnit().getId()));
        List<SiblingsApart> apart = new ArrayList<>();
        for (List<RecruitmentApplication> group : groups.values()) {
            List<Siblings.Proposal> proposals = group.size() < 2 ? List.of() : Siblings.proposals(siblings(group, priorities));
            if (proposals.isEmpty()) {
                continue;
            }
            Map<Long, String> names = new HashMap<>();
            group.forEach(a -> names.put(a.getId(), a.getFullName()));
            List<SiblingsApart.Option> options = proposals.stream().map(p -> {
                List<Long> joiners = Arrays.stream(p.joiners()).boxed().toList();
                return new SiblingsApart.Option(p.unit(), em.find(Unit.class, p.unit()).getLabel(), joiners,
                        String.join(", ", joiners.stream().map(names::get).toList()), p.together(),
                        joiners.stream().allMatch(j -> Long.valueOf(p.unit()).equals(decided.get(j))));
            }).toList();
            apart.add(new SiblingsApart(group.stream().map(a -> new SiblingsApart.Member(a.getId(), a.getFullName(),
                    a.getQualifiedUnit() == null ? "—" : a.getQualifiedUnit().getLabel())).toList(), options));
        }
        return apart;
    }

    /**
     * The department adds a place at the unit for each of the joiners, so that they learn with their
     * siblings there; the next run applies it. Only what {@link #apart} offers now can be decided ({@link Siblings#offers}).
     */
    public List<SiblingPlacement> place(long campaignId, Round round, long unitId, List<Long> joiners, String justification) {
        RecruitmentCampaign campaign = RecruitmentLookup.campaignForRun(em, campaignId, round);
        Long group = joiners.isEmpty() ? null : RecruitmentLookup.application(em, joiners.get(0)).getSiblingGroup();
        boolean offered = group != null && latestRunFinal(campaignId, round) && Siblings.offers(
                siblings(verifiedSiblings(campaign, round, group), new Priorities(campaign)), unitId,
                joiners.stream().mapToLong(Long::longValue).toArray());
        if (!offered) {
            throw new OpiumException("recruitment.siblings.notApart");
        }
        Unit unit = em.find(Unit.class, unitId);
        String by = currentUser.caller().getUsername();
        List<SiblingPlacement> placements = new ArrayList<>();
        for (Long joiner : joiners) {
            RecruitmentApplication application = RecruitmentLookup.application(em, joiner);
            em.createQuery("delete from SiblingPlacement p where p.application = :application and p.round = :round")
                    .setParameter("application", application).setParameter("round", round).executeUpdate();
            SiblingPlacement placement = new SiblingPlacement(application, unit, justification, by);
            em.persist(placement);
            placements.add(placement);
        }
        Conflicts.flush(em);
        audit.record(AuditAction.RECRUITMENT_SIBLINGS_PLACED, campaign, unit.getLabel() + ": "
                + String.join(", ", placements.stream().map(p -> p.getApplication().getFullName()).toList())
                + ": " + placements.get(0).getJustification());
        return placements;
    }

    /** The places the department added for siblings in the round, in the order decided. */
    public List<SiblingPlacement> placements(long campaignId, Round round) {
        List<SiblingPlacement> placements = placements(em, RecruitmentLookup.campaign(em, campaignId), round);
        placements.forEach(p -> {
            p.getUnit().getLabel();
            p.getApplication().getFullName();
        });
        return placements;
    }

    /** Takes back a place added for a sibling, before the qualified lists; the next run goes without it. */
    public void revoke(long placementId) {
        SiblingPlacement placement = em.find(SiblingPlacement.class, placementId);
        if (placement == null) {
            throw new OpiumException("recruitment.siblings.noPlacement");
        }
        RecruitmentLookup.campaignForRun(em, placement.getCampaign().getId(), placement.getRound());
        em.remove(placement);
        Conflicts.flush(em);
        audit.record(AuditAction.RECRUITMENT_SIBLINGS_PLACED, placement.getCampaign(), "revoked: "
                + placement.getUnit().getLabel() + ": " + placement.getApplication().getFullName());
    }

    /** Proposals stand on a final result: the qualifications it gave are where the siblings are. */
    private boolean latestRunFinal(long campaignId, Round round) {
        return RecruitmentLookup.latestRun(em, campaignId, round).map(AssignmentRun::isFinalResult).orElse(false);
    }

    /** The verified applications of one sibling group, or (null) of every group, in the round. */
    private List<RecruitmentApplication> verifiedSiblings(RecruitmentCampaign campaign, Round round, Long group) {
        TypedQuery<RecruitmentApplication> query = em.createQuery("""
                        select a from RecruitmentApplication a where a.campaign = :campaign and a.round = :round
                        and a.status = :verified and a.siblingGroup is not null""" + (group == null ? "" : " and a.siblingGroup = :group")
                        + " order by a.id", RecruitmentApplication.class)
                .setParameter("campaign", campaign).setParameter("round", round)
                .setParameter("verified", ApplicationStatus.VERIFIED);
        return (group == null ? query : query.setParameter("group", group)).getResultList();
    }

    private static List<Siblings.Sibling> siblings(List<RecruitmentApplication> group, Priorities priorities) {
        return group.stream().map(a -> new Siblings.Sibling(a.getId(), a.getPreferences().stream()
                        .filter(unit -> priorities.admissible(a, unit)).mapToLong(Unit::getId).toArray(),
                a.getQualifiedUnit() == null ? -1 : a.getQualifiedUnit().getId())).toList();
    }

    /** The places added for siblings in a round: every run of it applies them. */
    static List<SiblingPlacement> placements(EntityManager em, RecruitmentCampaign campaign, Round round) {
        return em.createQuery("""
                        select p from SiblingPlacement p where p.campaign = :campaign and p.round = :round order by p.id""",
                        SiblingPlacement.class)
                .setParameter("campaign", campaign).setParameter("round", round)
                .getResultList();
    }
}
