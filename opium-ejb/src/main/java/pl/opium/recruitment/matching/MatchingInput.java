package pl.opium.recruitment.matching;

import java.util.Arrays;
import java.util.List;

/**
 * What an assignment run reads: units with their places, and each candidate's preferences in order,
 * each with the candidate's priority key at that unit (see {@link PriorityKey}). Candidates and units
 * are numbered from 0 in the order they were added; the arrays are compact (a million candidates with
 * twenty preferences each take about 250 MB).
 */
public final class MatchingInput {

    final int[] capacity;
    /** Candidate c's preferences are positions {@code start[c]} up to {@code start[c + 1]}. */
    final int[] start;
    final int[] unit;
    final long[] key;

    private MatchingInput(int[] capacity, int[] start, int[] unit, long[] key) {
        this.capacity = capacity;
        this.start = start;
        this.unit = unit;
        this.key = key;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int units() {
        return capacity.length;
    }

    public int candidates() {
        return start.length - 1;
    }

    public int capacity(int u) {
        return capacity[u];
    }

    /** The candidate's preferred units, best first. */
    public int[] preferences(int candidate) {
        return Arrays.copyOfRange(unit, start[candidate], start[candidate + 1]);
    }

    /** The candidate's priority key at the unit, or -1 where the unit is not among their preferences. */
    public long keyAt(int candidate, int u) {
        for (int p = start[candidate]; p < start[candidate + 1]; p++) {
            if (unit[p] == u) {
                return key[p];
            }
        }
        return -1;
    }

    /**
     * This input with a unit of one place per sibling place, numbered after the others, listed by its
     * candidate alone right after the unit it belongs to, at the same key.
     */
    MatchingInput withSiblingPlaces(List<SiblingPlace> places) {
        Builder builder = builder();
        for (int capacity : this.capacity) {
            builder.unit(capacity);
        }
        int[] seatOf = new int[candidates()];
        Arrays.fill(seatOf, -1);
        for (SiblingPlace place : places) {
            if (place.candidate() < 0 || place.candidate() >= candidates() || seatOf[place.candidate()] >= 0) {
                throw new IllegalArgumentException("One sibling place per candidate: " + place);
            }
            if (keyAt(place.candidate(), place.unit()) < 0) {
                throw new IllegalArgumentException("The candidate does not list the unit: " + place);
            }
            seatOf[place.candidate()] = builder.unit(1);
        }
        for (int c = 0; c < candidates(); c++) {
            int length = start[c + 1] - start[c];
            int extra = seatOf[c] >= 0 ? 1 : 0;
            int[] units = new int[length + extra];
            long[] keys = new long[length + extra];
            int i = 0;
            for (int p = start[c]; p < start[c + 1]; p++) {
                units[i] = unit[p];
                keys[i++] = key[p];
                if (extra == 1 && unit[p] == places.get(seatOf[c] - capacity.length).unit()) {
                    units[i] = seatOf[c];
                    keys[i++] = key[p];
                }
            }
            builder.candidate(units, keys);
        }
        return builder.build();
    }

    /** Builds an input; candidates and units are numbered in the order they are added. */
    public static final class Builder {

        private int[] capacity = new int[16];
        private int units;
        private int[] start = new int[17];
        private int candidates;
        private int[] unit = new int[64];
        private long[] key = new long[64];
        private int preferences;

        /** Adds a unit with its places; returns its number. */
        public int unit(int places) {
            if (places < 0) {
                throw new IllegalArgumentException("Places cannot be negative: " + places);
            }
            if (units == capacity.length) {
                capacity = Arrays.copyOf(capacity, units * 2);
            }
            capacity[units] = places;
            return units++;
        }

        /**
         * Adds a candidate with their preferred units, best first, and their priority key at each;
         * returns the candidate's number. A unit may appear once in a candidate's list.
         */
        public int candidate(int[] preferredUnits, long[] keys) {
            if (preferredUnits.length != keys.length) {
                throw new IllegalArgumentException("One key per preference");
            }
            for (int i = 0; i < preferredUnits.length; i++) {
                if (preferredUnits[i] < 0 || preferredUnits[i] >= units) {
                    throw new IllegalArgumentException("No unit " + preferredUnits[i]);
                }
                if (keys[i] < 0) {
                    throw new IllegalArgumentException("Keys are not negative");
                }
                for (int j = 0; j < i; j++) {
                    if (preferredUnits[j] == preferredUnits[i]) {
                        throw new IllegalArgumentException("Unit " + preferredUnits[i] + " twice in one list");
                    }
                }
            }
            while (preferences + preferredUnits.length > unit.length) {
                unit = Arrays.copyOf(unit, unit.length * 2);
                key = Arrays.copyOf(key, key.length * 2);
            }
            System.arraycopy(preferredUnits, 0, unit, preferences, preferredUnits.length);
            System.arraycopy(keys, 0, key, preferences, keys.length);
            preferences += preferredUnits.length;
            if (candidates + 2 > start.length) {
                start = Arrays.copyOf(start, start.length * 2);
            }
            start[++candidates] = preferences;
            return candidates - 1;
        }

        public MatchingInput build() {
            return new MatchingInput(Arrays.copyOf(capacity, units), Arrays.copyOf(start, candidates + 1),
                    Arrays.copyOf(unit, preferences), Arrays.copyOf(key, preferences));
        }
    }
}
