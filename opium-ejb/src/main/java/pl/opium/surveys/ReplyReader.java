package pl.opium.surveys;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The reading half of a merge: opens each copy in turn and hands what it reads, in order, to the
 * writing half as {@link Piece}s, rows in chunks. Runs on its own thread when the merge has one, so
 * that parsing one copy overlaps with writing the previous one.
 */
final class ReplyReader implements Runnable {

    static final int CHUNK = 512;

    /** One step of what was read. */
    record Piece(Kind kind, int source, int sheet, int[][] columns, CellValue[][] values, int size, RuntimeException failure) {

        enum Kind { SOURCE_OPENED, SHEET, ROWS, SOURCE_DONE, SOURCE_UNREADABLE, FAILED }

        static Piece of(Kind kind, int source, int sheet) {
            return new Piece(kind, source, sheet, null, null, 0, null);
        }
    }

    private final List<SurveyMerge.Source> sources;
    private final List<SheetTemplate> sheets;
    private final Consumer<Piece> out;
    private volatile boolean cancelled;

    ReplyReader(List<SurveyMerge.Source> sources, List<SheetTemplate> sheets, Consumer<Piece> out) {
        this.sources = sources;
        this.sheets = sheets;
        this.out = out;
    }

    /** The writing half gave up: stop at the next row. */
    void cancel() {
        cancelled = true;
    }

    boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void run() {
        try {
            for (int i = 0; i < sources.size() && !cancelled; i++) {
                readSource(i);
            }
        } catch (RuntimeException e) {
            out.accept(new Piece(Piece.Kind.FAILED, -1, -1, null, null, 0, e));
        }
    }

    private void readSource(int source) {
        try (SurveyRows reply = SurveyRows.open(sources.get(source).file())) {
            out.accept(Piece.of(Piece.Kind.SOURCE_OPENED, source, -1));
            for (int s = 0; s < sheets.size() && !cancelled; s++) {
                out.accept(Piece.of(Piece.Kind.SHEET, source, s));
                readSheet(reply, source, s);
            }
            out.accept(Piece.of(Piece.Kind.SOURCE_DONE, source, -1));
        } catch (SurveyFileException e) {
            out.accept(Piece.of(Piece.Kind.SOURCE_UNREADABLE, source, -1));
        }
    }

    private void readSheet(SurveyRows reply, int source, int sheet) {
        int headerRows = sheets.get(sheet).headerRows();
        int[][][] columns = {new int[CHUNK][]};
        CellValue[][][] values = {new CellValue[CHUNK][]};
        int[] size = {0};
        reply.read(sheets.get(sheet).name(), (rowIndex, rowColumns, rowValues, count) -> {
            if (rowIndex < headerRows) {
                return !cancelled;
            }
            columns[0][size[0]] = Arrays.copyOf(rowColumns, count);
            values[0][size[0]] = Arrays.copyOf(rowValues, count);
            if (++size[0] == CHUNK) {
                out.accept(new Piece(Piece.Kind.ROWS, source, sheet, columns[0], values[0], CHUNK, null));
                columns[0] = new int[CHUNK][];
                values[0] = new CellValue[CHUNK][];
                size[0] = 0;
            }
            return !cancelled;
        });
        if (size[0] > 0) {
            out.accept(new Piece(Piece.Kind.ROWS, source, sheet, columns[0], values[0], size[0], null));
        }
    }
}
