package pl.opium.recruitment.matching;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** What an extra place for a sibling does, on random instances: it moves the sibling up and nobody else down. */
class SiblingPlacePropertiesTest {

    @Property(tries = 400)
    void siblingPlacesMoveTheirCandidatesUpKeepTheRestStableAndPushNobodyDown(@ForAll long seed) {
        Random random = new Random(seed);
        Instances.Instance instance = Instances.random(random, 6, 30, 40, true);
        MatchingInput input = instance.input();
        MatchingResult before = DeferredAcceptance.run(input);
        List<SiblingPlace> places = randomPlaces(input, before, random);

        MatchingResult after = DeferredAcceptance.run(input, List.of(), places);

        assertThat(after.isFinal()).isTrue();
        for (int c = 0; c < input.candidates(); c++) {
            assertThat(Stability.rankOf(input, c, after.unitOf(c))).as("candidate %d is not pushed down", c)
                    .isLessThanOrEqualTo(Stability.rankOf(input, c, before.unitOf(c)));
        }
        for (SiblingPlace place : places) {
            assertThat(Stability.rankOf(input, place.candidate(), after.unitOf(place.candidate())))
                    .as("the sibling is at the unit of the place or one they like better")
                    .isLessThanOrEqualTo(Stability.rankOf(input, place.candidate(), place.unit()));
        }
        // the sibling places are units of one place listed by their candidates alone: plain deferred
        // acceptance there, so places are respected and nobody has a justified claim
        MatchingInput withPlaces = input.withSiblingPlaces(places);
        MatchingResult seats = DeferredAcceptance.run(withPlaces);
        int[] capacity = new int[withPlaces.units()];
        for (int u = 0; u < capacity.length; u++) {
            capacity[u] = withPlaces.capacity(u);
        }
        assertThat(Stability.blockingPairs(withPlaces, seats.assigned(), capacity)).isEmpty();
        int[] held = Stability.heldCount(withPlaces, seats.assigned());
        for (int u = 0; u < capacity.length; u++) {
            assertThat(held[u]).isLessThanOrEqualTo(capacity[u]);
        }
        List<SiblingPlace> taken = new ArrayList<>();
        for (int c = 0; c < input.candidates(); c++) {
            int unit = seats.unitOf(c);
            if (unit >= input.units()) {
                taken.add(places.get(unit - input.units()));
            }
            assertThat(unit < input.units() ? unit : places.get(unit - input.units()).unit()).isEqualTo(after.unitOf(c));
        }
        assertThat(after.siblingPlacesTaken()).containsExactlyElementsOf(taken);
        assertThat(after.freePlaces()).containsExactly(Arrays.copyOf(seats.freePlaces(), input.units()));
    }

    @Property(tries = 300)
    void everyProposalMovesSiblingsUpToAUnitWhereOneOfThemIs(@ForAll long seed) {
        Random random = new Random(seed);
        Instances.Instance instance = Instances.random(random, 6, 30, 40, true);
        MatchingInput input = instance.input();
        MatchingResult result = DeferredAcceptance.run(input);
        if (input.candidates() < 2) {
            return;
        }
        int[] members = Arrays.copyOf(Instances.shuffled(input.candidates(), random), Math.min(input.candidates(), 2 + random.nextInt(2)));
        List<Siblings.Sibling> group = new ArrayList<>();
        for (int c : members) {
            group.add(new Siblings.Sibling(c, Arrays.stream(input.preferences(c)).asLongStream().toArray(), result.unitOf(c)));
        }
        for (Siblings.Proposal proposal : Siblings.proposals(group)) {
            assertThat(Arrays.stream(members).anyMatch(c -> result.unitOf(c) == proposal.unit())).isTrue();
            List<SiblingPlace> places = new ArrayList<>();
            for (long joiner : proposal.joiners()) {
                int c = (int) joiner;
                assertThat(Stability.rankOf(input, c, (int) proposal.unit()))
                        .isLessThan(Stability.rankOf(input, c, result.unitOf(c)));
                places.add(new SiblingPlace(c, (int) proposal.unit()));
            }
            assertThat(Siblings.offers(group, proposal.unit(), proposal.joiners())).isTrue();
            MatchingResult after = DeferredAcceptance.run(input, List.of(), places);
            for (SiblingPlace place : places) {
                assertThat(Stability.rankOf(input, place.candidate(), after.unitOf(place.candidate())))
                        .isLessThanOrEqualTo(Stability.rankOf(input, place.candidate(), place.unit()));
            }
        }
    }

    /** A place for some candidates at a unit they listed above the one they got. */
    private static List<SiblingPlace> randomPlaces(MatchingInput input, MatchingResult result, Random random) {
        List<SiblingPlace> places = new ArrayList<>();
        for (int c = 0; c < input.candidates(); c++) {
            int better = Stability.rankOf(input, c, result.unitOf(c));
            if (better > 0 && random.nextInt(4) == 0) {
                places.add(new SiblingPlace(c, input.preferences(c)[random.nextInt(better)]));
            }
        }
        return places;
    }
}
