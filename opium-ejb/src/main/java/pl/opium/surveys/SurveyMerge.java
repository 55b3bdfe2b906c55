package pl.opium.surveys;

import pl.opium.Texts;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
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
import java.util.concurrent.Executor;

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
    static final String[] LEADING = {Texts.get("export.institution"), Texts.get("export.rspo"),
            Texts.get("export.submitted")};

    /** Chunks of rows read ahead per copy (at most three copies at once): bounds the memory the halves share (~30 MB). */
    private static final int QUEUED_PIECES = 16;

    private final int maxRows;
    /** Reading threads: two keep both cores of a small server busy alongside the writing thread. */
    static final int READERS = 2;

    private final Executor readerThreads;

    /** A merge that reads and writes on the calling thread. */
    public SurveyMerge() {
        this(SpreadsheetVersion.EXCEL2007.getMaxRows(), null);
    }

    /** A merge that reads the copies on {@link #READERS} tasks of {@code readerThreads} while the calling thread writes. */
    public SurveyMerge(Executor readerThreads) {
        this(SpreadsheetVersion.EXCEL2007.getMaxRows(), readerThreads);
    }

    /** @param maxRows rows per sheet before the merge continues on another one (Excel's limit, smaller in tests) */
    SurveyMerge(int maxRows, Executor readerThreads) {
        this.maxRows = maxRows;
        this.readerThreads = readerThreads;
    }

    public Summary write(String title, SurveyTemplate template, List<Source> sources, List<Absent> absent,
                         Layout layout, OutputStream out, Progress progress) throws IOException {
        try (MergedWorkbook book = new MergedWorkbook(readerThreads)) {
            SXSSFSheet summarySheet = book.createSheet("Podsumowanie");
            Writing writing = new Writing(book, template, sources, layout, progress);
            if (readerThreads == null) {
                new ReplyReader(sources, template.sheets(), writing::handle).run();
            } else {
                readInParallel(template, sources, writing);
            }
            List<SummaryLine> lines = new ArrayList<>(writing.lines);
            for (Absent missing : absent) {
                lines.add(new SummaryLine(missing.shortName(), missing.rspo(), missing.status(), null, null));
            }
            new SummaryWriter(book, summarySheet).write(title, template, lines, writing.totals);
            book.write(out);
            return new Summary(sources.size(), writing.rows, List.copyOf(writing.unreadable));
        }
    }

    /** Readers on the executor's threads claim copies; this thread writes them in order. */
    private void readInParallel(SurveyTemplate template, List<Source> sources, Writing writing) throws IOException {
        Handover handover = new Handover(sources.size(), READERS + 1, QUEUED_PIECES);
        List<ReplyReader> readers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            ReplyReader reader = new ReplyReader(sources, template.sheets(), handover::claim, handover::put);
            readers.add(reader);
            readerThreads.execute(reader);
        }
        try {
            while (!writing.finished()) {
                int source = writing.next();
                ReplyReader.Piece piece;
                do {
                    piece = handover.take(source);
                    writing.handle(piece);
                } while (!piece.kind().endsSource());
                handover.written(source);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Merge interrupted", e);
        } finally {
            handover.writerGone();
            readers.forEach(ReplyReader::cancel);
        }
    }

    /** The writing half: turns the pieces the reader hands over into rows, summary lines and sums. */
    private final class Writing {
        final MergedWorkbook book;
        final SurveyTemplate template;
        final List<Source> sources;
        final Layout layout;
        final Progress progress;
        final List<SheetTotals> totals = new ArrayList<>();
        final List<StackedSheet> stacked = new ArrayList<>();
        final List<SummaryLine> lines = new ArrayList<>();
        final List<String> unreadable = new ArrayList<>();
        long rows;
        private int done;
        private InstitutionSheet own;
        private RowSink sink;
        private int[] counts;

        Writing(MergedWorkbook book, SurveyTemplate template, List<Source> sources, Layout layout, Progress progress) {
            this.book = book;
            this.template = template;
            this.sources = sources;
            this.layout = layout;
            this.progress = progress;
            for (SheetTemplate sheet : template.sheets()) {
                totals.add(new SheetTotals(sheet));
                if (layout == Layout.STACKED) {
                    stacked.add(new StackedSheet(book, sheet, maxRows));
                }
            }
        }

        boolean finished() {
            return done == sources.size();
        }

        /** The copy whose pieces come next. */
        int next() {
            return done;
        }

        void handle(ReplyReader.Piece piece) {
            switch (piece.kind()) {
                case SOURCE_OPENED -> {
                    counts = new int[template.sheets().size()];
                    own = layout == Layout.SHEET_PER_INSTITUTION
                            ? new InstitutionSheet(book, sources.get(piece.source()).shortName(), template.sheets().size() > 1)
                            : null;
                }
                case SHEET -> sink = own != null ? own.start(template.sheets().get(piece.sheet()))
                        : stacked.get(piece.sheet()).forSource(sources.get(piece.source()));
                case ROWS -> {
                    SheetTotals sheetTotals = totals.get(piece.sheet());
                    for (int r = 0; r < piece.size(); r++) {
                        Row target = sink.nextRow();
                        int[] columns = piece.columns()[r];
                        CellValue[] values = piece.values()[r];
                        for (int i = 0; i < columns.length; i++) {
                            sink.put(target, columns[i], values[i]);
                            sheetTotals.add(columns[i], values[i]);
                        }
                    }
                    counts[piece.sheet()] += piece.size();
                    rows += piece.size();
                }
                case SOURCE_DONE -> {
                    int adjusted = book.takeAdjusted();
                    String status = Texts.get("survey.status.merged");
                    if (adjusted > 0) {
                        status += Texts.get("survey.status.adjusted", String.valueOf(adjusted));
                    }
                    if (piece.size() > 0) {
                        status += Texts.get("survey.status.uncomputed", String.valueOf(piece.size()));
                    }
                    finish(piece.source(), status);
                }
                case SOURCE_UNREADABLE -> {
                    book.takeAdjusted();
                    unreadable.add(sources.get(piece.source()).shortName());
                    if (counts == null) {
                        counts = new int[template.sheets().size()];
                    }
                    finish(piece.source(), Texts.get("survey.status.unreadable"));
                }
                case FAILED -> throw piece.failure();
                default -> throw new IllegalStateException(piece.kind().name());
            }
        }

        private void finish(int index, String status) {
            Source source = sources.get(index);
            lines.add(new SummaryLine(source.shortName(), source.rspo(), status, source.submittedAt(), counts));
            counts = null;
            own = null;
            sink = null;
            progress.advanced(++done, sources.size());
        }
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
            // a NaN or an infinity (other programs write them) is no amount: it would poison the sum
            if (!value.isNumber() || !Double.isFinite(((Number) value.value()).doubleValue())) {
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
