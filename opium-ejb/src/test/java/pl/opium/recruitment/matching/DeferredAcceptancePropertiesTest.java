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
