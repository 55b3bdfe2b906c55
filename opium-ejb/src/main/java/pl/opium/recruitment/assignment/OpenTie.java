package pl.opium.recruitment.assignment;

import java.io.Serializable;
import java.util.List;

/**
 * A tie the latest run of a round reported at a unit's cut-off, as the committee and the department
 * read it: the tied candidates by name, the priority they share and the places left for them.
 *
 * @param run          the run that reported it; a decision names the run and the tie's index in it
 * @param index        the tie's position among the run's ties
 * @param decision     the decision recorded since the run (who, when, why), waiting for the next run; null if none
 * @param decidedOrder the order that decision gave, best first (empty if it added places or there is none)
 * @param earlier      the decisions earlier runs applied at the unit (who, when, why, the order or the places):
 *                     the candidates they named rank above everyone in this tie
 */
public record OpenTie(long run, int index, String unit, String institution, int places, String priority,
                      List<Tied> candidates, String decision, List<Long> decidedOrder, List<String> earlier)
        implements Serializable {

    /** A tied candidate. */
    public record Tied(long application, String name) implements Serializable {

        public long getApplication() {
            return application;
        }

        public String getName() {
            return name;
        }
    }

    // getters for Jakarta EL, which reads no record components

    public long getRun() {
        return run;
    }

    public int getIndex() {
        return index;
    }

    public String getUnit() {
        return unit;
    }

    public String getInstitution() {
        return institution;
    }

    public int getPlaces() {
        return places;
    }

    public String getPriority() {
        return priority;
    }

    public List<Tied> getCandidates() {
        return candidates;
    }

    public String getDecision() {
        return decision;
    }

    public List<String> getEarlier() {
        return earlier;
    }
}
