package pl.opium.recruitment.matching;

import java.util.List;

/**
 * The outcome of a run: each candidate's unit (or -1), the ties the committee must decide, and per
 * unit the lowest admitted key (the cut-off score lists and justifications quote) and free places.
 * A result with ties is provisional: the tied candidates are all held at their unit, over its places.
 */
public record MatchingResult(int[] assigned, List<Tie> ties, long[] cutoff, int[] freePlaces) {

    public static final int UNPLACED = -1;

    public boolean isFinal() {
        return ties.isEmpty();
    }

    public int unitOf(int candidate) {
        return assigned[candidate];
    }
}
