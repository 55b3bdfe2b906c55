package pl.opium.surveys;

import pl.opium.Texts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.math.BigDecimal;
import java.util.List;

/**
 * The merge's first sheet: every institution with its status, when it sent its copy and how many
 * rows each structure sheet got from it; below, the sum of every numeric column of each sheet.
 */
final class SummaryWriter {

    private final MergedWorkbook book;
    private final SXSSFSheet sheet;
    private int nextRow;

    SummaryWriter(MergedWorkbook book, SXSSFSheet sheet) {
        this.book = book;
        this.sheet = sheet;
    }

    void write(String title, SurveyTemplate template, List<SurveyMerge.SummaryLine> lines,
               List<SurveyMerge.SheetTotals> totals) {
        Cell heading = sheet.createRow(nextRow++).createCell(0);
        heading.setCellValue(title);
        heading.setCellStyle(book.boldStyle());
        nextRow++;

        Row header = sheet.createRow(nextRow++);
        int column = 0;
        for (String name : new String[]{Texts.get("export.institution"), Texts.get("export.rspo"), Texts.get("export.status"),
                Texts.get("export.submitted")}) {
            headerCell(header, column++, name);
        }
        for (SheetTemplate part : template.sheets()) {
            headerCell(header, column++, "Wiersze: " + part.name());
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(2, 24 * 256);
        sheet.setColumnWidth(3, 17 * 256);
        sheet.createFreezePane(0, nextRow);
        for (SurveyMerge.SummaryLine line : lines) {
            Row row = sheet.createRow(nextRow++);
            row.createCell(0).setCellValue(line.shortName());
            if (line.rspo() != null) {
                row.createCell(1).setCellValue(line.rspo());
            }
            row.createCell(2).setCellValue(line.status());
            if (line.submittedAt() != null) {
                Cell cell = row.createCell(3);
                cell.setCellValue(line.submittedLocal());
                book.formatted(cell, "yyyy-mm-dd hh:mm");
            }
            if (line.rowCounts() != null) {
                for (int s = 0; s < line.rowCounts().length; s++) {
                    row.createCell(4 + s).setCellValue(line.rowCounts()[s]);
                }
            }
        }
        for (SurveyMerge.SheetTotals sheetTotals : totals) {
            writeSums(sheetTotals);
        }
    }

    private void writeSums(SurveyMerge.SheetTotals totals) {
        nextRow++;
        Cell heading = sheet.createRow(nextRow++).createCell(0);
        heading.setCellValue("Sumy: " + totals.sheet.name());
        heading.setCellStyle(book.boldStyle());
        boolean any = false;
        for (int c = 0; c < totals.columns(); c++) {
            BigDecimal sum = totals.sum(c);
            if (sum != null) {
                Row row = sheet.createRow(nextRow++);
                row.createCell(0).setCellValue(totals.sheet.label(c));
                row.createCell(1).setCellValue(sum.doubleValue());
                any = true;
            }
        }
        if (!any) {
            sheet.createRow(nextRow++).createCell(0).setCellValue("brak kolumn liczbowych");
        }
    }

    private void headerCell(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(book.headerStyle());
    }
}
