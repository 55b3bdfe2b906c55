package pl.opium.forms;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import pl.opium.files.Attachment;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Forms and answers as JSON, the way they are stored: a definition is kept whole with what uses it
 * (so a form once sent never changes under its answers), and answers are typed by their field.
 */
public final class FormJson {

    private FormJson() {
    }

    public static String write(FormDefinition form) {
        JsonArrayBuilder sections = Json.createArrayBuilder();
        for (FormSection section : form.sections()) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (FormItem item : section.items()) {
                if (item instanceof FormField field) {
                    items.add(field(field));
                } else if (item instanceof FormTable table) {
                    JsonArrayBuilder columns = Json.createArrayBuilder();
                    table.columns().forEach(column -> columns.add(field(column)));
                    items.add(Json.createObjectBuilder().add("table", table.key()).add("label", table.label())
                            .add("help", table.help() == null ? "" : table.help())
                            .add("minRows", table.minRows()).add("maxRows", table.maxRows()).add("columns", columns));
                }
            }
            sections.add(Json.createObjectBuilder().add("title", section.title())
                    .add("help", section.help() == null ? "" : section.help()).add("items", items));
        }
        return Json.createObjectBuilder().add("title", form.title()).add("sections", sections).build().toString();
    }

    private static JsonObjectBuilder field(FormField field) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("field", field.key()).add("label", field.label())
                .add("help", field.help() == null ? "" : field.help())
                .add("type", field.type().name())
                .add("required", field.required());
        if (field.min() != null) {
            json.add("min", field.min());
        }
        if (field.max() != null) {
            json.add("max", field.max());
        }
        if (field.decimals() != null) {
            json.add("decimals", field.decimals());
        }
        if (field.maxLength() != null) {
            json.add("maxLength", field.maxLength());
        }
        if (!field.options().isEmpty()) {
            json.add("options", Json.createArrayBuilder(field.options()));
        }
        return json;
    }

    public static FormDefinition readDefinition(String text) {
        JsonObject json = parse(text);
        List<FormSection> sections = new ArrayList<>();
        for (JsonValue sectionValue : json.getJsonArray("sections")) {
            JsonObject section = sectionValue.asJsonObject();
            List<FormItem> items = new ArrayList<>();
            for (JsonValue itemValue : section.getJsonArray("items")) {
                JsonObject item = itemValue.asJsonObject();
                if (item.containsKey("table")) {
                    List<FormField> columns = new ArrayList<>();
                    item.getJsonArray("columns").forEach(column -> columns.add(readField(column.asJsonObject())));
                    items.add(new FormTable(item.getString("table"), item.getString("label"), blankToNull(item.getString("help", "")),
                            columns, item.getInt("minRows"), item.getInt("maxRows")));
                } else {
                    items.add(readField(item));
                }
            }
            sections.add(new FormSection(section.getString("title"), blankToNull(section.getString("help", "")), items));
        }
        return new FormDefinition(json.getString("title"), sections);
    }

    private static FormField readField(JsonObject json) {
        List<String> options = new ArrayList<>();
        if (json.containsKey("options")) {
            json.getJsonArray("options").getValuesAs(JsonString.class).forEach(o -> options.add(o.getString()));
        }
        return new FormField(json.getString("field"), json.getString("label"), blankToNull(json.getString("help", "")),
                FieldType.valueOf(json.getString("type")), json.getBoolean("required"),
                json.containsKey("min") ? json.getJsonNumber("min").bigDecimalValue() : null,
                json.containsKey("max") ? json.getJsonNumber("max").bigDecimalValue() : null,
                json.containsKey("decimals") ? json.getInt("decimals") : null, options,
                json.containsKey("maxLength") ? json.getInt("maxLength") : null);
    }

    public static String write(FormDefinition form, FormAnswers answers) {
        JsonObjectBuilder values = Json.createObjectBuilder();
        for (FormItem item : form.items()) {
            if (item instanceof FormField field && answers.get(field.key()) != null) {
                values.add(field.key(), value(answers.get(field.key())));
            } else if (item instanceof FormTable table && !answers.rows(table.key()).isEmpty()) {
                JsonArrayBuilder rows = Json.createArrayBuilder();
                for (Map<String, Object> row : answers.rows(table.key())) {
                    JsonObjectBuilder cells = Json.createObjectBuilder();
                    for (FormField column : table.columns()) {
                        if (row.get(column.key()) != null) {
                            cells.add(column.key(), value(row.get(column.key())));
                        }
                    }
                    rows.add(cells);
                }
                values.add(table.key(), rows);
            }
        }
        return values.build().toString();
    }

    private static JsonValue value(Object value) {
        if (value instanceof BigDecimal number) {
            return Json.createValue(number);
        }
        if (value instanceof Long number) {
            return Json.createValue(number);
        }
        if (value instanceof Boolean yes) {
            return yes ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof List<?> many) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            many.forEach(v -> array.add(String.valueOf(v)));
            return array.build();
        }
        if (value instanceof Attachment file) {
            return Json.createObjectBuilder().add("sha256", file.getSha256()).add("fileName", file.getFileName())
                    .add("mediaType", file.getMediaType()).add("size", file.getSize()).build();
        }
        return Json.createValue(value.toString());
    }

    /** Answers read back with the types their fields give them. */
    public static FormAnswers readAnswers(FormDefinition form, String text) {
        JsonObject json = parse(text);
        FormAnswers answers = new FormAnswers();
        for (FormItem item : form.items()) {
            if (!json.containsKey(item.key())) {
                continue;
            }
            if (item instanceof FormField field) {
                answers.put(field.key(), typed(field, json.get(field.key())));
            } else if (item instanceof FormTable table) {
                for (JsonValue rowValue : json.getJsonArray(table.key())) {
                    JsonObject row = rowValue.asJsonObject();
                    Map<String, Object> cells = answers.addRow(table.key());
                    for (FormField column : table.columns()) {
                        if (row.containsKey(column.key())) {
                            cells.put(column.key(), typed(column, row.get(column.key())));
                        }
                    }
                }
            }
        }
        return answers;
    }

    private static Object typed(FormField field, JsonValue value) {
        switch (field.type()) {
            case NUMBER:
                return ((jakarta.json.JsonNumber) value).bigDecimalValue();
            case INTEGER:
                return ((jakarta.json.JsonNumber) value).longValueExact();
            case DATE:
                return LocalDate.parse(((JsonString) value).getString());
            case MULTIPLE_CHOICE:
                return ((JsonArray) value).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            case YES_NO:
                return value == JsonValue.TRUE;
            case FILE:
                JsonObject file = value.asJsonObject();
                return new Attachment(file.getString("sha256"), file.getString("fileName"), file.getString("mediaType"),
                        file.getJsonNumber("size").longValue());
            default:
                return ((JsonString) value).getString();
        }
    }

    private static JsonObject parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
