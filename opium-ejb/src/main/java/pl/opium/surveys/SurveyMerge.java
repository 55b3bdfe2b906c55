package pl.opium.surveys;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges the filled copies of a survey into one workbook. For each structure sheet, the data rows of
 * every institution are stacked under the template's header with three leading columns (short name,
 * RSPO number, when it was sent); or, in the other layout, each institution gets a sheet of its own.
 * Values keep their types, formulas become the values Excel computed, empty rows are dropped, and a
 * summary sheet says who replied and sums every numeric column.
 *
 * <p>Replies are read row by row and the result is written through SXSSF, so memory holds a window of
 * rows, not the workbooks: 320 replies of 60,000 cells each merge in a few hundred megabytes at most.
 */
public final class SurveyMerge {

    public enum Layout { STACKED, SHEET_PER_INSTITUTION }

    /** A filled copy to merge. */
    public record Source(String shortName, String rspo, Instant submittedAt, Path file) {
    }

    /** An institution without a reply to merge, and why (no reply, awaiting the author's decision...). */
    public record Absent(String shortName, String rspo, String status) {
    }

    /** Told after every source, for a progress bar. */
    @FunctionalInterface
    public interface Progress {
        void advanced(int done, int total);
    }

    /** What the merge did: rows written, and the sources it could not read (they are listed in the summary too). */
    public record Summary(int sources, long rows, List<String> unreadable) {
    }

    static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");
    static final String[] LEADING = {"Placówka", "RSPO", "Przesłano"};

    private final int maxRows;

    public SurveyMerge() {
        this(SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** @param maxRows rows per sheet before the merge continues on another one (Excel's limit, smaller in tests) */
    SurveyMerge(int maxRows) {
        this.maxRows = maxRows;
    }

    public Summary write(String title, SurveyTemplate template, List<Source> sources, List<Absent> absent,
                         Layout layout, OutputStream out, Progress progress) throws IOException {
        try (MergedWorkbook book = new MergedWorkbook()) {
            SXSSFSheet summarySheet = book.createSheet("Podsumowanie");
            List<SheetTotals> totals = new ArrayList<>();
            List<StackedSheet> stacked = new ArrayList<>();
            for (SheetTemplate sheet : template.sheets()) {
                totals.add(new SheetTotals(sheet));
                if (layout == Layout.STACKED) {
                    stacked.add(new StackedSheet(book, sheet, maxRows));
                }
            }
            List<SummaryLine> lines = new ArrayList<>();
            long rows = 0;
            List<String> unreadable = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                Source source = sources.get(i);
                int[] counts = new int[template.sheets().size()];
                try (Workbook reply = SurveyWorkbooks.openStreaming(source.file())) {
                    InstitutionSheet own = layout == Layout.SHEET_PER_INSTITUTION
                            ? new InstitutionSheet(book, source.shortName(), template.sheets().size() > 1) : null;
                    for (int s = 0; s < template.sheets().size(); s++) {
                        SheetTemplate sheetTemplate = template.sheets().get(s);
                        Sheet sheet = SurveyWorkbooks.sheet(reply, sheetTemplate.name());
                        RowSink sink = own != null ? own.start(sheetTemplate) : stacked.get(s).forSource(source);
                        counts[s] = sheet == null ? 0 : copyData(sheet, sheetTemplate.headerRows(), sink, totals.get(s));
                        rows += counts[s];
                    }
                    lines.add(new SummaryLine(source.shortName(), source.rspo(), "przesłano", source.submittedAt(), counts));
                } catch (SurveyFileException e) {
                    unreadable.add(source.shortName());
                    lines.add(new SummaryLine(source.shortName(), source.rspo(), "nie udało się odczytać pliku",
                            source.submittedAt(), counts));
                }
                progress.advanced(i + 1, sources.size());
            }
            for (Absent missing : absent) {
                lines.add(new SummaryLine(missing.shortName(), missing.rspo(), missing.status(), null, null));
            }
            new SummaryWriter(book, summarySheet).write(title, template, lines, totals);
            book.write(out);
            return new Summary(sources.size(), rows, List.copyOf(unreadable));
        }
    }

    /** Copies the non-empty rows below the header; returns how many it copied. */
    private static int copyData(Sheet sheet, int headerRows, RowSink sink, SheetTotals totals) {
        int copied = 0;
        List<CellValue> values = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() < headerRows) {
                continue;
            }
            values.clear();
            columns.clear();
            for (Cell cell : row) {
                CellValue value = CellValue.of(cell);
                if (!value.isBlank()) {
                    values.add(value);
                    columns.add(cell.getColumnIndex());
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            Row target = sink.nextRow();
            for (int i = 0; i < values.size(); i++) {
                sink.put(target, columns.get(i), values.get(i));
                totals.add(columns.get(i), values.get(i));
            }
            copied++;
        }
        return copied;
    }

    /** Where copied rows go: the stacked sheet (after the leading columns) or the institution's own sheet. */
    interface RowSink {
        Row nextRow();

        void put(Row row, int templateColumn, CellValue value);
    }

    /**
     * Sums of the numeric cells of one structure sheet, column by column, over every institution.
     * Compensated (Kahan) sums of doubles, rounded to Excel's 15 significant digits at the end: exact
     * for amounts in złoty and far cheaper than a BigDecimal per cell.
     */
    static final class SheetTotals {
        final SheetTemplate sheet;
        private double[] sums = new double[0];
        private double[] compensations = new double[0];
        private boolean[] numeric = new boolean[0];

        SheetTotals(SheetTemplate sheet) {
            this.sheet = sheet;
        }

        void add(int column, CellValue value) {
            if (!value.isNumber()) {
                return;
            }
            if (column >= sums.length) {
                int size = Math.max(column + 1, sums.length * 2);
                sums = java.util.Arrays.copyOf(sums, size);
                compensations = java.util.Arrays.copyOf(compensations, size);
                numeric = java.util.Arrays.copyOf(numeric, size);
            }
            double y = (Double) value.value() - compensations[column];
            double t = sums[column] + y;
            compensations[column] = (t - sums[column]) - y;
            sums[column] = t;
            numeric[column] = true;
        }

        int columns() {
            return sums.length;
        }

        /** The column's sum, or null where it held no numbers. */
        BigDecimal sum(int column) {
            return numeric[column] ? new BigDecimal(sums[column]).round(new MathContext(15)) : null;
        }
    }

    /** One line of the summary's list of institutions. */
    record SummaryLine(String shortName, String rspo, String status, Instant submittedAt, int[] rowCounts) {

        LocalDateTime submittedLocal() {
            return submittedAt == null ? null : LocalDateTime.ofInstant(submittedAt, POLAND);
        }
    }
}
