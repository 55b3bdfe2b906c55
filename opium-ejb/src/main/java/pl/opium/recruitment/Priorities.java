package pl.opium.recruitment;

import pl.opium.OpiumException;
import pl.opium.recruitment.criteria.PreschoolCriteria;
import pl.opium.recruitment.criteria.StatutoryCriterion;

import java.util.EnumSet;
import java.util.Set;

/**
 * A candidate's priority at a unit, from the campaign's criteria and what the institution confirmed.
 * Preschools: the statutory criteria (each of equal value), then the municipal points. First grade:
 * the catchment children are registered by the school before recruitment (they are among the unit's
 * continuing places), so recruitment ranks the others by the municipal criteria alone. Units for
 * children with a special-education certificate take only candidates whose certificate was confirmed.
 */
final class Priorities {

    /** The declaration of a special-education certificate (orzeczenie o potrzebie kształcenia specjalnego). */
    static final String CERTIFICATE = "CERTIFICATE";

    private final Level level;
    private final PreschoolCriteria criteria;

    Priorities(RecruitmentCampaign campaign) {
        this.level = campaign.getLevel();
        if (level == Level.SECONDARY) {
            throw new OpiumException("recruitment.run.secondaryNotYet");
        }
        this.criteria = new PreschoolCriteria(campaign.municipalCriteria());
    }

    /** Whether the candidate may be placed in the unit at all. */
    boolean admissible(RecruitmentApplication application, Unit unit) {
        return !unit.getKind().needsCertificate() || application.confirmedCriteria().contains(CERTIFICATE);
    }

    long key(RecruitmentApplication application) {
        Set<String> confirmed = application.confirmedCriteria();
        Set<StatutoryCriterion> statutory = EnumSet.noneOf(StatutoryCriterion.class);
        if (level == Level.PRESCHOOL) {
            for (StatutoryCriterion criterion : StatutoryCriterion.values()) {
                if (confirmed.contains(criterion.name())) {
                    statutory.add(criterion);
                }
            }
        }
        Set<String> municipal = new java.util.HashSet<>(confirmed);
        municipal.retainAll(criteria.municipal().stream().map(c -> c.code()).toList());
        return criteria.key(statutory, municipal);
    }

    /** A declared criterion's name as documents give it. */
    String criterionName(String code) {
        if (CERTIFICATE.equals(code)) {
            return "orzeczenie o potrzebie kształcenia specjalnego";
        }
        for (StatutoryCriterion criterion : StatutoryCriterion.values()) {
            if (criterion.name().equals(code)) {
                return criterion.statutoryName();
            }
        }
        return criteria.municipal().stream().filter(c -> c.code().equals(code)).map(c -> c.name()).findFirst().orElse(code);
    }

    /** The key as people read it: statutory criteria met and municipal points. */
    String describe(long key) {
        long[] levels = criteria.priorityKey().levels(key);
        return level == Level.PRESCHOOL
                ? "kryteria ustawowe: " + levels[0] + ", kryteria samorządowe: " + levels[1] + " pkt"
                : "kryteria samorządowe: " + levels[1] + " pkt";
    }
}
