package pl.opium.surveys;

import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.util.List;
import java.util.SortedMap;

/**
 * One structure sheet of a template as the check and the merge need it: the header's values row by
 * row (as wide as the widest header row), the cells a protected sheet locks outside the header, the
 * header's merged cells and the column widths.
 *
 * @param locked values of the locked, non-empty cells below the header, when the sheet is protected
 */
public record SheetTemplate(String name, int headerRows, int width, List<List<CellValue>> header,
                            SortedMap<CellAddress, CellValue> locked, List<CellRangeAddress> mergedHeader,
                            List<Integer> columnWidths) {

    public SheetTemplate {
        header = List.copyOf(header);
        mergedHeader = List.copyOf(mergedHeader);
        columnWidths = List.copyOf(columnWidths);
    }

    /** What the header says at a place (blank beyond the template's width). */
    public CellValue headerAt(int row, int column) {
        List<CellValue> cells = header.get(row);
        return column < cells.size() ? cells.get(column) : CellValue.BLANK;
    }

    /** A column's name for people: the lowest header text above it, or its letter. */
    public String label(int column) {
        for (int row = headerRows - 1; row >= 0; row--) {
            CellValue value = headerAt(row, column);
            if (!value.isBlank()) {
                return value.comparable();
            }
        }
        return CellReference.convertNumToColString(column);
    }
}
