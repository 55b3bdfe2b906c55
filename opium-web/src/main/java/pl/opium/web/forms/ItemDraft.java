package pl.opium.web.forms;

import pl.opium.forms.FieldType;
import pl.opium.forms.FormField;
import pl.opium.forms.FormItem;
import pl.opium.forms.FormKeys;
import pl.opium.forms.FormTable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A field, a table or a table column as the builder edits it. People name things; the key of a new
 * item is made from its label when the form is saved, and an item from an older form keeps its key.
 */
public final class ItemDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String label;
    private String help;
    private FieldType type = FieldType.TEXT;
    private boolean required;
    private BigDecimal min;
    private BigDecimal max;
    private Integer decimals;
    private String options;
    private boolean table;
    private final List<ItemDraft> columns = new ArrayList<>();
    private int minRows;
    private int maxRows = 50;

    static ItemDraft field() {
        return new ItemDraft();
    }

    static ItemDraft table() {
        ItemDraft table = new ItemDraft();
        table.table = true;
        table.columns.add(field());
        return table;
    }

    static ItemDraft of(FormItem item) {
        ItemDraft draft = new ItemDraft();
        draft.key = item.key();
        draft.label = item.label();
        draft.help = item.help();
        if (item instanceof FormTable formTable) {
            draft.table = true;
            formTable.columns().forEach(column -> draft.columns.add(of(column)));
            draft.minRows = formTable.minRows();
            draft.maxRows = formTable.maxRows();
        } else if (item instanceof FormField field) {
            draft.type = field.type();
            draft.required = field.required();
            draft.min = field.min();
            draft.max = field.max();
            draft.decimals = field.decimals();
            draft.options = String.join("\n", field.options());
        }
        return draft;
    }

    /** The item for the definition; new keys are made unique against {@code taken}, which grows. */
    FormItem build(Set<String> taken) {
        String itemKey = key != null && !taken.contains(key) ? key : FormKeys.fromLabel(label, taken);
        taken.add(itemKey);
        if (table) {
            Set<String> columnKeys = new java.util.HashSet<>();
            List<FormField> built = columns.stream().map(column -> (FormField) column.build(columnKeys)).toList();
            return new FormTable(itemKey, label, blankToNull(help), built, minRows, maxRows);
        }
        boolean numeric = type.isNumeric();
        return new FormField(itemKey, label, blankToNull(help), type, required, numeric ? min : null,
                numeric ? max : null, type == FieldType.NUMBER ? decimals : null, type.isChoice() ? optionList() : List.of(),
                null);
    }

    private List<String> optionList() {
        return options == null ? List.of()
                : Arrays.stream(options.split("\\R")).map(String::strip).filter(o -> !o.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void addColumn() {
        columns.add(field());
    }

    public void removeColumn(int index) {
        if (index >= 0 && index < columns.size() && columns.size() > 1) {
            columns.remove(index);
        }
    }

    public boolean isNumeric() {
        return type != null && type.isNumeric();
    }

    public boolean isChoice() {
        return type != null && type.isChoice();
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getHelp() {
        return help;
    }

    public void setHelp(String help) {
        this.help = help;
    }

    public FieldType getType() {
        return type;
    }

    public void setType(FieldType type) {
        this.type = type == null ? FieldType.TEXT : type;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public BigDecimal getMin() {
        return min;
    }

    public void setMin(BigDecimal min) {
        this.min = min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public void setMax(BigDecimal max) {
        this.max = max;
    }

    public Integer getDecimals() {
        return decimals;
    }

    public void setDecimals(Integer decimals) {
        this.decimals = decimals;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public boolean isTable() {
        return table;
    }

    public List<ItemDraft> getColumns() {
        return columns;
    }

    public int getMinRows() {
        return minRows;
    }

    public void setMinRows(int minRows) {
        this.minRows = minRows;
    }

    public int getMaxRows() {
        return maxRows;
    }

    public void setMaxRows(int maxRows) {
        this.maxRows = maxRows;
    }
}
