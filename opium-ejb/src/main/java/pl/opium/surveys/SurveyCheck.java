package pl.opium.surveys;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;

import java.io.IOException;
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
 * reply row by row and stops below the last row it has to look at.
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

    public static Result check(SurveyTemplate template, Path reply) {
        try (Workbook workbook = SurveyWorkbooks.openStreaming(reply)) {
            return check(template, workbook);
        } catch (IOException e) {
            throw new SurveyFileException("surveys.corrupt");
        }
    }

    public static Result check(SurveyTemplate template, Workbook reply) {
        Collector collector = new Collector();
        for (SheetTemplate expected : template.sheets()) {
            Sheet sheet = SurveyWorkbooks.sheet(reply, expected.name());
            if (sheet == null) {
                collector.add(Difference.missingSheet(expected.name()));
            } else {
                checkSheet(expected, sheet, collector);
            }
        }
        return new Result(List.copyOf(collector.listed), collector.total);
    }

    private static void checkSheet(SheetTemplate expected, Sheet sheet, Collector collector) {
        SortedMap<CellAddress, CellValue> locked = expected.locked();
        int lastRowToRead = Math.max(expected.headerRows() - 1, locked.isEmpty() ? -1 : locked.lastKey().getRow());
        Iterator<Map.Entry<CellAddress, CellValue>> lockedCells = locked.entrySet().iterator();
        Map.Entry<CellAddress, CellValue> nextLocked = lockedCells.hasNext() ? lockedCells.next() : null;
        int nextRow = 0;
        Iterator<Row> rows = sheet.iterator();
        while (nextRow <= lastRowToRead) {
            Row row = rows.hasNext() ? rows.next() : null;
            int rowNum = row == null ? lastRowToRead + 1 : row.getRowNum();
            // rows the file leaves out are empty
            for (; nextRow < Math.min(rowNum, lastRowToRead + 1); nextRow++) {
                nextLocked = compareRow(expected, nextRow, Map.of(), collector, nextLocked, lockedCells);
            }
            if (row != null && rowNum <= lastRowToRead) {
                nextLocked = compareRow(expected, rowNum, cells(row), collector, nextLocked, lockedCells);
                nextRow = rowNum + 1;
            }
        }
    }

    private static Map<Integer, CellValue> cells(Row row) {
        Map<Integer, CellValue> cells = new HashMap<>();
        for (Cell cell : row) {
            CellValue value = CellValue.of(cell);
            if (!value.isBlank()) {
                cells.put(cell.getColumnIndex(), value);
            }
        }
        return cells;
    }

    private static Map.Entry<CellAddress, CellValue> compareRow(SheetTemplate expected, int rowNum,
            Map<Integer, CellValue> found, Collector collector, Map.Entry<CellAddress, CellValue> nextLocked,
            Iterator<Map.Entry<CellAddress, CellValue>> lockedCells) {
        if (rowNum < expected.headerRows()) {
            int width = expected.width();
            for (int column : found.keySet()) {
                width = Math.max(width, column + 1);
            }
            for (int column = 0; column < width; column++) {
                CellValue want = expected.headerAt(rowNum, column);
                CellValue got = found.getOrDefault(column, CellValue.BLANK);
                if (!want.sameAs(got)) {
                    collector.add(differ(Difference.Kind.HEADER_CHANGED, expected, rowNum, column, want, got));
                }
            }
        }
        Map.Entry<CellAddress, CellValue> locked = nextLocked;
        while (locked != null && locked.getKey().getRow() == rowNum) {
            int column = locked.getKey().getColumn();
            CellValue got = found.getOrDefault(column, CellValue.BLANK);
            if (!locked.getValue().sameAs(got)) {
                collector.add(differ(Difference.Kind.LOCKED_CHANGED, expected, rowNum, column, locked.getValue(), got));
            }
            locked = lockedCells.hasNext() ? lockedCells.next() : null;
        }
        return locked;
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
