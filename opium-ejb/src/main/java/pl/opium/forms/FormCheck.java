package pl.opium.forms;

import pl.opium.files.Attachment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Checks answers against their form. A draft may be incomplete (required fields and too few table
 * rows are only enforced on submission), but every value given must fit its field: its type, range,
 * decimal places, options and length.
 */
public final class FormCheck {

    private FormCheck() {
    }

    public static List<FormProblem> check(FormDefinition form, FormAnswers answers, boolean submitting) {
        List<FormProblem> problems = new ArrayList<>();
        for (FormItem item : form.items()) {
            if (item instanceof FormField field) {
                checkValue(field, answers.get(field.key()), submitting, null, null, problems, field.key());
            } else if (item instanceof FormTable table) {
                checkTable(table, answers.rows(table.key()), submitting, problems);
            }
        }
        return problems;
    }

    private static void checkTable(FormTable table, List<Map<String, Object>> rows, boolean submitting,
                                   List<FormProblem> problems) {
        if (rows.size() > table.maxRows()) {
            problems.add(new FormProblem(table.key(), null, null, "forms.tooManyRows", List.of(table.label(), table.maxRows())));
        }
        if (submitting && rows.size() < table.minRows()) {
            problems.add(new FormProblem(table.key(), null, null, "forms.tooFewRows", List.of(table.label(), table.minRows())));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (String unknown : unknownKeys(rows.get(r).keySet(), table)) {
                problems.add(new FormProblem(table.key(), r + 1, unknown, "forms.unknownField", List.of(unknown)));
            }
            for (FormField column : table.columns()) {
                checkValue(column, rows.get(r).get(column.key()), submitting, r + 1, column.key(), problems, table.key());
            }
        }
    }

    private static List<String> unknownKeys(Collection<String> keys, FormTable table) {
        List<String> unknown = new ArrayList<>();
        for (String key : keys) {
            if (table.column(key) == null) {
                unknown.add(key);
            }
        }
        return unknown;
    }

    private static void checkValue(FormField field, Object value, boolean submitting, Integer row, String column,
                                   List<FormProblem> problems, String key) {
        if (isEmpty(value)) {
            if (submitting && field.required()) {
                problems.add(new FormProblem(key, row, column, "forms.required", List.of(field.label())));
            }
            return;
        }
        String problem = problemOf(field, value);
        if (problem != null) {
            problems.add(new FormProblem(key, row, column, problem, arguments(field, problem)));
        }
    }

    static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> list && list.isEmpty();
    }

    /** The bundle key of what is wrong with a given value, or null. */
    private static String problemOf(FormField field, Object value) {
        switch (field.type()) {
            case TEXT:
            case LONG_TEXT:
                if (!(value instanceof String text)) {
                    return "forms.wrongType";
                }
                return text.length() > field.textLimit() ? "forms.tooLong" : null;
            case NUMBER:
                if (!(value instanceof BigDecimal number)) {
                    return "forms.wrongType";
                }
                if (field.decimals() != null && number.stripTrailingZeros().scale() > field.decimals()) {
                    return "forms.tooManyDecimals";
                }
                return range(field, number);
            case INTEGER:
                if (!(value instanceof Long number)) {
                    return "forms.wrongType";
                }
                return range(field, BigDecimal.valueOf(number));
            case DATE:
                return value instanceof LocalDate ? null : "forms.wrongType";
            case SINGLE_CHOICE:
                return value instanceof String choice ? (field.options().contains(choice) ? null : "forms.notAnOption")
                        : "forms.wrongType";
            case MULTIPLE_CHOICE:
                if (!(value instanceof List<?> choices)) {
                    return "forms.wrongType";
                }
                if (new HashSet<>(choices).size() != choices.size()) {
                    return "forms.notAnOption";
                }
                return field.options().containsAll(choices) ? null : "forms.notAnOption";
            case YES_NO:
                return value instanceof Boolean ? null : "forms.wrongType";
            case FILE:
                return value instanceof Attachment ? null : "forms.wrongType";
            default:
                return "forms.wrongType";
        }
    }

    private static String range(FormField field, BigDecimal number) {
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            return "forms.belowMin";
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            return "forms.aboveMax";
        }
        return null;
    }

    private static List<Object> arguments(FormField field, String problem) {
        switch (problem) {
            case "forms.tooLong":
                return List.of(field.label(), field.textLimit());
            case "forms.tooManyDecimals":
                return List.of(field.label(), field.decimals());
            case "forms.belowMin":
                return List.of(field.label(), field.min().toPlainString());
            case "forms.aboveMax":
                return List.of(field.label(), field.max().toPlainString());
            default:
                return List.of(field.label());
        }
    }
}
