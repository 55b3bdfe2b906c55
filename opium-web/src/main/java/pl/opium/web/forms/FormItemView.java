package pl.opium.web.forms;

import pl.opium.forms.FieldType;
import pl.opium.forms.FormDefinition;
import pl.opium.forms.FormField;
import pl.opium.forms.FormInput;
import pl.opium.forms.FormItem;
import pl.opium.forms.FormSection;
import pl.opium.forms.FormTable;
import pl.opium.web.Feedback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A field or table of a form as pages read it (Faces expressions read getters, not record
 * components): its key, texts, type and, for a table, its columns.
 */
public final class FormItemView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A section with its items, for pages. */
    public record Section(String title, String help, List<FormItemView> items) implements Serializable {

        public String getTitle() {
            return title;
        }

        public String getHelp() {
            return help;
        }

        public List<FormItemView> getItems() {
            return items;
        }
    }

    private final FormItem item;
    private final List<FormItemView> columns;

    private FormItemView(FormItem item) {
        this.item = item;
        this.columns = item instanceof FormTable table ? table.columns().stream().map(FormItemView::new).toList() : List.of();
    }

    public static List<Section> sections(FormDefinition definition) {
        return definition.sections().stream().map(FormItemView::section).toList();
    }

    private static Section section(FormSection section) {
        return new Section(section.title(), section.help(), section.items().stream().map(FormItemView::new).toList());
    }

    private FormField field() {
        return item instanceof FormField field ? field : null;
    }

    public String getKey() {
        return item.key();
    }

    public String getLabel() {
        return item.label();
    }

    public String getHelp() {
        return item.help();
    }

    public boolean isTable() {
        return item instanceof FormTable;
    }

    /** The field type's name (for a table: TABLE), which pages compare with. */
    public String getType() {
        return isTable() ? "TABLE" : field().type().name();
    }

    public boolean isRequired() {
        return isTable() ? ((FormTable) item).minRows() > 0 : field().required();
    }

    public List<String> getOptions() {
        if (isTable()) {
            return List.of();
        }
        return field().type() == FieldType.YES_NO ? List.of(FormInput.YES, FormInput.NO) : field().options();
    }

    public int getTextLimit() {
        return isTable() ? 0 : field().textLimit();
    }

    public List<FormItemView> getColumns() {
        return columns;
    }

    public int getMaxRows() {
        return isTable() ? ((FormTable) item).maxRows() : 0;
    }

    /** What the field takes, in words: "od 0 do 60, 2 miejsca po przecinku"; empty for nothing to say. */
    public String getLimits() {
        FormField field = field();
        if (field == null || !field.type().isNumeric()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (field.min() != null) {
            text.append(Feedback.text("forms.limitMin", plain(field.min())));
        }
        if (field.max() != null) {
            text.append(text.isEmpty() ? "" : " ").append(Feedback.text("forms.limitMax", plain(field.max())));
        }
        if (field.decimals() != null) {
            text.append(text.isEmpty() ? "" : ", ").append(Feedback.text("forms.limitDecimals", field.decimals()));
        }
        return text.toString();
    }

    private static String plain(BigDecimal number) {
        return number.toPlainString().replace('.', ',');
    }
}
