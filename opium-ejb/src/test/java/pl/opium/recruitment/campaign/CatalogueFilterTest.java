package pl.opium.recruitment.campaign;

import org.junit.jupiter.api.Test;
import pl.opium.recruitment.campaign.CampaignService.CatalogueEntry;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueFilterTest {

    private static final CatalogueEntry TECZA = entry(1, "Przedszkole nr 4 „Tęcza”", "ul. Łódzka 3", "Fordon", "Grupa 3-latków", 0);
    private static final CatalogueEntry SLONECZKO = entry(2, "Przedszkole nr 4 „Tęcza”", "ul. Łódzka 3", "Fordon", "Słoneczko", 2);
    private static final CatalogueEntry ZAKATEK = entry(3, "Przedszkole nr 7", "ul. Gdańska 12", "Śródmieście", "Zakątek", 5);
    private static final CatalogueEntry NO_DISTRICT = entry(4, "Przedszkole nr 9", "ul. Polna 1", null, "Grupa 5-latków", 1);
    private static final List<CatalogueEntry> ALL = List.of(TECZA, SLONECZKO, ZAKATEK, NO_DISTRICT);

    @Test
    void aPhoneIsSentAtMostAHundredRows() {
        List<CatalogueEntry> city = java.util.stream.IntStream.range(0, 1500)
                .mapToObj(i -> entry(i, "Przedszkole nr " + i, "ul. Długa " + i, "Fordon", "Grupa", 1)).toList();
        assertThat(CatalogueFilter.firstShown(city)).hasSize(CatalogueFilter.MAX_SHOWN).startsWith(city.get(0));
        assertThat(CatalogueFilter.firstShown(ALL)).isEqualTo(ALL);
    }

    @Test
    void blankPartsDoNotNarrow() {
        assertThat(new CatalogueFilter(" ", "", false).apply(ALL)).isEqualTo(ALL);
        assertThat(new CatalogueFilter(null, null, false).apply(ALL)).isEqualTo(ALL);
    }

    @Test
    void wordsAreFoundWithoutPolishLettersInAnyOrder() {
        assertThat(new CatalogueFilter("lodzka TECZA", null, false).apply(ALL)).containsExactly(TECZA, SLONECZKO);
        assertThat(new CatalogueFilter("słoneczko", null, false).apply(ALL)).containsExactly(SLONECZKO);
        assertThat(new CatalogueFilter("gdanska 12", null, false).apply(ALL)).containsExactly(ZAKATEK);
        assertThat(new CatalogueFilter("żłobek", null, false).apply(ALL)).isEmpty();
    }

    @Test
    void theDistrictAndFreePlacesNarrowTogether() {
        assertThat(new CatalogueFilter(null, "Fordon", true).apply(ALL)).containsExactly(SLONECZKO);
        assertThat(new CatalogueFilter(null, null, true).apply(ALL)).containsExactly(SLONECZKO, ZAKATEK, NO_DISTRICT);
    }

    @Test
    void districtsAreListedOnceInPolishOrder() {
        assertThat(CatalogueFilter.districts(ALL)).containsExactly("Fordon", "Śródmieście");
    }

    private static CatalogueEntry entry(long unit, String institution, String address, String district, String name, int free) {
        return new CatalogueEntry(unit, institution, address, district, name, UnitKind.GENERAL, 5, free);
    }
}
