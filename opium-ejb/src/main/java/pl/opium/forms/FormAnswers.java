package pl.opium.forms;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one institution answered: a typed value per field key (String for texts and single choices,
 * BigDecimal for numbers, Long for integers, LocalDate, List of String for multiple choices, Boolean
 * for yes/no, an {@link pl.opium.files.Attachment} for a file) and, per table key, its rows.
 */
public final class FormAnswers implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();

    public Object get(String key) {
        return values.get(key);
    }

    public FormAnswers put(String key, Object value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
        return this;
    }

    /** The table's rows (an empty list for none); rows map column keys to values. */
    public List<Map<String, Object>> rows(String tableKey) {
        return tables.computeIfAbsent(tableKey, k -> new ArrayList<>());
    }

    /** Adds a row to a table and returns it, for filling. */
    public Map<String, Object> addRow(String tableKey) {
        Map<String, Object> row = new LinkedHashMap<>();
        rows(tableKey).add(row);
        return row;
    }

    public Map<String, Object> values() {
        return values;
    }

    public Map<String, List<Map<String, Object>>> tables() {
        return tables;
    }
}
