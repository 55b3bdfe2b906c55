package pl.opium.recruitment.matching;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NearestPlacesTest {

    // Wrocław: Rynek, and points about 1, 3 and 6 km away
    private static final double[] RYNEK = {51.1100, 17.0320};

    private static NearestPlaces.Place place(int unit, String kind, String district, double lat, double lon, int free) {
        return new NearestPlaces.Place(unit, kind, district, lat, lon, free);
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        // Wrocław Rynek – Warsaw Castle Square: about 301 km
        assertThat(NearestPlaces.km(51.1100, 17.0320, 52.2480, 21.0146)).isCloseTo(301, within(3.0));
        assertThat(NearestPlaces.km(51.11, 17.03, 51.11, 17.03)).isZero();
    }

    @Test
    void theNearestFreePlaceOfTheRightKindAndWhoeverLivesClosestGetsIt() {
        List<NearestPlaces.Place> places = List.of(
                place(1, "PRESCHOOL", "Stare Miasto", 51.1190, 17.0320, 1),   // 1 km north
                place(2, "PRESCHOOL", "Krzyki", 51.0830, 17.0320, 5),          // 3 km south
                place(3, "PRIMARY", "Stare Miasto", 51.1110, 17.0330, 9));     // next door, wrong kind
        NearestPlaces.Seeker near = new NearestPlaces.Seeker(10, "PRESCHOOL", "Stare Miasto", 51.1180, 17.0320);
        NearestPlaces.Seeker far = new NearestPlaces.Seeker(11, "PRESCHOOL", "Stare Miasto", RYNEK[0], RYNEK[1]);

        List<NearestPlaces.Proposal> proposals = NearestPlaces.propose(List.of(far, near), places);

        assertThat(proposals).extracting(NearestPlaces.Proposal::candidate, NearestPlaces.Proposal::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(10, 1), org.assertj.core.groups.Tuple.tuple(11, 2));
        assertThat(proposals.get(1).distanceKm()).isCloseTo(3.0, within(0.1));
    }

    @Test
    void withoutAnAddressPointTheDistrictDecides() {
        List<NearestPlaces.Place> places = List.of(
                place(1, "PRESCHOOL", "Krzyki", 51.0830, 17.0320, 1),
                place(2, "PRESCHOOL", "Psie Pole", 51.1500, 17.1000, 2),
                place(3, "PRESCHOOL", "Psie Pole", 51.1600, 17.1100, 4));
        NearestPlaces.Seeker unlocated = new NearestPlaces.Seeker(7, "PRESCHOOL", "Psie Pole", null, null);
        NearestPlaces.Seeker nowhere = new NearestPlaces.Seeker(8, "PRESCHOOL", "Fabryczna", null, null);

        List<NearestPlaces.Proposal> proposals = NearestPlaces.propose(List.of(unlocated, nowhere), places);

        assertThat(proposals).singleElement().satisfies(proposal -> {
            assertThat(proposal.candidate()).isEqualTo(7);
            assertThat(proposal.unit()).as("the unit with the most free places").isEqualTo(3);
            assertThat(proposal.distanceKm()).isNull();
        });
    }

    @Test
    void placesAreNeverOverbookedAndTheOrderOfTheListsChangesNothing() {
        Random random = new Random(7);
        List<NearestPlaces.Place> places = new ArrayList<>();
        for (int u = 0; u < 30; u++) {
            places.add(place(u, u % 2 == 0 ? "PRESCHOOL" : "PRIMARY", "D" + u % 4, 51 + random.nextDouble() / 5,
                    17 + random.nextDouble() / 5, random.nextInt(3)));
        }
        List<NearestPlaces.Seeker> seekers = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            boolean located = random.nextInt(4) > 0;
            seekers.add(new NearestPlaces.Seeker(c, c % 3 == 0 ? "PRIMARY" : "PRESCHOOL", "D" + c % 4,
                    located ? 51 + random.nextDouble() / 5 : null, located ? 17 + random.nextDouble() / 5 : null));
        }
        List<NearestPlaces.Proposal> proposals = NearestPlaces.propose(seekers, places);
        for (NearestPlaces.Place place : places) {
            assertThat(proposals.stream().filter(p -> p.unit() == place.unit()).count()).isLessThanOrEqualTo(place.free());
        }
        List<NearestPlaces.Seeker> shuffledSeekers = new ArrayList<>(seekers);
        List<NearestPlaces.Place> shuffledPlaces = new ArrayList<>(places);
        Collections.shuffle(shuffledSeekers, random);
        Collections.shuffle(shuffledPlaces, random);
        assertThat(NearestPlaces.propose(shuffledSeekers, shuffledPlaces)).isEqualTo(proposals);
    }
}
