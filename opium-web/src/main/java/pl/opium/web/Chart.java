package pl.opium.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A chart for p:chart: its Chart.js configuration, built with JSON-P, and the text that stands for it
 * where the picture cannot be seen (the canvas's aria-label: every label with its values).
 *
 * @param height in pixels
 */
public record Chart(String title, String json, String description, int height) implements Serializable {

    /** One series of values, a value per label; null where there is none. */
    public record Series(String name, List<? extends Number> values, String colour) {
    }

    /** Bars, a group per label and a bar per series; across the page where labels are long (names of institutions). */
    public static Chart bars(String title, List<String> labels, List<Series> series, boolean across, int height) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        series.forEach(one -> datasets.add(Json.createObjectBuilder().add("label", one.name())
                .add("data", numbers(one.values())).add("backgroundColor", one.colour())));
        JsonObjectBuilder options = Json.createObjectBuilder().add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", series.size() > 1
                        ? Json.createObjectBuilder().add("position", "bottom")
                        : Json.createObjectBuilder().add("display", false)));
        if (across) {
            options.add("indexAxis", "y");
        }
        if (series.stream().allMatch(one -> one.values().stream().allMatch(v -> v == null || v instanceof Long))) {
            // counts: no tick at 0.5
            options.add("scales", Json.createObjectBuilder().add(across ? "x" : "y", Json.createObjectBuilder()
                    .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        }
        return new Chart(title, config("bar", labels, datasets, options), describe(title, labels, series), height);
    }

    /** A doughnut of the parts of one whole. */
    public static Chart doughnut(String title, List<String> labels, List<Long> values, List<String> colours, int height) {
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("data", numbers(values)).add("backgroundColor", Json.createArrayBuilder(colours)));
        JsonObjectBuilder options = Json.createObjectBuilder().add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")));
        return new Chart(title, config("doughnut", labels, datasets, options),
                describe(title, labels, List.of(new Series(null, values, null))), height);
    }

    private static String config(String type, List<String> labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels)).add("datasets", datasets))
                .add("options", options).build().toString()
                .replace("</", "<\\/"); // the page writes it inside a <script>: a label must not end it
    }

    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Number value : values) {
            if (value == null) {
                array.addNull();
            } else if (value instanceof BigDecimal decimal) {
                array.add(decimal);
            } else {
                array.add(value.longValue());
            }
        }
        return array;
    }

    /** "Title: label 1: 3; label 2: 5", with the series' names where there are several. */
    static String describe(String title, List<String> labels, List<Series> series) {
        return title + ": " + IntStream.range(0, labels.size()).mapToObj(i -> labels.get(i) + ": " + series.stream()
                        .map(one -> (series.size() > 1 ? one.name() + " " : "") + text(one.values().get(i)))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    private static String text(Number value) {
        return value == null ? "—" : value instanceof BigDecimal decimal ? decimal.toPlainString().replace('.', ',')
                : String.valueOf(value);
    }

    public String getTitle() {
        return title;
    }

    public String getJson() {
        return json;
    }

    public String getDescription() {
        return description;
    }

    public int getHeight() {
        return height;
    }
}
