package pl.opium.recruitment.matching;

import java.util.List;

/**
 * The outcome of a run: each candidate's unit (or -1), the ties the committee must decide, and per
 * unit the lowest admitted key (the cut-off score lists and justifications quote) and free places.
 * A result with ties is provisional: the tied candidates are all held at their unit, over its places.
 * The sibling places a candidate took are listed apart: they are not the unit's places, and the
 * cut-off and free places are those of the unit's own places.
 */
public record MatchingResult(int[] assigned, List<Tie> ties, long[] cutoff, int[] freePlaces,
                             List<SiblingPlace> siblingPlacesTaken) {

    public static final int UNPLACED = -1;

    public MatchingResult(int[] assigned, List<Tie> ties, long[] cutoff, int[] freePlaces) {
        this(assigned, ties, cutoff, freePlaces, List.of());
    }

    public boolean isFinal() {
        return ties.isEmpty();
    }

    public int unitOf(int candidate) {
        return assigned[candidate];
    }
}
