package pl.opium.surveys;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.time.LocalDateTime;

/**
 * One structure sheet in the stacked layout: the template's header, then the rows of every
 * institution, each led by the institution's short name, RSPO number and when it sent the copy. A
 * sheet that reaches Excel's row limit continues on the next one, under the same header.
 */
final class StackedSheet {

    private static final int[] LEADING_WIDTHS = {28, 12, 17};

    private final MergedWorkbook book;
    private final SheetTemplate template;
    private final int maxRows;
    private SXSSFSheet sheet;
    private int nextRow;

    StackedSheet(MergedWorkbook book, SheetTemplate template, int maxRows) {
        this.book = book;
        this.template = template;
        this.maxRows = maxRows;
        startSheet();
    }

    private void startSheet() {
        sheet = book.createSheet(template.name());
        nextRow = book.writeHeader(sheet, template, 0, SurveyMerge.LEADING.length);
        Row last = sheet.getRow(nextRow - 1);
        for (int c = 0; c < SurveyMerge.LEADING.length; c++) {
            Cell cell = last.createCell(c);
            cell.setCellValue(SurveyMerge.LEADING[c]);
            cell.setCellStyle(book.headerStyle());
            sheet.setColumnWidth(c, LEADING_WIDTHS[c] * 256);
        }
        sheet.createFreezePane(SurveyMerge.LEADING.length, nextRow);
    }

    /** Where one institution's rows go. */
    SurveyMerge.RowSink forSource(SurveyMerge.Source source) {
        CellValue name = CellValue.text(source.shortName());
        CellValue rspo = CellValue.text(source.rspo());
        LocalDateTime submitted = source.submittedAt() == null ? null
                : LocalDateTime.ofInstant(source.submittedAt(), SurveyMerge.POLAND);
        return new SurveyMerge.RowSink() {
            @Override
            public Row nextRow() {
                if (nextRow >= maxRows) {
                    startSheet();
                }
                Row row = sheet.createRow(nextRow++);
                book.put(row, 0, name);
                book.put(row, 1, rspo);
                if (submitted != null) {
                    Cell cell = row.createCell(2);
                    cell.setCellValue(submitted);
                    book.formatted(cell, "yyyy-mm-dd hh:mm");
                }
                return row;
            }

            @Override
            public void put(Row row, int templateColumn, CellValue value) {
                book.put(row, templateColumn + SurveyMerge.LEADING.length, value);
            }
        };
    }
}
