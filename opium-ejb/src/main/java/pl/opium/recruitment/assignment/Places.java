package pl.opium.recruitment.assignment;

import jakarta.persistence.EntityManager;
import pl.opium.recruitment.application.ApplicationStatus;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** How many places a unit has left: those for recruitment, plus any the department added, less the admitted. */
public final class Places {

    private Places() {
    }

    public static int free(EntityManager em, Unit unit) {
        return unit.placesForRecruitment() + extra(em, unit, null) - admitted(em, unit);
    }

    /**
     * Places added to the unit by the department, in one round or (null) in all: for ties, and for
     * siblings who took the place added for them.
     */
    public static int extra(EntityManager em, Unit unit, Round round) {
        int forTies = em.createQuery("select r from TieResolution r where r.unit = :unit", TieResolution.class)
                .setParameter("unit", unit)
                .getResultStream()
                .filter(r -> round == null || r.getRound() == round)
                .mapToInt(TieResolution::getExtraPlaces).sum();
        long forSiblings = siblingPlacesTaken(em, unit).stream().filter(p -> round == null || p.getRound() == round).count();
        return forTies + (int) forSiblings;
    }

    /** The places added at the unit for siblings that the latest final runs gave them. */
    public static List<SiblingPlacement> siblingPlacesTaken(EntityManager em, Unit unit) {
        return em.createQuery("select p from SiblingPlacement p where p.unit = :unit and p.used = true", SiblingPlacement.class)
                .setParameter("unit", unit)
                .getResultList();
    }

    /** Application → unit, for those a round placed on a place added for them at that unit (one read for all lists). */
    public static Map<Long, Long> onSiblingPlaces(EntityManager em, RecruitmentCampaign campaign, Round round) {
        Map<Long, Long> taken = new HashMap<>();
        em.createQuery("select p from SiblingPlacement p where p.campaign = :campaign and p.round = :round and p.used = true",
                        SiblingPlacement.class)
                .setParameter("campaign", campaign).setParameter("round", round)
                .getResultStream()
                .forEach(p -> taken.put(p.getApplication().getId(), p.getUnit().getId()));
        return taken;
    }

    /** The applications on places added for siblings at the unit: they do not set its lowest admitting score. */
    public static Set<Long> onSiblingPlaces(EntityManager em, Unit unit) {
        return siblingPlacesTaken(em, unit).stream().map(p -> p.getApplication().getId()).collect(Collectors.toSet());
    }

    /**
     * The free places of every unit of a campaign at once, unit id → free places: three grouped
     * queries whatever the number of units (the public catalogue asks this on every visit).
     */
    public static Map<Long, Integer> freeByUnit(EntityManager em, long campaignId) {
        Map<Long, Integer> added = new HashMap<>();
        em.createQuery("""
                        select r.unit.id, sum(r.extraPlaces) from TieResolution r
                        where r.campaign.id = :campaign group by r.unit.id""", Object[].class)
                .setParameter("campaign", campaignId)
                .getResultStream()
                .forEach(row -> added.merge((Long) row[0], ((Number) row[1]).intValue(), Integer::sum));
        em.createQuery("""
                        select p.unit.id, count(p) from SiblingPlacement p
                        where p.campaign.id = :campaign and p.used = true group by p.unit.id""", Object[].class)
                .setParameter("campaign", campaignId)
                .getResultStream()
                .forEach(row -> added.merge((Long) row[0], ((Number) row[1]).intValue(), Integer::sum));
        em.createQuery("""
                        select a.admittedUnit.id, count(a) from RecruitmentApplication a
                        where a.campaign.id = :campaign and a.status = :admitted group by a.admittedUnit.id""", Object[].class)
                .setParameter("campaign", campaignId).setParameter("admitted", ApplicationStatus.ADMITTED)
                .getResultStream()
                .forEach(row -> added.merge((Long) row[0], -((Number) row[1]).intValue(), Integer::sum));
        return added;
    }

    public static int admitted(EntityManager em, Unit unit) {
        return em.createQuery("""
                        select count(a) from RecruitmentApplication a where a.admittedUnit = :unit and a.status = :admitted""",
                        Long.class)
                .setParameter("unit", unit).setParameter("admitted", ApplicationStatus.ADMITTED)
                .getSingleResult().intValue();
    }
}
