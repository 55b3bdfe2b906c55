package pl.opium.recruitment.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Siblings (twins above all) whose parents asked for them to be placed together, found apart in a
 * final result. The run itself never moves them: that would take a place from a candidate with a
 * better claim. What is possible lawfully is an extra place ({@link SiblingPlace}) at a unit where one
 * of them was placed, for each of the others who listed that unit above where they got in (or got
 * nowhere) — they are only ever moved up their own lists. The department decides; this lists what
 * it can decide.
 */
public final class Siblings {

    /** A sibling: their preferred units (best first) and the unit they were placed at, or -1. */
    public record Sibling(long id, long[] preferred, long placed) {

        /** Where a unit stands on the list, 0 best; the list's length for a unit not on it or nowhere. */
        int rank(long unit) {
            for (int i = 0; i < preferred.length; i++) {
                if (preferred[i] == unit) {
                    return i;
                }
            }
            return preferred.length;
        }
    }

    /**
     * Extra places at a unit that would bring siblings there.
     *
     * @param joiners  the siblings who would move there, each to a unit they prefer
     * @param together whether all of the group would then be at the unit
     */
    public record Proposal(long unit, long[] joiners, boolean together) {
    }

    private Siblings() {
    }

    /** The proposals for one group, by unit; none when the group is together (or placed nowhere at all). */
    public static List<Proposal> proposals(List<Sibling> group) {
        TreeSet<Long> units = new TreeSet<>();
        group.stream().filter(s -> s.placed() >= 0).forEach(s -> units.add(s.placed()));
        boolean apart = units.size() > 1 || (units.size() == 1 && group.stream().anyMatch(s -> s.placed() < 0));
        List<Proposal> proposals = new ArrayList<>();
        if (!apart) {
            return proposals;
        }
        for (long unit : units) {
            long[] joiners = group.stream()
                    .filter(s -> s.placed() != unit && s.rank(unit) < s.rank(s.placed()))
                    .mapToLong(Sibling::id).sorted().toArray();
            long elsewhere = group.stream().filter(s -> s.placed() != unit).count();
            if (joiners.length > 0) {
                proposals.add(new Proposal(unit, joiners, joiners.length == elsewhere));
            }
        }
        return proposals;
    }

    /** Whether the proposal is one of those the group has now: a decision must be one of them. */
    public static boolean offers(List<Sibling> group, long unit, long[] joiners) {
        long[] sorted = joiners.clone();
        Arrays.sort(sorted);
        return proposals(group).stream().anyMatch(p -> p.unit() == unit && Arrays.equals(p.joiners(), sorted));
    }
}
