package pl.opium.web.recruitment;

import pl.opium.recruitment.assignment.OpenTie;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tie as the page edits a decision on it: the committee numbers the tied candidates (1 = first)
 * and justifies the order; the department may instead add places.
 */
public class TieDecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final OpenTie tie;
    private final Map<Long, Integer> ranks = new HashMap<>();
    private String justification;
    private int extraPlaces = 1;

    TieDecisionForm(OpenTie tie) {
        this.tie = tie;
        // a decision already recorded is shown as it was given; otherwise alphabetical to start from
        List<Long> order = tie.decidedOrder().isEmpty()
                ? tie.candidates().stream().map(OpenTie.Tied::application).toList() : tie.decidedOrder();
        for (int i = 0; i < order.size(); i++) {
            ranks.put(order.get(i), i + 1);
        }
    }

    /** The candidates by the numbers given, best first; null when the numbers are not 1…n each once. */
    List<Long> bestFirst() {
        List<Long> order = ranks.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.nullsLast(Comparator.naturalOrder())))
                .map(Map.Entry::getKey).toList();
        for (int i = 0; i < order.size(); i++) {
            if (!Integer.valueOf(i + 1).equals(ranks.get(order.get(i)))) {
                return null;
            }
        }
        return order;
    }

    public OpenTie getTie() {
        return tie;
    }

    /** Numbers by application id, for the page's inputs. */
    public Map<Long, Integer> getRanks() {
        return ranks;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public int getExtraPlaces() {
        return extraPlaces;
    }

    public void setExtraPlaces(int extraPlaces) {
        this.extraPlaces = extraPlaces;
    }
}
