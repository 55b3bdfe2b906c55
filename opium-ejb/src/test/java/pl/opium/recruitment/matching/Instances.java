package pl.opium.recruitment.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Random recruitment instances for the property tests, described so that they can be rebuilt in another order. */
final class Instances {

    /** A candidate's preferred units, best first, and their keys there. */
    record Applicant(int[] units, long[] keys) {
    }

    record Instance(int[] capacities, List<Applicant> applicants) {

        MatchingInput input() {
            return input(identity(applicants.size()));
        }

        /** The same instance with candidates added in the given order (order[i]: the i-th added). */
        MatchingInput input(int[] order) {
            MatchingInput.Builder builder = MatchingInput.builder();
            for (int capacity : capacities) {
                builder.unit(capacity);
            }
            for (int i : order) {
                builder.candidate(applicants.get(i).units(), applicants.get(i).keys());
            }
            return builder.build();
        }
    }

    private Instances() {
    }

    static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    static int[] shuffled(int n, Random random) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        Collections.shuffle(list, random);
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * An instance with up to {@code maxUnits} units of 0–3 places and up to {@code maxCandidates}
     * candidates listing some of them; keys from 0 to {@code maxKey} (a small maximum makes ties),
     * or all different per unit when {@code strict}.
     */
    static Instance random(Random random, int maxUnits, int maxCandidates, int maxKey, boolean strict) {
        int units = 1 + random.nextInt(maxUnits);
        int[] capacities = new int[units];
        for (int u = 0; u < units; u++) {
            capacities[u] = random.nextInt(4);
        }
        int candidates = random.nextInt(maxCandidates + 1);
        List<Applicant> applicants = new ArrayList<>();
        for (int c = 0; c < candidates; c++) {
            int[] order = shuffled(units, random);
            int length = random.nextInt(units + 1);
            int[] preferred = java.util.Arrays.copyOf(order, length);
            long[] keys = new long[length];
            for (int i = 0; i < length; i++) {
                // strict: a unit ranks candidates by number, scrambled per unit and spread by the key
                keys[i] = strict ? (long) random.nextInt(maxKey + 1) * 1_000 + c : random.nextInt(maxKey + 1);
            }
            applicants.add(new Applicant(preferred, keys));
        }
        return new Instance(capacities, applicants);
    }
}
