package pl.opium.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartTest {

    @Test
    void barsCarryEveryLabelAndSeriesAndATextWithEveryValue() {
        Chart chart = Chart.bars("Dzielnice", List.of("Bielany", "Żoliborz"), List.of(
                new Chart.Series("Miejsca", List.of(50L, 25L), "#1565c0"),
                new Chart.Series("Pierwszy wybór", List.of(40L, 30L), "#f9a825")), false, 260);

        JsonObject json = parse(chart.json());
        assertThat(json.getString("type")).isEqualTo("bar");
        assertThat(json.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("Bielany", "Żoliborz");
        assertThat(json.getJsonObject("data").getJsonArray("datasets").getJsonObject(1).getJsonArray("data").toString())
                .isEqualTo("[40,30]");
        assertThat(json.getJsonObject("options").containsKey("indexAxis")).isFalse();
        assertThat(json.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getJsonObject("ticks")
                .getInt("precision")).isZero();
        assertThat(chart.description())
                .isEqualTo("Dzielnice: Bielany: Miejsca 50, Pierwszy wybór 40; Żoliborz: Miejsca 25, Pierwszy wybór 30");
    }

    @Test
    void labelsThatWouldBreakTheJsonStayText() {
        Chart chart = Chart.bars("Etat", List.of("SP \"1\" </script>", "SP 2"), List.of(
                new Chart.Series("Suma", Arrays.asList(new BigDecimal("1.5"), null), "#1d4e89")), true, 200);

        assertThat(chart.json()).doesNotContain("</script>");
        JsonObject json = parse(chart.json());
        assertThat(json.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo("SP \"1\" </script>");
        assertThat(json.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
        assertThat(json.getJsonObject("options").containsKey("scales")).isFalse(); // decimals: any tick
        assertThat(chart.description()).isEqualTo("Etat: SP \"1\" </script>: 1,5; SP 2: —");
    }

    @Test
    void aDoughnutNamesEachPart() {
        Chart chart = Chart.doughnut("Odpowiedzi", List.of("W terminie", "Po terminie"), List.of(3L, 1L),
                List.of("#2e7d32", "#f9a825"), 220);

        assertThat(parse(chart.json()).getJsonObject("data").getJsonArray("datasets").getJsonObject(0)
                .getJsonArray("backgroundColor").size()).isEqualTo(2);
        assertThat(chart.description()).isEqualTo("Odpowiedzi: W terminie: 3; Po terminie: 1");
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
