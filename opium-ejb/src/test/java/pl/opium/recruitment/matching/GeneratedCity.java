package pl.opium.recruitment.matching;

import java.util.Random;

/**
 * Recruitment instances of a given size for the benchmarks, generated from a seed: units of 15–34
 * places, popularity skewed as in real cities (a few sought-after schools, a long tail), each
 * candidate listing 3 up to {@code maxPreferences} distinct units with keys like a preschool's (stage
 * 1 criteria 0–3, municipal points 0–60: many ties) or a secondary school's (laureates, points to
 * two decimals, two tie-break levels: few ties).
 */
final class GeneratedCity {

    private GeneratedCity() {
    }

    static MatchingInput generate(int candidates, int units, int maxPreferences, boolean secondary, long seed) {
        Random random = new Random(seed);
        MatchingInput.Builder builder = MatchingInput.builder();
        for (int u = 0; u < units; u++) {
            builder.unit(15 + random.nextInt(20));
        }
        PriorityKey preschool = new PriorityKey(7, 60);
        PriorityKey secondaryKey = new PriorityKey(1, 20_000, 3, 3);
        int[] chosen = new int[maxPreferences];
        long[] keys = new long[maxPreferences];
        for (int c = 0; c < candidates; c++) {
            int count = Math.min(units, 3 + random.nextInt(Math.max(1, maxPreferences - 2)));
            long base = secondary
                    ? secondaryKey.of(random.nextInt(200) == 0 ? 1 : 0, random.nextInt(20_001), random.nextInt(4), random.nextInt(4))
                    : preschool.of(random.nextInt(4), random.nextInt(61));
            for (int i = 0; i < count; i++) {
                int unit;
                boolean repeated;
                do {
                    // popularity falls steeply from unit 0 on: squares and cubes of uniform numbers
                    unit = (int) (units * Math.pow(random.nextDouble(), 2.5));
                    repeated = false;
                    for (int j = 0; j < i && !repeated; j++) {
                        repeated = chosen[j] == unit;
                    }
                } while (repeated);
                chosen[i] = unit;
                keys[i] = base;
            }
            builder.candidate(java.util.Arrays.copyOf(chosen, count), java.util.Arrays.copyOf(keys, count));
        }
        return builder.build();
    }
}
