package pl.opium.recruitment.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Candidate-proposing deferred acceptance, as Polish recruitment systems describe it: every
 * candidate is placed in the highest unit on their list for which their priority suffices. Each
 * candidate proposes to their units in order; a unit holds the best proposals it has had, up to its
 * places, and turns away the rest, who propose further down their lists. Nobody holds two places,
 * nobody is placed by where they come in the input, and the result is stable: no candidate is below
 * someone with lower priority at a unit they prefer, and no place stays free that a candidate who is
 * placed lower, or not at all, wanted.
 *
 * <p>Ties are not broken here. A unit keeps everyone whose priority is at least that of its last
 * place; where that group has more candidates than places, it holds them all and the run reports the
 * {@link Tie}. The committee's {@link TieDecision}s (an order among them or extra places) go into the
 * next run. The outcome is the least fixed point of a monotone process, so it does not depend on the
 * order in which proposals are made, with or without ties.
 *
 * <p>A {@link SiblingPlace} is a unit of one place that only its candidate lists, right after the unit
 * it belongs to: the run stays plain deferred acceptance, with all its guarantees, and the place is
 * reported as the unit's.
 */
public final class DeferredAcceptance {

    private DeferredAcceptance() {
    }

    public static MatchingResult run(MatchingInput input) {
        return run(input, List.of());
    }

    public static MatchingResult run(MatchingInput input, List<TieDecision> decisions) {
        return match(input, decisions);
    }

    /** A run with the committees' decisions and the places added for siblings. */
    public static MatchingResult run(MatchingInput input, List<TieDecision> decisions, List<SiblingPlace> siblingPlaces) {
        if (siblingPlaces.isEmpty()) {
            return match(input, decisions);
        }
        int units = input.units();
        MatchingResult result = match(input.withSiblingPlaces(siblingPlaces), decisions);
        int[] assigned = result.assigned().clone();
        List<SiblingPlace> taken = new ArrayList<>();
        for (int c = 0; c < assigned.length; c++) {
            if (assigned[c] >= units) {
                SiblingPlace place = siblingPlaces.get(assigned[c] - units);
                assigned[c] = place.unit();
                taken.add(place);
            }
        }
        return new MatchingResult(assigned, result.ties(), Arrays.copyOf(result.cutoff(), units),
                Arrays.copyOf(result.freePlaces(), units), List.copyOf(taken));
    }

    private static MatchingResult match(MatchingInput input, List<TieDecision> decisions) {
        int candidates = input.candidates();
        int units = input.units();
        int[] capacity = input.capacity.clone();
        // the committee's ranks at each unit: the first candidate the first decision names ranks highest,
        // each later one lower, down to 1; a candidate never named ranks 0 (decisions compose, see TieDecision)
        int[] named = new int[units];
        for (TieDecision decision : decisions) {
            if (decision.unit() < 0 || decision.unit() >= units) {
                throw new IllegalArgumentException("No unit " + decision.unit());
            }
            named[decision.unit()] += decision.order().length;
        }
        List<Map<Integer, Integer>> ranks = new ArrayList<>(units);
        for (int u = 0; u < units; u++) {
            ranks.add(named[u] == 0 ? Map.of() : new HashMap<>());
        }
        for (TieDecision decision : decisions) {
            int u = decision.unit();
            capacity[u] += decision.extraPlaces();
            for (int c : decision.order()) {
                if (c < 0 || c >= candidates) {
                    throw new IllegalArgumentException("No candidate " + c);
                }
                if (ranks.get(u).putIfAbsent(c, named[u]--) != null) {
                    throw new IllegalArgumentException("Candidate " + c + " is named by two decisions at unit " + u);
                }
            }
        }
        Unit[] held = new Unit[units];
        for (int u = 0; u < units; u++) {
            held[u] = new Unit(capacity[u]);
        }
        int[] assigned = new int[candidates];
        Arrays.fill(assigned, MatchingResult.UNPLACED);
        int[] next = new int[candidates];
        int[] free = new int[candidates];
        int freeCount = 0;
        for (int c = candidates - 1; c >= 0; c--) {
            free[freeCount++] = c;
        }
        List<Integer> rejected = new ArrayList<>();
        while (freeCount > 0) {
            int c = free[--freeCount];
            int end = input.start[c + 1] - input.start[c];
            while (next[c] < end) {
                int p = input.start[c] + next[c]++;
                int u = input.unit[p];
                rejected.clear();
                held[u].propose(c, new Level(input.key[p], ranks.get(u).getOrDefault(c, 0)), rejected);
                boolean turnedAway = false;
                for (int r : rejected) {
                    if (r == c) {
                        turnedAway = true;
                    } else {
                        assigned[r] = MatchingResult.UNPLACED;
                        free[freeCount++] = r;
                    }
                }
                if (!turnedAway) {
                    assigned[c] = u;
                    break;
                }
            }
        }
        List<Tie> ties = new ArrayList<>();
        long[] cutoff = new long[units];
        int[] freePlaces = new int[units];
        for (int u = 0; u < units; u++) {
            Unit unit = held[u];
            freePlaces[u] = Math.max(0, capacity[u] - unit.size);
            cutoff[u] = unit.size == 0 ? -1 : unit.groups.firstKey().key();
            if (unit.size > capacity[u]) {
                Map.Entry<Level, List<Integer>> group = unit.groups.firstEntry();
                int[] tied = group.getValue().stream().mapToInt(Integer::intValue).sorted().toArray();
                ties.add(new Tie(u, group.getKey().key(), tied, capacity[u] - (unit.size - tied.length)));
            }
        }
        return new MatchingResult(assigned, List.copyOf(ties), cutoff, freePlaces);
    }

    /** A priority at a unit: the key, then the committee's rank (0 where it named nobody). Higher is better. */
    private record Level(long key, int rank) implements Comparable<Level> {
        @Override
        public int compareTo(Level other) {
            int byKey = Long.compare(key, other.key);
            return byKey != 0 ? byKey : Integer.compare(rank, other.rank);
        }
    }

    /** The proposals a unit holds, grouped by level, lowest first. */
    private static final class Unit {
        final int capacity;
        final TreeMap<Level, List<Integer>> groups = new TreeMap<>();
        int size;

        Unit(int capacity) {
            this.capacity = capacity;
        }

        /** Holds the proposal, then turns away whole lowest groups while the rest still fill the places. */
        void propose(int candidate, Level level, List<Integer> rejected) {
            groups.computeIfAbsent(level, l -> new ArrayList<>(2)).add(candidate);
            size++;
            while (size > capacity) {
                Map.Entry<Level, List<Integer>> lowest = groups.firstEntry();
                if (size - lowest.getValue().size() < capacity) {
                    return; // the lowest group straddles the cut-off: a tie for the committee
                }
                groups.pollFirstEntry();
                size -= lowest.getValue().size();
                rejected.addAll(lowest.getValue());
            }
        }
    }
}
