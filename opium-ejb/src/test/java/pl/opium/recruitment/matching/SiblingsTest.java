package pl.opium.recruitment.matching;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiblingsTest {

    private final PriorityKey preschool = new PriorityKey(7, 60);

    @Test
    void twinsApartAreBroughtTogetherOnAnExtraPlaceWithoutTakingAnybodysPlace() {
        MatchingInput.Builder city = MatchingInput.builder();
        int sunflowers = city.unit(2);
        int bees = city.unit(1);
        int ola = city.candidate(new int[]{sunflowers, bees}, new long[]{preschool.of(2, 10), preschool.of(2, 10)});
        int ela = city.candidate(new int[]{sunflowers, bees}, new long[]{preschool.of(0, 10), preschool.of(0, 10)});
        int jan = city.candidate(new int[]{sunflowers}, new long[]{preschool.of(1, 0)});
        int ada = city.candidate(new int[]{bees}, new long[]{preschool.of(0, 5)});
        MatchingInput input = city.build();

        MatchingResult apart = DeferredAcceptance.run(input);
        assertThat(apart.unitOf(ola)).isEqualTo(sunflowers);
        assertThat(apart.unitOf(ela)).as("Ela's points reach only the bees").isEqualTo(bees);
        assertThat(apart.unitOf(ada)).isEqualTo(MatchingResult.UNPLACED);

        List<Siblings.Proposal> proposals = Siblings.proposals(List.of(
                new Siblings.Sibling(ola, new long[]{sunflowers, bees}, apart.unitOf(ola)),
                new Siblings.Sibling(ela, new long[]{sunflowers, bees}, apart.unitOf(ela))));
        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.unit()).isEqualTo(sunflowers);
            assertThat(p.joiners()).containsExactly(ela);
            assertThat(p.together()).isTrue();
        });

        MatchingResult together = DeferredAcceptance.run(input, List.of(), List.of(new SiblingPlace(ela, sunflowers)));
        assertThat(together.unitOf(ela)).isEqualTo(sunflowers);
        assertThat(together.unitOf(ola)).isEqualTo(sunflowers);
        assertThat(together.unitOf(jan)).as("Jan keeps his place").isEqualTo(sunflowers);
        assertThat(together.unitOf(ada)).as("Ela's place at the bees goes to the next in line").isEqualTo(bees);
        assertThat(preschool.levels(together.cutoff()[sunflowers]))
                .as("the lowest admitted score is that of the unit's own places").containsExactly(1, 0);
        assertThat(together.freePlaces()).containsExactly(0, 0);
        assertThat(together.siblingPlacesTaken()).containsExactly(new SiblingPlace(ela, sunflowers));
    }

    @Test
    void nothingIsProposedForSiblingsTogetherOrForOneWhoWouldMoveDown() {
        assertThat(Siblings.proposals(List.of(new Siblings.Sibling(1, new long[]{7, 8}, 7),
                new Siblings.Sibling(2, new long[]{7}, 7)))).isEmpty();
        assertThat(Siblings.proposals(List.of(new Siblings.Sibling(1, new long[]{7}, -1),
                new Siblings.Sibling(2, new long[]{8}, -1)))).as("placed nowhere, no place to join").isEmpty();
        // the second got their first choice: moving to the first's unit would be down their list
        List<Siblings.Proposal> proposals = Siblings.proposals(List.of(new Siblings.Sibling(1, new long[]{7, 8}, 8),
                new Siblings.Sibling(2, new long[]{7, 8}, 7)));
        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.unit()).isEqualTo(7);
            assertThat(p.joiners()).containsExactly(1);
        });
        assertThat(Siblings.offers(List.of(new Siblings.Sibling(1, new long[]{7, 8}, 8),
                new Siblings.Sibling(2, new long[]{7, 8}, 7)), 8, new long[]{2})).isFalse();
    }

    @Test
    void tripletsMayBeOnlyPartlyBroughtTogetherAndTheProposalSaysSo() {
        List<Siblings.Proposal> proposals = Siblings.proposals(List.of(
                new Siblings.Sibling(1, new long[]{7, 8}, 7),
                new Siblings.Sibling(2, new long[]{7, 9}, -1),
                new Siblings.Sibling(3, new long[]{9}, 9)));
        assertThat(proposals).hasSize(2);
        assertThat(proposals.get(0).unit()).isEqualTo(7);
        assertThat(proposals.get(0).joiners()).containsExactly(2);
        assertThat(proposals.get(0).together()).as("the third does not list unit 7").isFalse();
        assertThat(proposals.get(1).unit()).isEqualTo(9);
        assertThat(proposals.get(1).joiners()).containsExactly(2);
    }

    @Test
    void aSiblingPlaceMustBeAtAUnitTheCandidateListedAndOnlyOnePerCandidate() {
        MatchingInput.Builder city = MatchingInput.builder();
        int a = city.unit(1);
        int b = city.unit(1);
        int ola = city.candidate(new int[]{a}, new long[]{1});
        MatchingInput input = city.build();
        assertThatThrownBy(() -> DeferredAcceptance.run(input, List.of(), List.of(new SiblingPlace(ola, b))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeferredAcceptance.run(input, List.of(),
                List.of(new SiblingPlace(ola, a), new SiblingPlace(ola, a))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
