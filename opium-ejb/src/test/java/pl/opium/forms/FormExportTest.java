package pl.opium.forms;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormExportTest {

    private final FormDefinition form = Forms.staffSurvey();

    private static FormSubmission school(String name, long pupils, boolean canteen, List<String> activities,
                                         String... teachers) {
        FormAnswers answers = new FormAnswers().put("dyrektor", "Dyrektor " + name).put("uczniowie", pupils)
                .put("stolowka", canteen).put("zajecia", activities).put("budzet", new BigDecimal("1000.50"))
                .put("otwarcie", LocalDate.of(1990, 9, 1));
        for (String teacher : teachers) {
            Map<String, Object> row = answers.addRow("nauczyciele");
            row.put("nazwisko", teacher);
            row.put("etat", new BigDecimal("0.75"));
            row.put("stopien", "mianowany");
        }
        return new FormSubmission(name, "RSPO-" + name, Instant.parse("2026-10-01T10:00:00Z"), answers);
    }

    private final List<FormSubmission> submissions = List.of(
            school("SP 1", 400, true, List.of("sport", "muzyka"), "Anna", "Jan"),
            school("SP 2", 250, false, List.of("sport"), "Ewa"));

    @Test
    void oneRowPerInstitutionKeepsTypes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormExport.writeXlsx(form, submissions, null, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Liczba uczniów");
            assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Nauczyciele (wiersze)");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("SP 1");
            assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(400);
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(1000.5);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(6))).isTrue();
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("sport; muzyka");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("tak");
            assertThat(sheet.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(2);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(2))).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void oneRowPerTableRowInCsvForPolishExcel() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormExport.writeCsv(form, submissions, "nauczyciele", out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\ufeff");
        assertThat(csv.substring(1).split("\r\n")).containsExactly(
                "Placówka;RSPO;Przesłano;Lp.;Imię i nazwisko;Etat;Stopień awansu;Zatrudniony od",
                "SP 1;RSPO-SP 1;2026-10-01 12:00;1;Anna;0,75;mianowany;",
                "SP 1;RSPO-SP 1;2026-10-01 12:00;2;Jan;0,75;mianowany;",
                "SP 2;RSPO-SP 2;2026-10-01 12:00;1;Ewa;0,75;mianowany;");
    }

    @Test
    void aTextASpreadsheetWouldRunAsAFormulaIsExportedAsText() throws IOException {
        for (String formula : List.of("=HYPERLINK(\"http://zly.example\";\"Kliknij\")", "+48 600 100 200", "-1+2",
                "@SUM(A1:A9)", "\tx", "\rx")) {
            assertThat(FormExport.csv(formula)).as(formula).isEqualTo("'" + formula);
        }
        assertThat(FormExport.csv(new BigDecimal("-0.75"))).as("a number stays a number").isEqualTo("-0,75");
        assertThat(FormExport.csv("Anna = dyrektor")).isEqualTo("Anna = dyrektor");

        FormAnswers answers = new FormAnswers().put("dyrektor", "=cmd|' /C calc'!A0").put("uczniowie", 1L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormExport.writeCsv(form, List.of(new FormSubmission("SP 3", "RSPO-SP 3", Instant.parse("2026-10-01T10:00:00Z"),
                answers)), null, out);
        String row = out.toString(StandardCharsets.UTF_8).split("\r\n")[1];
        assertThat(row).contains(";'=cmd|' /C calc'!A0;").doesNotContain(";=cmd");
    }

    @Test
    void anUnknownTableIsRefused() {
        assertThatThrownBy(() -> FormExport.writeCsv(form, submissions, "sale", new ByteArrayOutputStream()))
                .hasFieldOrPropertyWithValue("messageKey", "forms.noSuchTable");
    }

    @Test
    void statisticsCountChoicesAndSumNumbers() {
        FormStatistics statistics = FormStatistics.of(form, submissions.stream().map(FormSubmission::answers).toList());
        assertThat(statistics.choices()).filteredOn(c -> c.field().key().equals("zajecia")).singleElement()
                .satisfies(c -> assertThat(c.counts()).containsExactly(Map.entry("sport", 2L), Map.entry("muzyka", 1L),
                        Map.entry("robotyka", 0L)));
        assertThat(statistics.choices()).filteredOn(c -> c.field().key().equals("stolowka")).singleElement()
                .satisfies(c -> assertThat(c.counts()).containsExactly(Map.entry("tak", 1L), Map.entry("nie", 1L)));
        assertThat(statistics.choices()).filteredOn(c -> c.field().key().equals("stopien")).singleElement()
                .satisfies(c -> assertThat(c.table()).isEqualTo("nauczyciele"))
                .satisfies(c -> assertThat(c.counts()).containsEntry("mianowany", 3L));
        assertThat(statistics.numbers()).filteredOn(n -> n.field().key().equals("uczniowie")).singleElement()
                .satisfies(n -> {
                    assertThat(n.count()).isEqualTo(2);
                    assertThat(n.sum()).isEqualByComparingTo("650");
                    assertThat(n.min()).isEqualByComparingTo("250");
                    assertThat(n.max()).isEqualByComparingTo("400");
                    assertThat(n.mean()).isEqualByComparingTo("325");
                });
        assertThat(statistics.numbers()).filteredOn(n -> n.field().key().equals("etat")).singleElement()
                .satisfies(n -> assertThat(n.sum()).isEqualByComparingTo("2.25"));
    }

    @Test
    void anInstitutionsNumberIsItsAnswerOrTheSumOfItsRows() {
        FormStatistics statistics = FormStatistics.of(form, submissions.stream().map(FormSubmission::answers).toList());
        FormStatistics.Numbers pupils = statistics.numbers().stream().filter(n -> n.field().key().equals("uczniowie"))
                .findFirst().orElseThrow();
        FormStatistics.Numbers partTime = statistics.numbers().stream().filter(n -> n.field().key().equals("etat"))
                .findFirst().orElseThrow();
        FormStatistics.Numbers budget = statistics.numbers().stream().filter(n -> n.field().key().equals("budzet"))
                .findFirst().orElseThrow();

        assertThat(FormStatistics.number(submissions.get(0).answers(), pupils)).isEqualByComparingTo("400");
        assertThat(FormStatistics.number(submissions.get(0).answers(), partTime)).isEqualByComparingTo("1.5");
        assertThat(FormStatistics.number(submissions.get(1).answers(), partTime)).isEqualByComparingTo("0.75");
        assertThat(FormStatistics.number(new FormAnswers(), partTime)).isNull();
        assertThat(FormStatistics.number(new FormAnswers(), budget)).isNull();
    }
}
