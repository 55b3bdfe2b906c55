package pl.opium.web.messages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import pl.opium.files.Attachment;
import pl.opium.forms.FieldType;
import pl.opium.forms.FormExport;
import pl.opium.forms.FormField;
import pl.opium.forms.FormStatistics;
import pl.opium.forms.FormSubmission;
import pl.opium.forms.FormTable;
import pl.opium.messaging.FormResults;
import pl.opium.messaging.StatusBoardService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a form message brought back, for its author: every institution's answers in a table, a
 * chart per choice field, figures per numeric field, files, and the exports (XLSX and CSV, a row
 * per institution or per row of a table).
 */
@Named
@ViewScoped
public class FormResultsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A chart of one field: its title, its Chart.js configuration and its height in pixels (a bar per answer). */
    public record Chart(String title, String json, int height) implements Serializable {

        public int getHeight() {
            return height;
        }

        public String getTitle() {
            return title;
        }

        public String getJson() {
            return json;
        }
    }

    /** The figures of one numeric field, as texts. */
    public record Figures(String field, long count, String sum, String min, String max, String mean) implements Serializable {

        public String getField() {
            return field;
        }

        public long getCount() {
            return count;
        }

        public String getSum() {
            return sum;
        }

        public String getMin() {
            return min;
        }

        public String getMax() {
            return max;
        }

        public String getMean() {
            return mean;
        }
    }

    /** A file an institution gave: whose, in which field, and the link's parameters. */
    public record GivenFile(String institution, String rspo, String field, String key, String fileName) implements Serializable {

        public String getInstitution() {
            return institution;
        }

        public String getRspo() {
            return rspo;
        }

        public String getField() {
            return field;
        }

        public String getKey() {
            return key;
        }

        public String getFileName() {
            return fileName;
        }
    }

    /** A table of the form, for exporting a row per table row. */
    public record TableChoice(String key, String label) implements Serializable {

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }
    }

    @EJB
    private transient StatusBoardService board;

    private Long id;
    private FormResults results;
    private List<String> header = List.of();
    private List<List<String>> rows = List.of();
    private final List<Chart> charts = new ArrayList<>();
    private final List<Figures> figures = new ArrayList<>();
    private final List<GivenFile> givenFiles = new ArrayList<>();

    public void load() {
        results = Pages.loadOrRefuse(() -> board.formResults(id));
        if (results == null) {
            return;
        }
        List<List<Object>> table = FormExport.rows(results.definition(), results.submissions(), null);
        header = table.get(0).stream().map(String::valueOf).toList();
        rows = table.subList(1, table.size()).stream().map(row -> row.stream().map(FormExport::csv).toList()).toList();
        FormStatistics statistics = FormStatistics.of(results.definition(),
                results.submissions().stream().map(FormSubmission::answers).toList());
        statistics.choices().forEach(choices -> charts.add(chart(choices)));
        statistics.numbers().forEach(numbers -> charts.add(chart(numbers)));
        statistics.numbers().forEach(numbers -> figures.add(new Figures(title(numbers.field(), numbers.table()),
                numbers.count(), text(numbers.sum()), text(numbers.min()), text(numbers.max()), text(numbers.mean()))));
        for (FormSubmission submission : results.submissions()) {
            for (FormField field : results.definition().fields()) {
                if (field.type() == FieldType.FILE && submission.answers().get(field.key()) instanceof Attachment file) {
                    givenFiles.add(new GivenFile(submission.institution(), submission.rspo(), field.label(), field.key(),
                            file.getFileName()));
                }
            }
        }
    }

    private String title(FormField field, String tableKey) {
        FormTable table = tableKey == null ? null : results.definition().table(tableKey);
        return table == null ? field.label() : table.label() + ": " + field.label();
    }

    /** How many chose each option. */
    private Chart chart(FormStatistics.Choices choices) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        choices.counts().forEach((option, count) -> {
            labels.add(option);
            counts.add(count);
        });
        return chart(title(choices.field(), choices.table()), labels, counts, choices.counts().size(),
                "forms.answersCount", 0);
    }

    /** Each institution's number (a table column: the sum of its rows). */
    private Chart chart(FormStatistics.Numbers numbers) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        int bars = 0;
        String key = numbers.field().key();
        for (FormSubmission submission : results.submissions()) {
            BigDecimal value = numbers.table() == null ? number(submission.answers().get(key))
                    : submission.answers().rows(numbers.table()).stream().map(row -> number(row.get(key)))
                    .filter(java.util.Objects::nonNull).reduce(BigDecimal::add).orElse(null);
            if (value != null) {
                labels.add(submission.institution());
                values.add(value);
                bars++;
            }
        }
        return chart(title(numbers.field(), numbers.table()), labels, values, bars,
                numbers.table() == null ? "forms.value" : "forms.sumOfRows", -1);
    }

    private static BigDecimal number(Object value) {
        return value instanceof Long whole ? BigDecimal.valueOf(whole) : value instanceof BigDecimal decimal ? decimal : null;
    }

    /** A Chart.js bar chart, bars across; {@code precision} of the value axis' ticks, -1 for any. */
    private static Chart chart(String title, JsonArrayBuilder labels, JsonArrayBuilder values, int bars,
                               String seriesKey, int precision) {
        var ticks = Json.createObjectBuilder();
        if (precision >= 0) {
            ticks.add("precision", precision);
        }
        String json = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", Feedback.text(seriesKey))
                                .add("data", values)
                                .add("backgroundColor", "#1d4e89"))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false)
                        .add("indexAxis", "y")
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder()
                                .add("ticks", ticks))))
                .build().toString();
        return new Chart(title, json, Math.max(160, 60 + 22 * bars));
    }

    private static String text(BigDecimal number) {
        return number == null ? "" : FormExport.csv(number.setScale(Math.min(Math.max(number.scale(), 0), 2),
                RoundingMode.HALF_UP).stripTrailingZeros());
    }

    public List<TableChoice> getTables() {
        return results.definition().tables().stream().map(t -> new TableChoice(t.key(), t.label())).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSubject() {
        return results == null ? "" : results.subject();
    }

    public String getFormTitle() {
        return results.definition().title();
    }

    public FormResults getResults() {
        return results;
    }

    public List<String> getHeader() {
        return header;
    }

    public List<List<String>> getRows() {
        return rows;
    }

    public List<Chart> getCharts() {
        return charts;
    }

    public List<Figures> getFigures() {
        return figures;
    }

    public List<GivenFile> getGivenFiles() {
        return givenFiles;
    }
}
