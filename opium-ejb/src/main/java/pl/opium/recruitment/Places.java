package pl.opium.recruitment;

import jakarta.persistence.EntityManager;

/** How many places a unit has left: those for recruitment, plus any the department added, less the admitted. */
final class Places {

    private Places() {
    }

    static int free(EntityManager em, Unit unit) {
        return unit.placesForRecruitment() + extra(em, unit, null) - admitted(em, unit);
    }

    /** Places added to the unit by the department's tie decisions, in one round or (null) in all. */
    static int extra(EntityManager em, Unit unit, Round round) {
        return em.createQuery("select r from TieResolution r where r.unit = :unit", TieResolution.class)
                .setParameter("unit", unit)
                .getResultStream()
                .filter(r -> round == null || r.getRound() == round)
                .mapToInt(TieResolution::getExtraPlaces).sum();
    }

    static int admitted(EntityManager em, Unit unit) {
        return em.createQuery("""
                        select count(a) from RecruitmentApplication a where a.admittedUnit = :unit and a.status = :admitted""",
                        Long.class)
                .setParameter("unit", unit).setParameter("admitted", ApplicationStatus.ADMITTED)
                .getSingleResult().intValue();
    }
}
