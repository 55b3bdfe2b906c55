package pl.opium.surveys;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A survey's template, read once when the author attaches it: which sheets define the structure and
 * what their headers and locked cells hold. Replies are checked and merged against this.
 */
public final class SurveyTemplate {

    /** More header rows than this is a data sheet marked by mistake, not a header. */
    public static final int MAX_HEADER_ROWS = 50;

    private final List<SheetTemplate> sheets;

    public SurveyTemplate(List<SheetTemplate> sheets) {
        this.sheets = List.copyOf(sheets);
    }

    public List<SheetTemplate> sheets() {
        return sheets;
    }

    /**
     * Reads the template with the structure the author marked; with none marked, every visible sheet
     * that has content is a structure sheet and its filled rows are its header.
     */
    public static SurveyTemplate read(Path file, List<SheetStructure> structure) {
        try (Workbook workbook = SurveyWorkbooks.openWhole(file)) {
            List<SheetStructure> chosen = structure.isEmpty() ? proposeStructure(workbook) : structure;
            if (chosen.isEmpty()) {
                throw new SurveyFileException("surveys.templateEmpty");
            }
            List<SheetTemplate> sheets = new ArrayList<>();
            for (SheetStructure part : chosen) {
                Sheet sheet = workbook.getSheet(part.sheetName());
                if (sheet == null) {
                    throw new SurveyFileException("surveys.templateSheetMissing", part.sheetName());
                }
                if (part.headerRows() > MAX_HEADER_ROWS) {
                    throw new SurveyFileException("surveys.tooManyHeaderRows", part.sheetName(), MAX_HEADER_ROWS);
                }
                sheets.add(sheetTemplate(sheet, part.headerRows()));
            }
            return new SurveyTemplate(sheets);
        } catch (IOException e) {
            throw new SurveyFileException("surveys.corrupt");
        }
    }

    /** The structure a template suggests by itself: its visible sheets with content, header down to the last filled row. */
    public static List<SheetStructure> proposeStructure(Workbook workbook) {
        List<SheetStructure> structure = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                continue;
            }
            Sheet sheet = workbook.getSheetAt(i);
            int lastFilled = lastFilledRow(sheet);
            if (lastFilled >= 0) {
                structure.add(new SheetStructure(sheet.getSheetName(), Math.min(lastFilled + 1, MAX_HEADER_ROWS)));
            }
        }
        return structure;
    }

    /** Reads the proposal straight from a file, for the author's form. */
    public static List<SheetStructure> proposeStructure(Path file) {
        try (Workbook workbook = SurveyWorkbooks.openWhole(file)) {
            return proposeStructure(workbook);
        } catch (IOException e) {
            throw new SurveyFileException("surveys.corrupt");
        }
    }

    private static int lastFilledRow(Sheet sheet) {
        int last = -1;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!CellValue.of(cell).isBlank()) {
                    last = row.getRowNum();
                    break;
                }
            }
        }
        return last;
    }

    private static SheetTemplate sheetTemplate(Sheet sheet, int headerRows) {
        List<List<CellValue>> header = new ArrayList<>();
        int width = 0;
        for (int r = 0; r < headerRows; r++) {
            List<CellValue> cells = new ArrayList<>();
            Row row = sheet.getRow(r);
            if (row != null && row.getLastCellNum() > 0) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(CellValue.of(row.getCell(c)));
                }
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            width = Math.max(width, cells.size());
            header.add(cells);
        }
        List<CellRangeAddress> merged = new ArrayList<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getLastRow() < headerRows) {
                merged.add(region);
                width = Math.max(width, region.getLastColumn() + 1);
            }
        }
        if (width + SurveyMerge.LEADING.length > MergedWorkbook.LAST_COLUMN + 1) {
            // the merge puts the institution's name, REGON and time before the template's columns
            throw new SurveyFileException("surveys.templateTooWide", sheet.getSheetName(),
                    CellReference.convertNumToColString(width - 1),
                    CellReference.convertNumToColString(MergedWorkbook.LAST_COLUMN - SurveyMerge.LEADING.length));
        }
        List<Integer> widths = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            // other programs write widths Excel does not allow (it stops at 255 characters)
            widths.add(Math.min(sheet.getColumnWidth(c), MergedWorkbook.MAX_COLUMN_WIDTH));
        }
        return new SheetTemplate(sheet.getSheetName(), headerRows, width, header, lockedCells(sheet, headerRows),
                merged, widths);
    }

    /** Locked cells matter only where the sheet is protected: elsewhere Excel lets anyone change them anyway. */
    private static SortedMap<CellAddress, CellValue> lockedCells(Sheet sheet, int headerRows) {
        SortedMap<CellAddress, CellValue> locked = new TreeMap<>();
        if (!sheet.getProtect()) {
            return locked;
        }
        for (Row row : sheet) {
            if (row.getRowNum() < headerRows) {
                continue;
            }
            for (Cell cell : row) {
                CellStyle style = cell.getCellStyle();
                CellValue value = CellValue.of(cell);
                if (style != null && style.getLocked() && !value.isBlank()) {
                    locked.put(new CellAddress(cell), value);
                }
            }
        }
        return locked;
    }
}
