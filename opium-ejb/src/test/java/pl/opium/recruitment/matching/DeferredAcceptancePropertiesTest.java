package pl.opium.recruitment.matching;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The guarantees of the assignment on random instances; small ones also against every possible assignment. */
class DeferredAcceptancePropertiesTest {

    @Property(tries = 300)
    void placesAreRespectedExceptByReportedTiesAndNobodyHoldsTwo(@ForAll long seed) {
        Instances.Instance instance = Instances.random(new Random(seed), 6, 30, 3, false);
        MatchingInput input = instance.input();
        MatchingResult result = DeferredAcceptance.run(input);
        int[] held = Stability.heldCount(input, result.assigned());
        for (int u = 0; u < input.units(); u++) {
            int unit = u;
            var tie = result.ties().stream().filter(t -> t.unit() == unit).findFirst();
            if (tie.isEmpty()) {
                assertThat(held[u]).as("unit %d", u).isLessThanOrEqualTo(input.capacity(u));
            } else {
                assertThat(held[u] - tie.get().candidates().length + tie.get().places()).isEqualTo(input.capacity(u));
            }
        }
        for (int c = 0; c < input.candidates(); c++) {
            int unit = result.unitOf(c);
            // a single place per candidate, and only one they asked for
            assertThat(unit == MatchingResult.UNPLACED || Arrays.stream(input.preferences(c)).anyMatch(p -> p == unit)).isTrue();
        }
    }

    @Property(tries = 300)
    void aFinalResultIsStableAndWastesNoPlace(@ForAll long seed) {
        Instances.Instance instance = Instances.random(new Random(seed), 6, 30, 40, false);
        MatchingInput input = instance.input();
        MatchingResult result = DeferredAcceptance.run(input, committeeOrders(input));
        assertThat(result.isFinal()).isTrue();
        assertThat(Stability.blockingPairs(input, result.assigned(), capacities(input))).isEmpty();
    }

    @Property(tries = 200)
    void theOrderOfTheInputChangesNothingTiesIncluded(@ForAll long seed) {
        Random random = new Random(seed);
        Instances.Instance instance = Instances.random(random, 6, 30, 3, false);
        MatchingResult inOrder = DeferredAcceptance.run(instance.input());
        int[] order = Instances.shuffled(instance.applicants().size(), random);
        MatchingResult shuffled = DeferredAcceptance.run(instance.input(order));
        for (int i = 0; i < order.length; i++) {
            assertThat(shuffled.unitOf(i)).isEqualTo(inOrder.unitOf(order[i]));
        }
        assertThat(shuffled.ties()).hasSameSizeAs(inOrder.ties());
        for (int t = 0; t < inOrder.ties().size(); t++) {
            Tie expected = inOrder.ties().get(t);
            Tie actual = shuffled.ties().get(t);
            assertThat(actual.unit()).isEqualTo(expected.unit());
            assertThat(actual.places()).isEqualTo(expected.places());
            assertThat(Arrays.stream(actual.candidates()).map(i -> order[i]).sorted().toArray())
                    .containsExactly(expected.candidates());
        }
        assertThat(shuffled.cutoff()).containsExactly(inOrder.cutoff());
    }

    @Property(tries = 400)
    void onSmallInstancesItIsTheStableAssignmentEveryCandidateLikesBest(@ForAll long seed) {
        Instances.Instance instance = Instances.random(new Random(seed), 3, 6, 5, true);
        MatchingInput input = instance.input();
        MatchingResult result = DeferredAcceptance.run(input);
        assertThat(result.isFinal()).isTrue();
        int[] capacity = capacities(input);
        List<int[]> stable = new ArrayList<>();
        for (int[] assignment : Stability.allAssignments(input)) {
            if (Stability.blockingPairs(input, assignment, capacity).isEmpty()) {
                stable.add(assignment);
            }
        }
        assertThat(stable).as("brute force finds the engine's assignment among the stable ones")
                .anySatisfy(assignment -> assertThat(assignment).containsExactly(result.assigned()));
        for (int[] other : stable) {
            for (int c = 0; c < input.candidates(); c++) {
                assertThat(Stability.rankOf(input, c, result.unitOf(c)))
                        .as("candidate %d is at least as well placed as in any stable assignment", c)
                        .isLessThanOrEqualTo(Stability.rankOf(input, c, other[c]));
            }
        }
    }

    /**
     * A committee may name only some of the tied candidates, in any order, and decide again after the
     * next run: decisions compose, so the loop of deciding and running ends, after at most as many runs
     * as candidates were ever tied at a unit (each decision settles at least one of them for good), and
     * ends in a stable result with nobody pushed below a candidate the committee put after them.
     */
    @Property(tries = 300)
    void anySequenceOfPartialDecisionsEndsWithinAsManyRunsAsTiedCandidates(@ForAll long seed) {
        Random random = new Random(seed);
        Instances.Instance instance = Instances.random(random, 5, 30, 2, false);
        MatchingInput input = instance.input();
        List<TieDecision> decisions = new ArrayList<>();
        java.util.Set<Long> everTied = new java.util.HashSet<>();
        int runs = 0;
        MatchingResult result;
        while (true) {
            result = DeferredAcceptance.run(input, decisions);
            runs++;
            for (Tie tie : result.ties()) {
                for (int c : tie.candidates()) {
                    everTied.add((long) tie.unit() << 32 | c);
                }
            }
            assertThat(runs).as("runs so far against candidates ever tied").isLessThanOrEqualTo(everTied.size() + 1);
            if (result.isFinal()) {
                break;
            }
            // one tie decided per run, naming a random part of it (often a single candidate) in a random order
            Tie tie = result.ties().get(random.nextInt(result.ties().size()));
            int[] shuffled = Instances.shuffled(tie.candidates().length, random);
            int[] named = new int[random.nextBoolean() ? 1 : 1 + random.nextInt(tie.candidates().length)];
            for (int i = 0; i < named.length; i++) {
                named[i] = tie.candidates()[shuffled[i]];
            }
            decisions.add(TieDecision.order(tie.unit(), "komisja, posiedzenie " + runs, named));
        }
        assertThat(Stability.blockingPairs(input, result.assigned(), capacities(input))).isEmpty();
    }

    @Property(tries = 100)
    void aDecisionNamingACandidateTwiceOrTwoDecisionsNamingTheSameOneAreRefused(@ForAll long seed) {
        Random random = new Random(seed);
        Instances.Instance instance = Instances.random(random, 3, 10, 1, false);
        MatchingInput input = instance.input();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TieDecision.order(0, "dwa razy", 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        if (input.candidates() > 0) {
            List<TieDecision> twice = List.of(TieDecision.order(0, "pierwsza", 0), TieDecision.order(0, "druga", 0));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeferredAcceptance.run(input, twice))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    /**
     * With ties, once the committee has ordered every one (as recorded, in the order decided), the
     * result is the assignment every candidate likes best among those stable for the priorities with
     * ties broken by the committee's order: checked against every possible assignment.
     */
    @Property(tries = 400)
    void withTiesBrokenByTheCommitteesRecordedOrderItIsTheBestStableAssignment(@ForAll long seed) {
        Random random = new Random(seed);
        Instances.Instance instance = Instances.random(random, 3, 6, 1, false);
        MatchingInput input = instance.input();
        List<TieDecision> decisions = committeeOrders(input);
        MatchingResult result = DeferredAcceptance.run(input, decisions);
        assertThat(result.isFinal()).isTrue();

        // the same instance with the committee's order written into the keys: strict where the orders decide
        int[] named = new int[input.units()];
        decisions.forEach(d -> named[d.unit()] += d.order().length);
        List<java.util.Map<Integer, Integer>> rank = new ArrayList<>();
        for (int u = 0; u < input.units(); u++) {
            rank.add(new java.util.HashMap<>());
        }
        for (TieDecision decision : decisions) {
            for (int c : decision.order()) {
                rank.get(decision.unit()).put(c, named[decision.unit()]--);
            }
        }
        MatchingInput.Builder broken = MatchingInput.builder();
        for (int u = 0; u < input.units(); u++) {
            broken.unit(input.capacity(u));
        }
        for (int c = 0; c < input.candidates(); c++) {
            int[] units = input.preferences(c);
            long[] keys = new long[units.length];
            for (int i = 0; i < units.length; i++) {
                keys[i] = input.keyAt(c, units[i]) * 1_000 + rank.get(units[i]).getOrDefault(c, 0);
            }
            broken.candidate(units, keys);
        }
        MatchingInput strict = broken.build();
        int[] capacity = capacities(strict);
        List<int[]> stable = new ArrayList<>();
        for (int[] assignment : Stability.allAssignments(strict)) {
            if (Stability.blockingPairs(strict, assignment, capacity).isEmpty()) {
                stable.add(assignment);
            }
        }
        assertThat(stable).anySatisfy(assignment -> assertThat(assignment).containsExactly(result.assigned()));
        for (int[] other : stable) {
            for (int c = 0; c < input.candidates(); c++) {
                assertThat(Stability.rankOf(strict, c, result.unitOf(c))).isLessThanOrEqualTo(Stability.rankOf(strict, c, other[c]));
            }
        }
    }

    /**
     * Extra places instead of an order: the department adds to each tied unit the places its whole
     * tied group needs, run after run until the result is final. Then no unit holds more than its
     * places plus those added, and nobody is worse placed than when the committee orders the ties
     * (more places only ever help the candidates).
     */
    @Property(tries = 300)
    void extraPlacesForTiesPushNobodyDownAndCapacityPlusTheExtraHolds(@ForAll long seed) {
        Instances.Instance instance = Instances.random(new Random(seed), 6, 30, 2, false);
        MatchingInput input = instance.input();
        MatchingResult ordered = DeferredAcceptance.run(input, committeeOrders(input));
        List<TieDecision> extra = new ArrayList<>();
        int[] added = new int[input.units()];
        MatchingResult result = DeferredAcceptance.run(input, extra);
        for (int round = 0; !result.isFinal(); round++) {
            assertThat(round).as("extra places end the ties").isLessThan(100);
            for (Tie tie : result.ties()) {
                int places = tie.candidates().length - tie.places();
                extra.add(TieDecision.extraPlaces(tie.unit(), places, "miejsca dodane przez organ prowadzący"));
                added[tie.unit()] += places;
            }
            result = DeferredAcceptance.run(input, extra);
        }
        int[] held = Stability.heldCount(input, result.assigned());
        for (int u = 0; u < input.units(); u++) {
            assertThat(held[u]).as("unit %d", u).isLessThanOrEqualTo(input.capacity(u) + added[u]);
        }
        for (int c = 0; c < input.candidates(); c++) {
            assertThat(Stability.rankOf(input, c, result.unitOf(c))).as("candidate %d", c)
                    .isLessThanOrEqualTo(Stability.rankOf(input, c, ordered.unitOf(c)));
        }
    }

    /** Runs until final, deciding every tie as a committee might: by candidate number, with a justification. */
    private static List<TieDecision> committeeOrders(MatchingInput input) {
        List<TieDecision> decisions = new ArrayList<>();
        for (int round = 0; round < 100; round++) {
            MatchingResult result = DeferredAcceptance.run(input, decisions);
            if (result.isFinal()) {
                return decisions;
            }
            for (Tie tie : result.ties()) {
                decisions.add(TieDecision.order(tie.unit(), "kolejność ustalona przez komisję", tie.candidates()));
            }
        }
        throw new AssertionError("Ties never resolved");
    }

    private static int[] capacities(MatchingInput input) {
        int[] capacity = new int[input.units()];
        for (int u = 0; u < capacity.length; u++) {
            capacity[u] = input.capacity(u);
        }
        return capacity;
    }
}
