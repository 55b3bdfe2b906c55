package pl.opium.surveys;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Small workbooks for the survey tests, written with POI the way a test reads best: rows of values. */
final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /** Writes an .xlsx built by {@code build}. */
    static Path xlsx(Path file, Consumer<XSSFWorkbook> build) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            build.accept(workbook);
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A sheet with rows of values: String, Number, LocalDate (formatted as a date), Boolean, or a
     * String starting with "=" for a formula; null leaves the cell out.
     */
    static Sheet sheet(Workbook workbook, String name, Object[]... rows) {
        Sheet sheet = workbook.createSheet(name);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Number) {
                    cell.setCellValue(((Number) value).doubleValue());
                } else if (value instanceof LocalDate) {
                    cell.setCellValue((LocalDate) value);
                    cell.setCellStyle(date);
                } else if (value instanceof Boolean) {
                    cell.setCellValue((Boolean) value);
                } else if (value.toString().startsWith("=")) {
                    cell.setCellFormula(value.toString().substring(1));
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
        return sheet;
    }

    static Object[] row(Object... values) {
        return values;
    }

    /** Opens what the merge wrote. */
    static XSSFWorkbook open(byte[] merged) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(merged));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet's rows from {@code first} on, each as the comparable texts of its cells (trailing blanks cut). */
    static List<List<String>> texts(Sheet sheet, int first) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = first; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(CellValue.of(row.getCell(c)).comparable());
                }
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * A copy of the .xlsx package as another program might have written it: each entry's text changed
     * where {@code changes} gives an operator for its name, and entries added (name, text, name, text…).
     */
    static Path rewrite(Path source, Path target, Function<String, UnaryOperator<String>> changes, String... added)
            throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                UnaryOperator<String> change = changes.apply(entry.getName());
                if (change != null) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
            }
            for (int i = 0; i + 1 < added.length; i += 2) {
                out.putNextEntry(new ZipEntry(added[i]));
                out.write(added[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return target;
    }

    /** The text of one entry of a package. */
    static String entry(Path file, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException("no " + name);
    }
}
