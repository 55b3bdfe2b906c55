package pl.opium.recruitment.campaign;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import pl.opium.recruitment.criteria.SecondaryScale;

import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/**
 * A campaign keeps its secondary points scale as JSON, written when the campaign is set up, so that a
 * later change of the defaults never changes the points of a campaign that has run.
 */
public final class ScaleJson {

    private ScaleJson() {
    }

    public static String write(SecondaryScale scale) {
        return Json.createObjectBuilder()
                .add("gradePoints", grades(scale.gradePoints()))
                .add("distinction", scale.distinction())
                .add("maxAchievements", scale.maxAchievements())
                .add("volunteering", scale.volunteering())
                .add("exemptPolishAndMaths", grades(scale.exemptPolishAndMaths()))
                .add("exemptLanguage", grades(scale.exemptLanguage()))
                .build().toString();
    }

    public static SecondaryScale read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject scale = reader.readObject();
            return new SecondaryScale(grades(scale.getJsonObject("gradePoints")), scale.getInt("distinction"),
                    scale.getInt("maxAchievements"), scale.getInt("volunteering"),
                    grades(scale.getJsonObject("exemptPolishAndMaths")), grades(scale.getJsonObject("exemptLanguage")));
        }
    }

    private static JsonObjectBuilder grades(Map<Integer, Integer> points) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        new TreeMap<>(points).forEach((grade, value) -> builder.add(String.valueOf(grade), value));
        return builder;
    }

    private static Map<Integer, Integer> grades(JsonObject points) {
        Map<Integer, Integer> grades = new TreeMap<>();
        points.forEach((grade, value) -> grades.put(Integer.valueOf(grade), points.getInt(grade)));
        return grades;
    }
}
