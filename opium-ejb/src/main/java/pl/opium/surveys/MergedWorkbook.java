package pl.opium.surveys;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.zip.Deflater;

/**
 * The merge's output: an SXSSF workbook (a window of rows in memory, the rest in temporary files)
 * with one cell style per number format, unique sheet names, and the template's header copied where
 * a sheet needs it.
 */
final class MergedWorkbook implements AutoCloseable {

    private static final String GENERAL = "General";

    /** A thread that compresses sheets alongside the caller's when the workbook is written, or null. */
    private final Executor helper;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, false) {
        /** Fast compression: the merged file is mostly numbers and is written while the officer waits. */
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new NumberCellWriter();
        }

        @Override
        protected void injectData(ZipEntrySource template, OutputStream out) throws IOException {
            if (helper == null) {
                super.injectData(template, out);
                return;
            }
            Map<String, SheetCompression.SheetXml> sheets = new HashMap<>();
            for (int i = 0; i < getNumberOfSheets(); i++) {
                SXSSFSheet sheet = getSheetAt(i);
                sheets.put(_wb.getSheetAt(i).getPackagePart().getPartName().getName().substring(1),
                        sheet::getWorksheetXMLInputStream);
            }
            try {
                SheetCompression.write(template, sheets, helper, out);
            } finally {
                template.close();
            }
        }
    };
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Set<String> sheetNames = new HashSet<>();
    private final CellStyle headerStyle;
    private final CellStyle boldStyle;
    private final CellStyle plainStyle;

    MergedWorkbook(Executor helper) {
        this.helper = helper;
        plainStyle = workbook.getCellStyleAt(0);
        Font bold = workbook.createFont();
        bold.setBold(true);
        boldStyle = workbook.createCellStyle();
        boldStyle.setFont(bold);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setWrapText(true);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** A new sheet whose name is safe for Excel (31 characters, no : / ? * [ ]) and not yet taken. */
    SXSSFSheet createSheet(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Arkusz" : wanted);
        String name = base;
        for (int n = 2; !sheetNames.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return workbook.createSheet(name);
    }

    /**
     * Writes the template's header at the sheet's row {@code firstRow}, shifted right by {@code offset}
     * columns, with its merged cells and column widths. Returns the next free row.
     */
    int writeHeader(SXSSFSheet sheet, SheetTemplate template, int firstRow, int offset) {
        for (int r = 0; r < template.headerRows(); r++) {
            Row row = sheet.createRow(firstRow + r);
            for (int c = 0; c < template.width(); c++) {
                put(row, c + offset, template.headerAt(r, c)).setCellStyle(headerStyle);
            }
        }
        for (CellRangeAddress region : template.mergedHeader()) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(region.getFirstRow() + firstRow,
                    region.getLastRow() + firstRow, region.getFirstColumn() + offset, region.getLastColumn() + offset));
        }
        for (int c = 0; c < template.columnWidths().size(); c++) {
            sheet.setColumnWidth(c + offset, template.columnWidths().get(c));
        }
        return firstRow + template.headerRows();
    }


    /** Excel's last column (XFD) and the longest text a cell holds. */
    static final int LAST_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** The widest column Excel allows, in POI's units (1/256 of a character). */
    static final int MAX_COLUMN_WIDTH = 255 * 256;

    /** Values since the last {@link #takeAdjusted()} that Excel could not hold as they were: left out, cut or shown as text. */
    private int adjusted;

    /** How many values of the copy just written did not fit Excel as they were; counts anew from here. */
    int takeAdjusted() {
        int taken = adjusted;
        adjusted = 0;
        return taken;
    }

    private String fitted(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        adjusted++;
        return text.substring(0, MAX_TEXT);
    }

    /**
     * Puts a value into a new cell of the row, with its type and number format. The cell is created
     * with its type: SXSSF otherwise first makes it blank and then converts the blank value. Every
     * cell gets a style: SXSSF looks a style-less cell's column style up in the sheet's XML beans,
     * which costs more than the cell.
     */
    Cell put(Row row, int column, CellValue value) {
        if (column > LAST_COLUMN) {
            // the merge puts three columns before the copy's: a value in the copy's last ones has no column
            adjusted++;
            return null;
        }
        Cell cell;
        switch (value.kind()) {
            case TEXT:
            case ERROR:
                cell = row.createCell(column, CellType.STRING);
                cell.setCellValue(fitted((String) value.value()));
                break;
            case NUMBER:
                double number = (Double) value.value();
                if (Double.isNaN(number) || Double.isInfinite(number)) {
                    // no cell of Excel holds it: shown as the text the copy's program wrote
                    adjusted++;
                    cell = row.createCell(column, CellType.STRING);
                    cell.setCellValue(String.valueOf(number));
                    cell.setCellStyle(plainStyle);
                    return cell;
                }
                cell = row.createCell(column, CellType.NUMERIC);
                cell.setCellValue(number);
                break;
            case DATE:
                cell = row.createCell(column, CellType.NUMERIC);
                cell.setCellValue((LocalDateTime) value.value());
                break;
            case BOOLEAN:
                cell = row.createCell(column, CellType.BOOLEAN);
                cell.setCellValue((Boolean) value.value());
                break;
            default:
                cell = row.createCell(column);
                break;
        }
        cell.setCellStyle(plainStyle);
        if (value.kind() == CellValue.Kind.NUMBER || value.kind() == CellValue.Kind.DATE) {
            formatted(cell, value.format());
        }
        return cell;
    }

    void formatted(Cell cell, String format) {
        if (format != null && !GENERAL.equals(format)) {
            cell.setCellStyle(styles.computeIfAbsent(format, f -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(f));
                return style;
            }));
        }
    }

    CellStyle headerStyle() {
        return headerStyle;
    }

    CellStyle boldStyle() {
        return boldStyle;
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
