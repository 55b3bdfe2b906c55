package pl.opium.recruitment.matching;

import java.util.ArrayList;
import java.util.List;

/** The guarantees of an assignment, checked from the outside: what a court or a parent could check. */
final class Stability {

    private Stability() {
    }

    /** Every candidate's rank of their unit in their list (0 best), or the list's length when unplaced. */
    static int rankOf(MatchingInput input, int candidate, int unit) {
        int[] preferred = input.preferences(candidate);
        for (int i = 0; i < preferred.length; i++) {
            if (preferred[i] == unit) {
                return i;
            }
        }
        return preferred.length;
    }

    static int[] heldCount(MatchingInput input, int[] assigned) {
        int[] held = new int[input.units()];
        for (int unit : assigned) {
            if (unit >= 0) {
                held[unit]++;
            }
        }
        return held;
    }

    /**
     * The justified claims against an assignment: (candidate, unit) where the candidate prefers the
     * unit to their own and the unit has a free place or holds someone with lower priority.
     */
    static List<int[]> blockingPairs(MatchingInput input, int[] assigned, int[] capacity) {
        int[] held = heldCount(input, assigned);
        List<int[]> blocking = new ArrayList<>();
        for (int c = 0; c < input.candidates(); c++) {
            int[] preferred = input.preferences(c);
            int own = rankOf(input, c, assigned[c]);
            for (int i = 0; i < own; i++) {
                int u = preferred[i];
                long mine = input.keyAt(c, u);
                boolean claim = held[u] < capacity[u];
                for (int other = 0; other < input.candidates() && !claim; other++) {
                    claim = assigned[other] == u && input.keyAt(other, u) < mine;
                }
                if (claim) {
                    blocking.add(new int[]{c, u});
                }
            }
        }
        return blocking;
    }

    /** Every assignment that respects places and lists (brute force: small instances only). */
    static List<int[]> allAssignments(MatchingInput input) {
        List<int[]> all = new ArrayList<>();
        extend(input, new int[input.candidates()], 0, new int[input.units()], all);
        return all;
    }

    private static void extend(MatchingInput input, int[] assigned, int c, int[] held, List<int[]> all) {
        if (c == input.candidates()) {
            all.add(assigned.clone());
            return;
        }
        assigned[c] = MatchingResult.UNPLACED;
        extend(input, assigned, c + 1, held, all);
        for (int u : input.preferences(c)) {
            if (held[u] < input.capacity(u)) {
                held[u]++;
                assigned[c] = u;
                extend(input, assigned, c + 1, held, all);
                held[u]--;
            }
        }
        assigned[c] = MatchingResult.UNPLACED;
    }
}
