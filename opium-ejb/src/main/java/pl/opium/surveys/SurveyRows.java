package pl.opium.surveys;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The rows of a filled copy, sheet by sheet, as values: what the merge reads. An .xlsx is parsed
 * straight from its XML ({@link XlsxRows}); an .xls (at most 65,536 rows a sheet) through POI's
 * workbook.
 */
interface SurveyRows extends AutoCloseable {

    /**
     * Receives the rows that have at least one non-blank cell: their columns and values, {@code count}
     * of them (the arrays are reused for the next row). Returns whether to go on reading.
     */
    @FunctionalInterface
    interface RowCallback {
        boolean row(int rowIndex, int[] columns, CellValue[] values, int count);
    }

    /** Reads the named sheet; false when the workbook has no such sheet. */
    boolean read(String sheetName, RowCallback callback);

    /**
     * Formula cells read so far whose program left no computed value (some exports write formulas
     * without computing them): they read as empty. An .xls always stores the value.
     */
    default int uncomputedFormulas() {
        return 0;
    }

    @Override
    void close();

    static SurveyRows open(Path file) {
        if (SurveyWorkbooks.inspect(file) == SurveyWorkbooks.Format.XLSX) {
            return XlsxRows.open(file);
        }
        Workbook workbook = SurveyWorkbooks.openXls(file);
        return new SurveyRows() {
            @Override
            public boolean read(String sheetName, RowCallback callback) {
                Sheet sheet = workbook.getSheet(sheetName);
                if (sheet == null) {
                    return false;
                }
                int[] columns = new int[16];
                CellValue[] values = new CellValue[16];
                for (Row row : sheet) {
                    int count = 0;
                    for (Cell cell : row) {
                        CellValue value = CellValue.of(cell);
                        if (!value.isBlank()) {
                            if (count == columns.length) {
                                columns = java.util.Arrays.copyOf(columns, count * 2);
                                values = java.util.Arrays.copyOf(values, count * 2);
                            }
                            columns[count] = cell.getColumnIndex();
                            values[count++] = value;
                        }
                    }
                    if (count > 0 && !callback.row(row.getRowNum(), columns, values, count)) {
                        break;
                    }
                }
                return true;
            }

            @Override
            public void close() {
                try {
                    workbook.close();
                } catch (IOException ignored) {
                    // read-only: nothing to lose
                }
            }
        };
    }
}
