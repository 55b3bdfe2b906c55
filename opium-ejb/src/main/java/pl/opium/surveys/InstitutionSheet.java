package pl.opium.surveys;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The other layout: an institution's own sheet, named after it, holding its part of each structure
 * sheet one under another (each under its header, titled with the sheet's name when there are
 * several).
 */
final class InstitutionSheet {

    private final MergedWorkbook book;
    private final SXSSFSheet sheet;
    private final boolean titled;
    private int nextRow;

    InstitutionSheet(MergedWorkbook book, String shortName, boolean titled) {
        this.book = book;
        this.sheet = book.createSheet(shortName);
        this.titled = titled;
    }

    /** Starts the block of one structure sheet and returns where its rows go. */
    SurveyMerge.RowSink start(SheetTemplate template) {
        if (nextRow > 0) {
            nextRow++;
        }
        if (titled) {
            Cell title = sheet.createRow(nextRow++).createCell(0);
            title.setCellValue(template.name());
            title.setCellStyle(book.boldStyle());
        }
        nextRow = book.writeHeader(sheet, template, nextRow, 0);
        return new SurveyMerge.RowSink() {
            @Override
            public Row nextRow() {
                return sheet.createRow(nextRow++);
            }

            @Override
            public void put(Row row, int templateColumn, CellValue value) {
                book.put(row, templateColumn, value);
            }
        };
    }
}
