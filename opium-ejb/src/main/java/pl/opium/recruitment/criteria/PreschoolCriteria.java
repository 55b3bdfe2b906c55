package pl.opium.recruitment.criteria;

import pl.opium.recruitment.matching.PriorityKey;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Preschool (and preschool division) recruitment: first the statutory criteria, each of equal
 * value (a candidate meeting more comes first), then the city's criteria, by the sum of their
 * points. Only criteria the institution confirmed on verification count.
 */
public final class PreschoolCriteria {

    /** Art. 131 ust. 4: at most six municipal criteria. */
    public static final int MAX_MUNICIPAL = 6;

    private final List<MunicipalCriterion> municipal;
    private final PriorityKey key;

    public PreschoolCriteria(List<MunicipalCriterion> municipal) {
        if (municipal.size() > MAX_MUNICIPAL) {
            throw new IllegalArgumentException("At most " + MAX_MUNICIPAL + " municipal criteria");
        }
        Set<String> codes = new HashSet<>();
        municipal.forEach(criterion -> {
            if (!codes.add(criterion.code())) {
                throw new IllegalArgumentException("Criterion " + criterion.code() + " twice");
            }
        });
        this.municipal = List.copyOf(municipal);
        this.key = new PriorityKey(StatutoryCriterion.values().length, maxPoints());
    }

    public int maxPoints() {
        return municipal.stream().mapToInt(MunicipalCriterion::points).sum();
    }

    /** The candidate's key from the confirmed criteria (statutory, and municipal by code). */
    public long key(Set<StatutoryCriterion> statutory, Set<String> confirmedMunicipal) {
        return key.of(statutory.size(), points(confirmedMunicipal));
    }

    /** The municipal points of the confirmed criteria; an unknown code is a configuration error. */
    public int points(Set<String> confirmedMunicipal) {
        int points = 0;
        for (String code : confirmedMunicipal) {
            points += municipal.stream().filter(c -> c.code().equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No municipal criterion " + code))
                    .points();
        }
        return points;
    }

    public PriorityKey priorityKey() {
        return key;
    }

    public List<MunicipalCriterion> municipal() {
        return municipal;
    }
}
