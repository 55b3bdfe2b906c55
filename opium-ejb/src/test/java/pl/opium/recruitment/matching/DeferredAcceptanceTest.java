package pl.opium.recruitment.matching;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeferredAcceptanceTest {

    /** Preschool: stage 1 (statutory criteria met, 0–7), then stage 2 (municipal points, 0–60). */
    private final PriorityKey preschool = new PriorityKey(7, 60);

    @Test
    void everyoneGetsTheHighestUnitTheirPrioritySufficesFor() {
        MatchingInput.Builder city = MatchingInput.builder();
        int sunflowers = city.unit(1);
        int bees = city.unit(2);
        int ola = city.candidate(new int[]{sunflowers, bees}, new long[]{preschool.of(1, 10), preschool.of(1, 10)});
        int jan = city.candidate(new int[]{sunflowers, bees}, new long[]{preschool.of(2, 0), preschool.of(2, 0)});
        int ada = city.candidate(new int[]{bees}, new long[]{preschool.of(0, 40)});
        int tom = city.candidate(new int[]{bees, sunflowers}, new long[]{preschool.of(0, 5), preschool.of(0, 5)});

        MatchingResult result = DeferredAcceptance.run(city.build());

        assertThat(result.isFinal()).isTrue();
        assertThat(result.unitOf(jan)).as("two statutory criteria beat any points").isEqualTo(sunflowers);
        assertThat(result.unitOf(ola)).isEqualTo(bees);
        assertThat(result.unitOf(ada)).isEqualTo(bees);
        assertThat(result.unitOf(tom)).isEqualTo(MatchingResult.UNPLACED);
        assertThat(preschool.levels(result.cutoff()[bees])).containsExactly(0, 40);
        assertThat(result.freePlaces()).containsExactly(0, 0);
    }

    @Test
    void aTieAtTheCutOffIsReportedNotDrawnAndTheCommitteeDecides() {
        MatchingInput.Builder city = MatchingInput.builder();
        int unit = city.unit(2);
        int first = city.candidate(new int[]{unit}, new long[]{preschool.of(3, 20)});
        int second = city.candidate(new int[]{unit}, new long[]{preschool.of(1, 20)});
        int third = city.candidate(new int[]{unit}, new long[]{preschool.of(1, 20)});
        MatchingInput input = city.build();

        MatchingResult provisional = DeferredAcceptance.run(input);
        assertThat(provisional.isFinal()).isFalse();
        assertThat(provisional.ties()).singleElement().satisfies(tie -> {
            assertThat(tie.unit()).isEqualTo(unit);
            assertThat(tie.candidates()).containsExactly(second, third);
            assertThat(tie.places()).isEqualTo(1);
            assertThat(preschool.levels(tie.key())).containsExactly(1, 20);
        });
        assertThat(provisional.unitOf(first)).isEqualTo(unit);

        MatchingResult ordered = DeferredAcceptance.run(input,
                List.of(TieDecision.order(unit, "Protokół nr 3: bliżej przedszkola mieszka kandydat 3", third, second)));
        assertThat(ordered.isFinal()).isTrue();
        assertThat(ordered.unitOf(third)).isEqualTo(unit);
        assertThat(ordered.unitOf(second)).isEqualTo(MatchingResult.UNPLACED);

        MatchingResult extra = DeferredAcceptance.run(input,
                List.of(TieDecision.extraPlaces(unit, 1, "Uchwała: dodatkowe miejsce w grupie")));
        assertThat(extra.isFinal()).isTrue();
        assertThat(extra.assigned()).containsOnly(unit);
    }

    @Test
    void aTieInsideThePlacesIsNoTie() {
        MatchingInput.Builder city = MatchingInput.builder();
        int unit = city.unit(3);
        city.candidate(new int[]{unit}, new long[]{5});
        city.candidate(new int[]{unit}, new long[]{5});
        city.candidate(new int[]{unit}, new long[]{4});
        city.candidate(new int[]{unit}, new long[]{2});

        MatchingResult result = DeferredAcceptance.run(city.build());

        assertThat(result.isFinal()).isTrue();
        assertThat(result.assigned()).containsExactly(unit, unit, unit, MatchingResult.UNPLACED);
    }

    @Test
    void decisionsNeedAJustificationAndKeysTheirLevels() {
        assertThatThrownBy(() -> TieDecision.order(0, " ", 1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TieDecision(0, new int[]{1}, 1, "oba")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> preschool.of(8, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriorityKey(Long.MAX_VALUE, 10)).isInstanceOf(IllegalArgumentException.class);
        PriorityKey secondary = new PriorityKey(1, 20_000, 3, 3);
        assertThat(secondary.levels(secondary.of(1, 15_075, 2, 0))).containsExactly(1, 15_075, 2, 0);
        assertThat(secondary.of(1, 0, 0, 0)).as("a laureate before any points").isGreaterThan(secondary.of(0, 20_000, 3, 3));
    }
}
