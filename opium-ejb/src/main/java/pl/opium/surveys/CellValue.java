package pl.opium.surveys;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a cell holds, as the survey engines compare and copy it: a formula counts as the value Excel
 * last computed for it, a date stays a date (whichever date system its workbook uses), text is
 * compared with its whitespace tidied, and the number format travels with numbers and dates.
 */
public record CellValue(Kind kind, Object value, String format) {

    public enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    public static final CellValue BLANK = new CellValue(Kind.BLANK, null, null);

    private static final String GENERAL = "General";
    private static final Map<Short, Map<String, Boolean>> DATE_FORMATS = new ConcurrentHashMap<>();

    public static CellValue of(Cell cell) {
        if (cell == null) {
            return BLANK;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
                // a formula its program did not compute: POI would say 0, the streaming reader nothing
                return BLANK;
            }
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case NUMERIC:
                return number(cell);
            case STRING:
                String text = cell.getStringCellValue();
                return text == null || text.isBlank() ? BLANK : new CellValue(Kind.TEXT, text, null);
            case BOOLEAN:
                return new CellValue(Kind.BOOLEAN, cell.getBooleanCellValue(), null);
            case ERROR:
                return new CellValue(Kind.ERROR, errorText(cell), null);
            default:
                return BLANK;
        }
    }

    public static CellValue text(String text) {
        return text == null || text.isBlank() ? BLANK : new CellValue(Kind.TEXT, text, null);
    }

    private static CellValue number(Cell cell) {
        double number = cell.getNumericCellValue();
        CellStyle style = cell.getCellStyle();
        String format = style == null ? GENERAL : style.getDataFormatString();
        if (style != null && format != null && DateUtil.isValidExcelDate(number)
                && isDateFormat(style.getDataFormat(), format)) {
            return new CellValue(Kind.DATE, cell.getLocalDateTimeCellValue(), format);
        }
        return new CellValue(Kind.NUMBER, number, format == null ? GENERAL : format);
    }

    /**
     * POI decides with regular expressions and remembers only the last format; a merge meets a few
     * formats millions of times, so the answers are kept.
     */
    private static boolean isDateFormat(short index, String format) {
        Map<String, Boolean> known = DATE_FORMATS.computeIfAbsent(index, i -> new ConcurrentHashMap<>());
        return known.computeIfAbsent(format, f -> DateUtil.isADateFormat(index, f));
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            // the streaming reader has no error codes, only Excel's text after a prefix ("ERROR:  #DIV/0!")
            try {
                String text = cell.getStringCellValue();
                int code = text.indexOf('#');
                return code >= 0 ? text.substring(code).strip() : text;
            } catch (RuntimeException notText) {
                return "#ERR";
            }
        }
    }

    public boolean isBlank() {
        return kind == Kind.BLANK;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /**
     * The text two cells are compared by, and shown as to people: numbers without their formatting
     * (12, 12.0 and 12,00 zł are the same number), dates as ISO dates, whitespace collapsed.
     */
    public String comparable() {
        switch (kind) {
            case BLANK:
                return "";
            case TEXT:
                return ((String) value).strip().replaceAll("\\s+", " ");
            case NUMBER:
                BigDecimal decimal = BigDecimal.valueOf((Double) value).stripTrailingZeros();
                return decimal.signum() == 0 ? "0" : decimal.toPlainString();
            case DATE:
                LocalDateTime dateTime = (LocalDateTime) value;
                return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
                        ? dateTime.toLocalDate().toString() : dateTime.toString().replace('T', ' ');
            case BOOLEAN:
                return (Boolean) value ? "PRAWDA" : "FAŁSZ";
            default:
                return String.valueOf(value);
        }
    }

    public boolean sameAs(CellValue other) {
        return comparable().equals(other.comparable());
    }
}
