package pl.opium.recruitment.supervision;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DistrictDemandTest {

    @Test
    void sumsPlacesAndFirstChoicesPerDistrictInPolishOrderWithoutADistrictLast() {
        List<SupervisionService.Demand> units = List.of(
                unit("Żoliborz", 25, 30),
                unit(null, 10, 2),
                unit("Śródmieście", 20, 18),
                unit("Żoliborz", 25, 12),
                unit("Bielany", 50, 40));

        assertThat(DistrictDemand.of(units)).containsExactly(
                new DistrictDemand("Bielany", 50, 40),
                new DistrictDemand("Śródmieście", 20, 18),
                new DistrictDemand("Żoliborz", 50, 42),
                new DistrictDemand(null, 10, 2));
    }

    @Test
    void noUnitsNoDistricts() {
        assertThat(DistrictDemand.of(List.of())).isEmpty();
    }

    private static SupervisionService.Demand unit(String district, int places, long firstChoice) {
        return new SupervisionService.Demand(1, "P 1", district, "Grupa", places, firstChoice, firstChoice + 5, 0);
    }
}
