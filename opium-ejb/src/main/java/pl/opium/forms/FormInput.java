package pl.opium.forms;

import pl.opium.files.Attachment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Between what a person types into a form page and typed answers. Pages hold texts (a list of
 * texts for a multiple choice, the stored file for a file field); {@link #parse} turns them into
 * {@link FormAnswers}, reporting what cannot be read as its field's type (a Polish "12,5" is a number,
 * "1 250" too; dates come as 2026-09-30 from a date picker or 30.09.2026 typed by hand), and
 * {@link #show} turns stored answers back into texts.
 */
public final class FormInput {

    public static final String YES = "tak";
    public static final String NO = "nie";
    private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Typed answers and the values that could not be read; answers leave out what could not be read. */
    public record Parsed(FormAnswers answers, List<FormProblem> problems) {
    }

    private record Unreadable(String messageKey) {
    }

    private FormInput() {
    }

    public static Parsed parse(FormDefinition form, Map<String, Object> values, Map<String, List<Map<String, Object>>> tables) {
        FormAnswers answers = new FormAnswers();
        List<FormProblem> problems = new ArrayList<>();
        for (FormItem item : form.items()) {
            if (item instanceof FormField field) {
                answers.put(field.key(), read(field, values.get(field.key()), field.key(), null, null, problems));
            } else if (item instanceof FormTable table) {
                List<Map<String, Object>> rows = tables.getOrDefault(table.key(), List.of());
                for (int r = 0; r < rows.size(); r++) {
                    Map<String, Object> row = answers.addRow(table.key());
                    for (FormField column : table.columns()) {
                        Object value = read(column, rows.get(r).get(column.key()), table.key(), r + 1, column.key(), problems);
                        if (value != null) {
                            row.put(column.key(), value);
                        }
                    }
                }
            }
        }
        return new Parsed(answers, problems);
    }

    private static Object read(FormField field, Object raw, String key, Integer row, String column,
                               List<FormProblem> problems) {
        Object value = typed(field, raw);
        if (value instanceof Unreadable unreadable) {
            problems.add(new FormProblem(key, row, column, unreadable.messageKey(), List.of(field.label())));
            return null;
        }
        return value;
    }

    /** The typed value of what was typed, null for nothing, or why it cannot be read. */
    static Object typed(FormField field, Object raw) {
        if (raw instanceof Attachment || raw == null) {
            return raw;
        }
        if (field.type() == FieldType.MULTIPLE_CHOICE) {
            List<String> chosen = raw instanceof Collection<?> many ? many.stream().map(String::valueOf).toList()
                    : raw instanceof Object[] array ? Arrays.stream(array).map(String::valueOf).toList()
                    : List.of(raw.toString());
            return chosen.isEmpty() ? null : chosen;
        }
        String text = raw.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        switch (field.type()) {
            case NUMBER:
                return number(text);
            case INTEGER:
                Object number = number(text);
                if (number instanceof BigDecimal decimal) {
                    try {
                        return decimal.longValueExact();
                    } catch (ArithmeticException e) {
                        return new Unreadable("forms.notAnInteger");
                    }
                }
                return number;
            case DATE:
                return date(text);
            case YES_NO:
                return YES.equals(text) ? Boolean.TRUE : NO.equals(text) ? Boolean.FALSE : new Unreadable("forms.wrongType");
            default:
                return text;
        }
    }

    private static Object number(String text) {
        String plain = text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return new Unreadable("forms.notANumber");
        }
    }

    private static Object date(String text) {
        try {
            return text.contains(".") ? LocalDate.parse(text, POLISH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return new Unreadable("forms.notADate");
        }
    }

    /** Stored answers as a page shows them: fields into {@code values}, table rows into {@code tables}. */
    public static void show(FormDefinition form, FormAnswers answers, Map<String, Object> values,
                            Map<String, List<Map<String, Object>>> tables) {
        for (FormItem item : form.items()) {
            if (item instanceof FormField field) {
                values.put(field.key(), text(answers.get(field.key())));
            } else if (item instanceof FormTable table) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Map<String, Object> stored : answers.rows(table.key())) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    table.columns().forEach(column -> row.put(column.key(), text(stored.get(column.key()))));
                    rows.add(row);
                }
                tables.put(table.key(), rows);
            }
        }
    }

    static Object text(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString().replace('.', ',');
        }
        if (value instanceof Boolean yes) {
            return yes ? YES : NO;
        }
        if (value instanceof List<?> many) {
            return new ArrayList<>(many.stream().map(String::valueOf).toList());
        }
        return value instanceof Long || value instanceof LocalDate ? value.toString() : value;
    }
}
