package pl.opium.surveys;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.IOException;

/**
 * SXSSF's sheet writer with a shorter way for number cells, which are most of a merged survey:
 * the cell reference from a cached column name instead of a new {@link CellReference} per cell,
 * no {@code t="n"} (a number is a cell's default type), and whole numbers without ".0". Every other
 * cell is written by POI. Measured on the merge benchmark: see docs/PERFORMANCE.md.
 */
final class NumberCellWriter extends SheetDataWriter {

    private static final String[] COLUMNS = new String[16_384];

    /** The row being written, counted from 1 as the XML counts it. */
    private String row;

    NumberCellWriter() throws IOException {
        super((SharedStringsTable) null);
    }

    @Override
    public void writeRow(int rownum, SXSSFRow sxssfRow) throws IOException {
        row = Integer.toString(rownum + 1);
        super.writeRow(rownum, sxssfRow);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null || cell.getCellType() != CellType.NUMERIC) {
            super.writeCell(columnIndex, cell);
            return;
        }
        _out.write("<c r=\"");
        _out.write(column(columnIndex));
        _out.write(row);
        _out.write('"');
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            _out.write(" s=\"");
            _out.write(Integer.toString(style));
            _out.write('"');
        }
        _out.write("><v>");
        double value = cell.getNumericCellValue();
        _out.write(value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value));
        _out.write("</v></c>");
    }

    private static String column(int index) {
        String name = COLUMNS[index];
        if (name == null) {
            name = CellReference.convertNumToColString(index);
            COLUMNS[index] = name;
        }
        return name;
    }
}
