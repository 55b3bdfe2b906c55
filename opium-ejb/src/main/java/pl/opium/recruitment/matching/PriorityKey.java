package pl.opium.recruitment.matching;

import java.util.Arrays;

/**
 * Packs a lexicographic priority into one {@code long}, higher is better: levels are compared in
 * order (statutory stage, then municipal points; or laureate, points, then the statutory tie-break
 * levels), each between 0 and its declared maximum. One long per preference keeps a million
 * candidates' applications in a few hundred megabytes and makes comparing them one instruction.
 */
public final class PriorityKey {

    private final long[] maxima;

    /** @param maxima the largest value of each level, most significant first */
    public PriorityKey(long... maxima) {
        double bits = 0;
        for (long max : maxima) {
            if (max < 0) {
                throw new IllegalArgumentException("A level's maximum cannot be negative: " + max);
            }
            bits += Math.log(max + 1.0) / Math.log(2);
        }
        if (bits > 62) {
            throw new IllegalArgumentException("Levels " + Arrays.toString(maxima) + " do not fit into one key");
        }
        this.maxima = maxima.clone();
    }

    /** The key of the given levels, most significant first. */
    public long of(long... levels) {
        if (levels.length != maxima.length) {
            throw new IllegalArgumentException("Expected " + maxima.length + " levels, got " + levels.length);
        }
        long key = 0;
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] < 0 || levels[i] > maxima[i]) {
                throw new IllegalArgumentException("Level " + i + " is " + levels[i] + ", outside 0.." + maxima[i]);
            }
            key = key * (maxima[i] + 1) + levels[i];
        }
        return key;
    }

    /** The levels a key was made of, most significant first (for justifications and lists). */
    public long[] levels(long key) {
        long[] levels = new long[maxima.length];
        for (int i = maxima.length - 1; i >= 0; i--) {
            levels[i] = key % (maxima[i] + 1);
            key /= maxima[i] + 1;
        }
        return levels;
    }
}
