package pl.opium.surveys;

import org.apache.poi.ss.util.CellAddress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Checks a filled copy against its template: every structure sheet is there, its header rows read
 * as in the template, and the cells a protected template locks still hold their values. Reads the
 * copy row by row and stops below the last row it has to look at.
 */
public final class SurveyCheck {

    /** Beyond this many a list of differences helps nobody; the count is still exact. */
    public static final int MAX_LISTED = 200;

    private SurveyCheck() {
    }

    /** The result: differences (at most {@link #MAX_LISTED}) and how many there were in all. */
    public record Result(List<Difference> differences, int total) {

        public boolean matches() {
            return total == 0;
        }
    }

    /** Checks the copy; a file that is no plain workbook is refused ({@link SurveyFileException}). */
    public static Result check(SurveyTemplate template, Path reply) {
        try (SurveyRows rows = SurveyRows.open(reply)) {
            Collector collector = new Collector();
            for (SheetTemplate expected : template.sheets()) {
                checkSheet(expected, rows, collector);
            }
            return new Result(List.copyOf(collector.listed), collector.total);
        }
    }

    private static void checkSheet(SheetTemplate expected, SurveyRows reply, Collector collector) {
        SortedMap<CellAddress, CellValue> locked = expected.locked();
        int lastRowToRead = Math.max(expected.headerRows() - 1, locked.isEmpty() ? -1 : locked.lastKey().getRow());
        Map<Integer, Map<Integer, CellValue>> found = new HashMap<>();
        boolean present = reply.read(expected.name(), (rowIndex, columns, values, count) -> {
            if (rowIndex <= lastRowToRead) {
                Map<Integer, CellValue> cells = new HashMap<>();
                for (int i = 0; i < count; i++) {
                    cells.put(columns[i], values[i]);
                }
                found.put(rowIndex, cells);
            }
            return rowIndex < lastRowToRead;
        });
        if (!present) {
            collector.add(Difference.missingSheet(expected.name()));
            return;
        }
        Iterator<Map.Entry<CellAddress, CellValue>> lockedCells = locked.entrySet().iterator();
        Map.Entry<CellAddress, CellValue> nextLocked = lockedCells.hasNext() ? lockedCells.next() : null;
        for (int row = 0; row <= lastRowToRead; row++) {
            // rows the file leaves out are empty
            Map<Integer, CellValue> cells = found.getOrDefault(row, Map.of());
            if (row < expected.headerRows()) {
                compareHeader(expected, row, cells, collector);
            }
            while (nextLocked != null && nextLocked.getKey().getRow() == row) {
                int column = nextLocked.getKey().getColumn();
                CellValue got = cells.getOrDefault(column, CellValue.BLANK);
                if (!nextLocked.getValue().sameAs(got)) {
                    collector.add(differ(Difference.Kind.LOCKED_CHANGED, expected, row, column, nextLocked.getValue(), got));
                }
                nextLocked = lockedCells.hasNext() ? lockedCells.next() : null;
            }
        }
    }

    private static void compareHeader(SheetTemplate expected, int row, Map<Integer, CellValue> cells, Collector collector) {
        int width = expected.width();
        for (int column : cells.keySet()) {
            width = Math.max(width, column + 1);
        }
        for (int column = 0; column < width; column++) {
            CellValue want = expected.headerAt(row, column);
            CellValue got = cells.getOrDefault(column, CellValue.BLANK);
            if (!want.sameAs(got)) {
                collector.add(differ(Difference.Kind.HEADER_CHANGED, expected, row, column, want, got));
            }
        }
    }

    private static Difference differ(Difference.Kind kind, SheetTemplate sheet, int row, int column,
                                     CellValue expected, CellValue found) {
        return new Difference(kind, sheet.name(), new CellAddress(row, column).formatAsString(),
                expected.comparable(), found.comparable());
    }

    private static final class Collector {
        private final List<Difference> listed = new ArrayList<>();
        private int total;

        void add(Difference difference) {
            total++;
            if (listed.size() < MAX_LISTED) {
                listed.add(difference);
            }
        }
    }
}
