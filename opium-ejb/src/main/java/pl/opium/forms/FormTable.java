package pl.opium.forms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A repeatable table of a form: a row per teacher, per room, per event; each column is a field. */
public record FormTable(String key, String label, String help, List<FormField> columns, int minRows, int maxRows)
        implements FormItem {

    public static final int MAX_ROWS = 1_000;

    public FormTable {
        if (key == null || !FormField.KEY.matcher(key).matches()) {
            throw new FormDefinitionException("forms.badKey", key);
        }
        if (label == null || label.isBlank()) {
            throw new FormDefinitionException("forms.noLabel", key);
        }
        columns = columns == null ? List.of() : List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new FormDefinitionException("forms.tableWithoutColumns", label);
        }
        Set<String> keys = new HashSet<>();
        for (FormField column : columns) {
            if (!keys.add(column.key())) {
                throw new FormDefinitionException("forms.duplicateKey", column.key());
            }
        }
        if (minRows < 0 || maxRows < Math.max(1, minRows) || maxRows > MAX_ROWS) {
            throw new FormDefinitionException("forms.badRowLimits", label);
        }
    }

    public FormField column(String columnKey) {
        return columns.stream().filter(c -> c.key().equals(columnKey)).findFirst().orElse(null);
    }
}
