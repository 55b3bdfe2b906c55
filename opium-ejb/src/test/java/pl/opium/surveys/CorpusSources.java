package pl.opium.surveys;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the sources of the LibreOffice part of the survey corpus: a template ("Kadra" with a merged
 * two-row header, data validation and a comment; "Budżet", protected, with locked item names and
 * formulas referring to a hidden sheet) and five filled copies with what schools really do to them.
 * {@code src/test/resources/surveys/corpus/libreoffice/make.sh} runs this and has LibreOffice open and
 * save every file as .xlsx and .xls, so the committed files are LibreOffice's own writing.
 */
public final class CorpusSources {

    private CorpusSources() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        write(dir.resolve("szablon.xlsx"), template(false));
        XSSFWorkbook filled = template(false);
        fill(filled, false);
        write(dir.resolve("sp1-wypelniona.xlsx"), filled);

        XSSFWorkbook in1904 = template(true);
        fill(in1904, false);
        write(dir.resolve("sp2-daty-1904.xlsx"), in1904);

        XSSFWorkbook changed = template(false);
        fill(changed, false);
        changed.getSheet("Kadra").getRow(1).getCell(4).setCellValue("Liczba godzin");
        changed.getSheet("Budżet").getRow(2).getCell(0).setCellValue("Energia");
        write(dir.resolve("sp3-zmieniony-naglowek.xlsx"), changed);

        XSSFWorkbook sparse = template(false);
        fill(sparse, true);
        write(dir.resolve("sp4-rzadki-szeroki.xlsx"), sparse);

        XSSFWorkbook reordered = template(false);
        fill(reordered, false);
        reordered.setSheetOrder("Budżet", 0);
        reordered.createSheet("Notatki").createRow(0).createCell(0).setCellValue("robocze");
        reordered.setSheetHidden(reordered.getSheetIndex("Notatki"), true);
        CellStyle yellow = reordered.createCellStyle();
        yellow.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.YELLOW.getIndex());
        yellow.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        Sheet kadra = reordered.getSheet("Kadra");
        for (int r = 10; r < 20; r++) {
            Row row = kadra.createRow(r);
            for (int c = 0; c < 6; c++) {
                row.createCell(c).setCellStyle(yellow);
            }
        }
        write(dir.resolve("sp5-ukryty-arkusz-puste-wiersze.xlsx"), reordered);
    }

    static XSSFWorkbook template(boolean date1904) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        if (date1904) {
            // the new workbook already has its workbookPr: a second one would be ignored by POI but not by LibreOffice
            workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
        }
        CreationHelper helper = workbook.getCreationHelper();
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);

        Sheet kadra = workbook.createSheet("Kadra");
        Row title = kadra.createRow(0);
        title.createCell(0).setCellValue("Kadra pedagogiczna — stan na 30 września");
        title.getCell(0).setCellStyle(header);
        kadra.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        Row labels = kadra.createRow(1);
        String[] names = {"Lp.", "Imię i nazwisko", "Data urodzenia", "Etat", "Godziny", "Staż (lata)"};
        for (int c = 0; c < names.length; c++) {
            labels.createCell(c).setCellValue(names[c]);
            labels.getCell(c).setCellStyle(header);
            kadra.setColumnWidth(c, (c == 1 ? 30 : 14) * 256);
        }
        Drawing<?> drawing = kadra.createDrawingPatriarch();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(1);
        anchor.setRow1(1);
        anchor.setCol2(3);
        anchor.setRow2(4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString("Pełne imię i nazwisko, bez tytułów"));
        labels.getCell(1).setCellComment(comment);
        DataValidationHelper validation = kadra.getDataValidationHelper();
        DataValidation list = validation.createValidation(
                validation.createExplicitListConstraint(new String[]{"pełny", "niepełny"}),
                new CellRangeAddressList(2, 500, 3, 3));
        kadra.addValidationData(list);

        Sheet budget = workbook.createSheet("Budżet");
        Row budgetHeader = budget.createRow(0);
        String[] columns = {"Pozycja", "Kwota netto", "VAT", "Kwota brutto", "Data zakupu"};
        for (int c = 0; c < columns.length; c++) {
            budgetHeader.createCell(c).setCellValue(columns[c]);
            budgetHeader.getCell(c).setCellStyle(header);
        }
        CellStyle open = workbook.createCellStyle();
        open.setLocked(false);
        String[] items = {"Wynagrodzenia", "Media", "Remonty"};
        for (int r = 0; r < items.length; r++) {
            Row row = budget.createRow(r + 1);
            row.createCell(0).setCellValue(items[r]);
            for (int c = 1; c < columns.length; c++) {
                row.createCell(c).setCellStyle(open);
            }
        }
        budget.protectSheet("opium");

        Sheet lists = workbook.createSheet("Słowniki");
        lists.createRow(0).createCell(0).setCellValue("VAT");
        lists.getRow(0).createCell(1).setCellValue(0.23);
        workbook.setSheetHidden(workbook.getSheetIndex("Słowniki"), true);
        return workbook;
    }

    /** What a school types in: names (one with bold in it), dates, numbers, formulas, a gap row, a comment. */
    static void fill(XSSFWorkbook workbook, boolean sparseAndWide) {
        CreationHelper helper = workbook.getCreationHelper();
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(helper.createDataFormat().getFormat("dd.mm.yyyy"));
        CellStyle money = workbook.createCellStyle();
        money.setDataFormat(helper.createDataFormat().getFormat("#,##0.00\\ \"zł\""));
        money.setLocked(false);
        Sheet kadra = workbook.getSheet("Kadra");
        Object[][] teachers = {
                {1, "Anna Kowalska", LocalDate.of(1985, 3, 12), "pełny", 18, 12},
                {2, "Jan Nowak", LocalDate.of(1990, 11, 2), "niepełny", 9, 5},
                {3, "Ewa Wiśniewska", LocalDate.of(1978, 1, 30), "pełny", 18, 23}};
        int[] rows = sparseAndWide ? new int[]{2, 500, 20_000} : new int[]{2, 3, 5};
        for (int t = 0; t < teachers.length; t++) {
            Row row = kadra.createRow(rows[t]);
            row.createCell(0).setCellValue((Integer) teachers[t][0]);
            if (t == 1) {
                XSSFRichTextString rich = new XSSFRichTextString((String) teachers[t][1]);
                Font bold = workbook.createFont();
                bold.setBold(true);
                rich.applyFont(4, 9, bold);
                row.createCell(1).setCellValue(rich);
            } else {
                row.createCell(1).setCellValue((String) teachers[t][1]);
            }
            Cell born = row.createCell(2);
            born.setCellValue((LocalDate) teachers[t][2]);
            born.setCellStyle(date);
            row.createCell(3).setCellValue((String) teachers[t][3]);
            row.createCell(4).setCellValue((Integer) teachers[t][4]);
            row.createCell(5).setCellValue((Integer) teachers[t][5]);
            if (sparseAndWide) {
                row.createCell(299).setCellValue("uwaga w kolumnie KN");
            }
        }
        Drawing<?> drawing = kadra.createDrawingPatriarch();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(4);
        anchor.setRow1(rows[0]);
        anchor.setCol2(6);
        anchor.setRow2(rows[0] + 3);
        Comment note = drawing.createCellComment(anchor);
        note.setString(helper.createRichTextString("w tym 2 godziny świetlicy"));
        kadra.getRow(rows[0]).getCell(4).setCellComment(note);

        Sheet budget = workbook.getSheet("Budżet");
        double[] net = {125_000.50, 18_300, 42_000};
        for (int r = 1; r <= 3; r++) {
            Row row = budget.getRow(r);
            row.getCell(1).setCellValue(net[r - 1]);
            row.getCell(1).setCellStyle(money);
            row.getCell(2).setCellFormula("'Słowniki'!B1");
            row.getCell(3).setCellFormula("B" + (r + 1) + "*(1+C" + (r + 1) + ")");
            row.getCell(3).setCellStyle(money);
            row.getCell(4).setCellValue(LocalDate.of(2026, 9, r));
            row.getCell(4).setCellStyle(date);
        }
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
    }

    private static void write(Path file, Workbook workbook) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
    }
}
