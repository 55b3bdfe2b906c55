package pl.opium.surveys;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * The reading half of a merge: opens the copies it claims and hands what it reads, in order, to the
 * writing half as {@link Piece}s, rows in chunks. When the merge has threads for reading, two readers
 * run at once, so that parsing copies overlaps with writing the earlier ones.
 */
final class ReplyReader implements Runnable {

    static final int CHUNK = 512;

    /** One step of what was read; {@code size} counts the rows of ROWS and the formulas without a value of SOURCE_DONE. */
    record Piece(Kind kind, int source, int sheet, int[][] columns, CellValue[][] values, int size, RuntimeException failure) {

        enum Kind {
            SOURCE_OPENED, SHEET, ROWS, SOURCE_DONE, SOURCE_UNREADABLE, FAILED;

            /** The last piece of a copy (a failure ends the merge). */
            boolean endsSource() {
                return this == SOURCE_DONE || this == SOURCE_UNREADABLE || this == FAILED;
            }
        }

        static Piece of(Kind kind, int source, int sheet) {
            return new Piece(kind, source, sheet, null, null, 0, null);
        }
    }

    /** Where a reader's pieces go: with the copy they belong to. */
    @FunctionalInterface
    interface Out {
        void accept(Piece piece, int source);
    }

    private final List<SurveyMerge.Source> sources;
    private final List<SheetTemplate> sheets;
    private final IntSupplier claim;
    private final Out out;
    private volatile boolean cancelled;

    /** A reader of every copy in turn. */
    ReplyReader(List<SurveyMerge.Source> sources, List<SheetTemplate> sheets, Consumer<Piece> out) {
        this(sources, sheets, new IntSupplier() {
            private int next;

            @Override
            public int getAsInt() {
                return next < sources.size() ? next++ : -1;
            }
        }, (piece, source) -> out.accept(piece));
    }

    /** A reader of the copies {@code claim} gives it (-1: no more), one of several. */
    ReplyReader(List<SurveyMerge.Source> sources, List<SheetTemplate> sheets, IntSupplier claim, Out out) {
        this.sources = sources;
        this.sheets = sheets;
        this.claim = claim;
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
        int source = -1;
        try {
            while (!cancelled && (source = claim.getAsInt()) >= 0) {
                readSource(source);
            }
        } catch (RuntimeException e) {
            if (source >= 0) {
                out.accept(new Piece(Piece.Kind.FAILED, source, -1, null, null, 0, e), source);
            }
        }
    }

    private void readSource(int source) {
        try (SurveyRows reply = SurveyRows.open(sources.get(source).file())) {
            out.accept(Piece.of(Piece.Kind.SOURCE_OPENED, source, -1), source);
            for (int s = 0; s < sheets.size() && !cancelled; s++) {
                out.accept(Piece.of(Piece.Kind.SHEET, source, s), source);
                readSheet(reply, source, s);
            }
            // the piece that ends a copy carries, as its size, the formulas it holds without a value
            out.accept(new Piece(Piece.Kind.SOURCE_DONE, source, -1, null, null, reply.uncomputedFormulas(), null), source);
        } catch (RuntimeException e) {
            // whatever one copy holds (the project's refusal or anything a library did not expect), it is
            // listed as unreadable and the others are merged
            out.accept(Piece.of(Piece.Kind.SOURCE_UNREADABLE, source, -1), source);
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
                out.accept(new Piece(Piece.Kind.ROWS, source, sheet, columns[0], values[0], CHUNK, null), source);
                columns[0] = new int[CHUNK][];
                values[0] = new CellValue[CHUNK][];
                size[0] = 0;
            }
            return !cancelled;
        });
        if (size[0] > 0) {
            out.accept(new Piece(Piece.Kind.ROWS, source, sheet, columns[0], values[0], size[0], null), source);
        }
    }
}
