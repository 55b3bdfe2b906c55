package pl.opium.forms;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the author's charts show: for each choice and yes/no field how many answers chose each
 * option, for each numeric field how many answered, the sum, the smallest, the largest and the mean.
 * Table columns count once per row.
 */
public final class FormStatistics {

    /** Counts of a choice (or yes/no) field, in the order of its options. */
    public record Choices(FormField field, String table, Map<String, Long> counts) {
    }

    /** Figures of a numeric field over the answers that have it. */
    public record Numbers(FormField field, String table, long count, BigDecimal sum, BigDecimal min, BigDecimal max) {

        public BigDecimal mean() {
            return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64);
        }
    }

    private final List<Choices> choices = new ArrayList<>();
    private final List<Numbers> numbers = new ArrayList<>();

    private FormStatistics() {
    }

    public static FormStatistics of(FormDefinition form, List<FormAnswers> all) {
        FormStatistics statistics = new FormStatistics();
        for (FormItem item : form.items()) {
            if (item instanceof FormField field) {
                List<Object> values = new ArrayList<>();
                all.forEach(answers -> values.add(answers.get(field.key())));
                statistics.add(field, null, values);
            } else if (item instanceof FormTable table) {
                for (FormField column : table.columns()) {
                    List<Object> values = new ArrayList<>();
                    all.forEach(answers -> answers.rows(table.key()).forEach(row -> values.add(row.get(column.key()))));
                    statistics.add(column, table.key(), values);
                }
            }
        }
        return statistics;
    }

    private void add(FormField field, String table, List<Object> values) {
        if (field.type().isChoice() || field.type() == FieldType.YES_NO) {
            Map<String, Long> counts = new LinkedHashMap<>();
            List<String> options = field.type() == FieldType.YES_NO ? List.of("tak", "nie") : field.options();
            options.forEach(option -> counts.put(option, 0L));
            for (Object value : values) {
                for (String chosen : chosen(value)) {
                    counts.computeIfPresent(chosen, (option, count) -> count + 1);
                }
            }
            choices.add(new Choices(field, table, counts));
        } else if (field.type().isNumeric()) {
            long count = 0;
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal min = null;
            BigDecimal max = null;
            for (Object value : values) {
                BigDecimal number = number(value);
                if (number != null) {
                    count++;
                    sum = sum.add(number);
                    min = min == null || number.compareTo(min) < 0 ? number : min;
                    max = max == null || number.compareTo(max) > 0 ? number : max;
                }
            }
            numbers.add(new Numbers(field, table, count, sum, min, max));
        }
    }

    /**
     * One institution's number of a numeric field: its answer, or for a table column the sum of its
     * rows; null where it gave none.
     */
    public static BigDecimal number(FormAnswers answers, Numbers field) {
        String key = field.field().key();
        if (field.table() == null) {
            return number(answers.get(key));
        }
        return answers.rows(field.table()).stream().map(row -> number(row.get(key)))
                .filter(java.util.Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    private static BigDecimal number(Object value) {
        return value instanceof Long whole ? BigDecimal.valueOf(whole) : value instanceof BigDecimal decimal ? decimal : null;
    }

    private static List<String> chosen(Object value) {
        if (value instanceof Boolean yes) {
            return List.of(yes ? "tak" : "nie");
        }
        if (value instanceof String one) {
            return List.of(one);
        }
        if (value instanceof List<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    public List<Choices> choices() {
        return choices;
    }

    public List<Numbers> numbers() {
        return numbers;
    }
}
