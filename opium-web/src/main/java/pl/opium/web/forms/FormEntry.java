package pl.opium.web.forms;

import pl.opium.files.Attachment;
import pl.opium.forms.FormAnswers;
import pl.opium.forms.FormDefinition;
import pl.opium.forms.FormInput;
import pl.opium.forms.FormProblem;
import pl.opium.forms.FormTable;
import pl.opium.web.Feedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form being filled on a page: what the person typed (kept through every refusal, so nothing is
 * lost), table rows added and removed, and the problems shown at their fields. Which feature stores
 * the answers is not its business.
 */
public final class FormEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final FormDefinition definition;
    private final List<FormItemView.Section> sections;
    private final Map<String, Object> values = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> tables = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();

    /** The form with saved answers, or with empty rows to start a table that needs them. */
    public FormEntry(FormDefinition definition, FormAnswers saved) {
        this.definition = definition;
        this.sections = FormItemView.sections(definition);
        if (saved != null) {
            FormInput.show(definition, saved, values, tables);
        } else {
            for (FormTable table : definition.tables()) {
                for (int r = 0; r < Math.max(1, table.minRows()); r++) {
                    addRow(table.key());
                }
            }
        }
    }

    /**
     * The answers as typed, or null when some cannot be read (each is then shown at its field);
     * the caller passes them to the service and shows its refusal with {@link #show(List)}.
     */
    public FormAnswers answers() {
        problems.clear();
        FormInput.Parsed parsed = FormInput.parse(definition, values, tables);
        if (!parsed.problems().isEmpty()) {
            show(parsed.problems());
            return null;
        }
        return parsed.answers();
    }

    /** Shows each problem at its field (a table's own problems at the table) and says how many there are. */
    public void show(List<FormProblem> found) {
        problems.clear();
        for (FormProblem problem : found) {
            problems.merge(place(problem.key(), problem.row(), problem.column()),
                    Feedback.text(problem.messageKey(), problem.arguments().toArray()), (a, b) -> a + " " + b);
        }
        Feedback.error("forms.answersRefused", found.size());
    }

    private static String place(String key, Integer row, String column) {
        return row == null ? key : key + "." + row + "." + column;
    }

    /** The problem at a field, or null. */
    public String problem(String key) {
        return problems.get(key);
    }

    /** The problem at a table cell (rows counted from 0 as pages count them), or null. */
    public String cellProblem(String tableKey, int rowIndex, String column) {
        return problems.get(place(tableKey, rowIndex + 1, column));
    }

    public List<Map<String, Object>> rows(String tableKey) {
        return tables.computeIfAbsent(tableKey, k -> new ArrayList<>());
    }

    public void addRow(String tableKey) {
        FormTable table = definition.table(tableKey);
        List<Map<String, Object>> rows = rows(tableKey);
        if (table != null && rows.size() < table.maxRows()) {
            rows.add(new LinkedHashMap<>());
        }
    }

    public void removeRow(String tableKey, int index) {
        List<Map<String, Object>> rows = rows(tableKey);
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
            problems.keySet().removeIf(place -> place.startsWith(tableKey + "."));
        }
    }

    /** A file chosen for a file field. */
    public void attach(String key, Attachment file) {
        values.put(key, file);
    }

    public Attachment file(String key) {
        return values.get(key) instanceof Attachment file ? file : null;
    }

    public Map<String, Object> getValues() {
        return values;
    }

    public List<FormItemView.Section> getSections() {
        return sections;
    }

    public String getTitle() {
        return definition.title();
    }
}
