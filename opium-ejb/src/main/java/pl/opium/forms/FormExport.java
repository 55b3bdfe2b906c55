package pl.opium.forms;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import pl.opium.Texts;
import pl.opium.files.Attachment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers as a spreadsheet or CSV: one row per institution (every field outside tables, a table as
 * its number of rows), or one row per row of a chosen table. In XLSX numbers stay numbers and dates
 * dates; CSV is UTF-8 with a byte-order mark and semicolons, as Polish Excel opens it.
 */
public final class FormExport {

    private static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");
    private static final List<String> LEADING = List.of(Texts.get("export.institution"), Texts.get("export.rspo"),
            Texts.get("export.submitted"));

    private FormExport() {
    }

    /** The header and the rows of the chosen layout ({@code tableKey} null: one row per institution). */
    public static List<List<Object>> rows(FormDefinition form, List<FormSubmission> submissions, String tableKey) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(LEADING);
        if (tableKey == null) {
            for (FormItem item : form.items()) {
                header.add(item instanceof FormTable ? item.label() + " (wiersze)" : item.label());
            }
            rows.add(header);
            for (FormSubmission submission : submissions) {
                List<Object> row = leading(submission);
                for (FormItem item : form.items()) {
                    row.add(item instanceof FormTable table ? (Object) (long) submission.answers().rows(table.key()).size()
                            : cell(submission.answers().get(item.key())));
                }
                rows.add(row);
            }
        } else {
            FormTable table = form.table(tableKey);
            if (table == null) {
                throw new FormDefinitionException("forms.noSuchTable", tableKey);
            }
            header.add("Lp.");
            table.columns().forEach(column -> header.add(column.label()));
            rows.add(header);
            for (FormSubmission submission : submissions) {
                long number = 0;
                for (Map<String, Object> tableRow : submission.answers().rows(table.key())) {
                    List<Object> row = leading(submission);
                    row.add(++number);
                    table.columns().forEach(column -> row.add(cell(tableRow.get(column.key()))));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static List<Object> leading(FormSubmission submission) {
        List<Object> row = new ArrayList<>();
        row.add(submission.institution());
        row.add(submission.rspo());
        row.add(submission.submittedAt());
        return row;
    }

    /** A value as a cell: yes/no in words, choices joined, a file by its name. */
    private static Object cell(Object value) {
        if (value instanceof Boolean yes) {
            return yes ? "tak" : "nie";
        }
        if (value instanceof List<?> many) {
            return String.join("; ", many.stream().map(String::valueOf).toList());
        }
        if (value instanceof Attachment file) {
            return file.getFileName();
        }
        return value;
    }

    public static void writeXlsx(FormDefinition form, List<FormSubmission> submissions, String tableKey,
                                 OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet(tableKey == null ? "Odpowiedzi" : "Tabela");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            List<List<Object>> rows = rows(form, submissions, tableKey);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof Long number) {
                        cell.setCellValue(number);
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Instant instant) {
                        cell.setCellValue(LocalDateTime.ofInstant(instant, POLAND));
                        cell.setCellStyle(time);
                    } else {
                        cell.setCellValue(value.toString());
                        if (r == 0) {
                            cell.setCellStyle(bold);
                        }
                    }
                }
            }
            sheet.createFreezePane(1, 1);
            workbook.write(out);
        }
    }

    public static void writeCsv(FormDefinition form, List<FormSubmission> submissions, String tableKey,
                                OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get());
        for (List<Object> row : rows(form, submissions, tableKey)) {
            List<String> texts = new ArrayList<>();
            for (Object value : row) {
                texts.add(csv(value));
            }
            printer.printRecord(texts);
        }
        printer.flush();
    }

    /** What makes a spreadsheet read a cell as a formula (OWASP's CSV injection rule). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /**
     * Numbers with a decimal comma, as Polish spreadsheets read them; times in Polish time; a text
     * that a spreadsheet would run as a formula ({@code =HYPERLINK(…)} typed into an answer) is led by
     * an apostrophe, so it opens as the text it is.
     */
    public static String csv(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString().replace('.', ',');
        }
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, POLAND).withSecond(0).withNano(0).toString().replace('T', ' ');
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
