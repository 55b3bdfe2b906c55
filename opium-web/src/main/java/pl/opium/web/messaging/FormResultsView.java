package pl.opium.web.messaging;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.files.Attachment;
import pl.opium.forms.FieldType;
import pl.opium.forms.FormExport;
import pl.opium.forms.FormField;
import pl.opium.forms.FormStatistics;
import pl.opium.forms.FormSubmission;
import pl.opium.forms.FormTable;
import pl.opium.messaging.board.FormResults;
import pl.opium.messaging.board.FormResultsService;
import pl.opium.web.Chart;
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

    private static final String BAR_COLOUR = "#1d4e89";

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
    private transient FormResultsService formResults;

    private Long id;
    private FormResults results;
    private List<String> header = List.of();
    private List<List<String>> rows = List.of();
    private final List<Chart> charts = new ArrayList<>();
    private final List<Figures> figures = new ArrayList<>();
    private final List<GivenFile> givenFiles = new ArrayList<>();

    public void load() {
        results = Pages.loadOrRefuse(() -> formResults.formResults(id));
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
        return Chart.bars(title(choices.field(), choices.table()), List.copyOf(choices.counts().keySet()),
                List.of(new Chart.Series(Feedback.text("forms.answersCount"), List.copyOf(choices.counts().values()),
                        BAR_COLOUR)), true, height(choices.counts().size()));
    }

    /** Each institution's number (a table column: the sum of its rows). */
    private Chart chart(FormStatistics.Numbers numbers) {
        List<String> institutions = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (FormSubmission submission : results.submissions()) {
            BigDecimal value = FormStatistics.number(submission.answers(), numbers);
            if (value != null) {
                institutions.add(submission.institution());
                values.add(value);
            }
        }
        return Chart.bars(title(numbers.field(), numbers.table()), institutions, List.of(new Chart.Series(
                        Feedback.text(numbers.table() == null ? "forms.value" : "forms.sumOfRows"), values, BAR_COLOUR)),
                true, height(values.size()));
    }

    /** A bar per answer, across the page. */
    private static int height(int bars) {
        return Math.max(160, 60 + 22 * bars);
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
