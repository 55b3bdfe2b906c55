package pl.opium.surveys;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static pl.opium.surveys.TestWorkbooks.texts;

/** The survey check and merge on workbooks written by Excel, WPS Office and LibreOffice (see the corpus README). */
class SurveyCorpusTest {

    private static final List<SheetStructure> KADRA_BUDZET = List.of(
            new SheetStructure("Kadra", 2), new SheetStructure("Budżet", 1));

    static Path corpus(String name) {
        try {
            return Path.of(SurveyCorpusTest.class.getResource("/surveys/corpus/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "excel/protectedFile.xlsx, surveys.encrypted",
            "excel/testEXCEL_protected_passtika.xls, surveys.encrypted",
            "excel/testEXCEL_macro.xlsm, surveys.macros",
            "excel/testEXCEL_macro.xls, surveys.macros",
            "excel/testEXCEL_95.xls, surveys.oldFormat",
            "excel/testEXCEL.xlsb, surveys.binaryFormat",
            "excel/testEXCEL.strict.xlsx, surveys.strictFormat",
            "README.md, surveys.notExcel"})
    void refusesWhatIsNotAPlainWorkbook(String file, String key) {
        assertThatThrownBy(() -> SurveyRows.open(corpus(file)))
                .isInstanceOfSatisfying(SurveyFileException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
        assertThatThrownBy(() -> SurveyTemplate.read(corpus(file), List.of()))
                .isInstanceOfSatisfying(SurveyFileException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    /**
     * Each real workbook, taken as its own template (first row of every visible sheet the header),
     * matches itself, and merging it gives back every non-empty row below the header with the values
     * POI's full reader sees (formulas as their cached values).
     */
    @ParameterizedTest
    @ValueSource(strings = {"excel/testEXCEL.xlsx", "excel/testEXCEL.xls", "excel/testComment.xlsx",
            "excel/testEXCEL-formats.xlsx", "excel/testEXCEL_dateFormats.xlsx", "excel/testEXCEL_dateFormats.xls",
            "excel/protectedSheets.xlsx", "excel/testEXCEL_big_numbers.xlsx", "excel/testEXCEL_hyperlinks.xlsx",
            "excel/testEXCEL_phonetic.xlsx", "excel/testEXCEL_WORKBOOK_in_capitals.xls", "excel/test-columnar.xlsx",
            "libreoffice/sp1-wypelniona.xlsx", "libreoffice/sp4-rzadki-szeroki.xlsx",
            "libreoffice/sp5-ukryty-arkusz-puste-wiersze.xls"})
    void realWorkbooksMatchAndMergeIntoTheirOwnValues(String name) throws IOException {
        matchesAndMergesIntoItsOwnValues(corpus(name));
    }

    /** The workbook, as its own template with one header row a sheet, matches itself and merges into POI's values. */
    static void matchesAndMergesIntoItsOwnValues(Path file) throws IOException {
        List<SheetStructure> structure = new ArrayList<>();
        for (SheetStructure proposed : SurveyTemplate.proposeStructure(file)) {
            structure.add(new SheetStructure(proposed.sheetName(), 1));
        }
        assertThat(structure).isNotEmpty();
        SurveyTemplate template = SurveyTemplate.read(file, structure);

        assertThat(SurveyCheck.check(template, file).differences()).isEmpty();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SurveyMerge().write("test", template, List.of(new SurveyMerge.Source("SP 1", "123", Instant.now(), file)),
                List.of(), SurveyMerge.Layout.STACKED, out, (done, total) -> { });
        try (XSSFWorkbook merged = TestWorkbooks.open(out.toByteArray());
             Workbook original = SurveyWorkbooks.openWhole(file)) {
            for (SheetStructure part : structure) {
                List<List<String>> expected = new ArrayList<>();
                for (List<String> row : texts(original.getSheet(part.sheetName()), 1)) {
                    if (!row.isEmpty()) {
                        List<String> led = new ArrayList<>(List.of("SP 1", "123", "*"));
                        led.addAll(row);
                        expected.add(led);
                    }
                }
                List<List<String>> found = new ArrayList<>();
                for (List<String> row : texts(merged.getSheet(safe(part.sheetName())), 1)) {
                    List<String> copy = new ArrayList<>(row);
                    copy.set(2, "*");
                    found.add(copy);
                }
                assertThat(found).as(part.sheetName()).isEqualTo(expected);
            }
        }
    }

    private static String safe(String sheetName) {
        return org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName);
    }

    @Test
    void aTemplateProposesItsVisibleSheetsWithTheirFilledRowsAsHeader() {
        assertThat(SurveyTemplate.proposeStructure(corpus("libreoffice/szablon.xlsx")))
                .containsExactly(new SheetStructure("Kadra", 2), new SheetStructure("Budżet", 4));
        assertThat(SurveyTemplate.proposeStructure(corpus("libreoffice/szablon.xls")))
                .containsExactly(new SheetStructure("Kadra", 2), new SheetStructure("Budżet", 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void libreOfficeCopiesMatchUnlessTheHeaderOrALockedCellChanged(String type) {
        SurveyTemplate template = SurveyTemplate.read(corpus("libreoffice/szablon." + type), KADRA_BUDZET);
        for (String same : List.of("sp1-wypelniona", "sp2-daty-1904", "sp4-rzadki-szeroki",
                "sp5-ukryty-arkusz-puste-wiersze")) {
            assertThat(SurveyCheck.check(template, corpus("libreoffice/" + same + "." + type)).differences())
                    .as(same).isEmpty();
        }
        SurveyCheck.Result changed = SurveyCheck.check(template, corpus("libreoffice/sp3-zmieniony-naglowek." + type));
        assertThat(changed.differences())
                .extracting(Difference::kind, Difference::sheet, Difference::cell, Difference::expected, Difference::found)
                .containsExactly(
                        tuple(Difference.Kind.HEADER_CHANGED, "Kadra", "E2", "Godziny", "Liczba godzin"),
                        tuple(Difference.Kind.LOCKED_CHANGED, "Budżet", "A3", "Media", "Energia"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void libreOfficeCopiesMergeWithTheirTypesAndSums(String type) throws IOException {
        SurveyTemplate template = SurveyTemplate.read(corpus("libreoffice/szablon." + type), KADRA_BUDZET);
        List<SurveyMerge.Source> sources = new ArrayList<>();
        String[] files = {"sp1-wypelniona", "sp2-daty-1904", "sp4-rzadki-szeroki", "sp5-ukryty-arkusz-puste-wiersze"};
        for (int i = 0; i < files.length; i++) {
            sources.add(new SurveyMerge.Source("SP " + (i + 1), "10" + i, Instant.parse("2026-10-0" + (i + 1) + "T08:00:00Z"),
                    corpus("libreoffice/" + files[i] + "." + type)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SurveyMerge().write("Kadra i budżet", template, sources,
                List.of(new SurveyMerge.Absent("SP 9", "109", "brak odpowiedzi")), SurveyMerge.Layout.STACKED, out,
                (done, total) -> { });

        try (XSSFWorkbook merged = TestWorkbooks.open(out.toByteArray())) {
            assertThat(merged.getSheetAt(0).getSheetName()).isEqualTo("Podsumowanie");
            Sheet kadra = merged.getSheet("Kadra");
            assertThat(kadra.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Placówka");
            assertThat(kadra.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Imię i nazwisko");
            assertThat(kadra.getMergedRegions()).anySatisfy(region -> assertThat(region.formatAsString()).isEqualTo("D1:I1"));
            assertThat(kadra.getLastRowNum()).as("3 teachers x 4 schools under 2 header rows").isEqualTo(13);
            for (int r = 2; r <= 13; r++) {
                Row row = kadra.getRow(r);
                assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.STRING);
                assertThat(DateUtil.isCellDateFormatted(row.getCell(5))).isTrue();
                assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
            }
            // the 1904 copy's dates are the same days as everyone else's
            assertThat(kadra.getRow(5).getCell(0).getStringCellValue()).isEqualTo("SP 2");
            assertThat(kadra.getRow(5).getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(1985, 3, 12, 0, 0));
            assertThat(kadra.getRow(6).getCell(4).getStringCellValue()).isEqualTo("Jan Nowak");
            if (type.equals("xlsx")) {
                // the sparse copy's note far to the right stays in its column
                assertThat(kadra.getRow(8).getCell(299 + 3).getStringCellValue()).isEqualTo("uwaga w kolumnie KN");
            }

            Sheet budget = merged.getSheet("Budżet");
            assertThat(budget.getLastRowNum()).isEqualTo(12);
            Row first = budget.getRow(1);
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Wynagrodzenia");
            assertThat(first.getCell(5).getNumericCellValue()).as("a formula on a hidden sheet, as its value").isEqualTo(0.23);
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(6).getNumericCellValue()).isCloseTo(153_750.615, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(first.getCell(7).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 9, 1, 0, 0));

            List<List<String>> summary = texts(merged.getSheet("Podsumowanie"), 2);
            assertThat(summary.get(0)).containsExactly("Placówka", "RSPO", "Status", "Przesłano", "Wiersze: Kadra",
                    "Wiersze: Budżet");
            assertThat(summary.get(1)).containsExactly("SP 1", "100", "przesłano", "2026-10-01 10:00", "3", "3");
            assertThat(summary.get(5)).containsExactly("SP 9", "109", "brak odpowiedzi");
            assertThat(summary).contains(List.of("Godziny", "180"), List.of("Kwota netto", "741202"),
                    List.of("Sumy: Budżet"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"STACKED", "SHEET_PER_INSTITUTION"})
    void readingOnASecondThreadWritesTheSameWorkbook(SurveyMerge.Layout layout) throws IOException {
        SurveyTemplate template = SurveyTemplate.read(corpus("libreoffice/szablon.xlsx"), KADRA_BUDZET);
        List<SurveyMerge.Source> sources = new ArrayList<>();
        for (String file : List.of("sp1-wypelniona.xlsx", "sp2-daty-1904.xls", "sp4-rzadki-szeroki.xlsx",
                "sp5-ukryty-arkusz-puste-wiersze.xlsx")) {
            sources.add(new SurveyMerge.Source(file, "1", Instant.parse("2026-10-01T08:00:00Z"), corpus("libreoffice/" + file)));
        }
        ByteArrayOutputStream alone = new ByteArrayOutputStream();
        new SurveyMerge().write("t", template, sources, List.of(), layout, alone, (done, total) -> { });
        ByteArrayOutputStream twoThreads = new ByteArrayOutputStream();
        new SurveyMerge(command -> new Thread(command).start())
                .write("t", template, sources, List.of(), layout, twoThreads, (done, total) -> { });
        try (XSSFWorkbook one = TestWorkbooks.open(alone.toByteArray());
             XSSFWorkbook two = TestWorkbooks.open(twoThreads.toByteArray())) {
            assertThat(two.getNumberOfSheets()).isEqualTo(one.getNumberOfSheets());
            for (int i = 0; i < one.getNumberOfSheets(); i++) {
                assertThat(texts(two.getSheetAt(i), 0)).isEqualTo(texts(one.getSheetAt(i), 0)).isNotEmpty();
            }
        }
    }

    @Test
    void anotherInstitutionsSheetPerInstitutionLayout() throws IOException {
        SurveyTemplate template = SurveyTemplate.read(corpus("libreoffice/szablon.xlsx"), KADRA_BUDZET);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SurveyMerge().write("Kadra", template, List.of(
                        new SurveyMerge.Source("SP 1", "1", Instant.now(), corpus("libreoffice/sp1-wypelniona.xlsx")),
                        new SurveyMerge.Source("SP 2", "2", Instant.now(), corpus("libreoffice/sp2-daty-1904.xlsx"))),
                List.of(), SurveyMerge.Layout.SHEET_PER_INSTITUTION, out, (done, total) -> { });
        try (XSSFWorkbook merged = TestWorkbooks.open(out.toByteArray())) {
            assertThat(merged.getSheetAt(1).getSheetName()).isEqualTo("SP 1");
            assertThat(merged.getSheetAt(2).getSheetName()).isEqualTo("SP 2");
            List<List<String>> own = texts(merged.getSheet("SP 2"), 0);
            assertThat(own.get(0)).containsExactly("Kadra");
            assertThat(own.get(2)).containsExactly("Lp.", "Imię i nazwisko", "Data urodzenia", "Etat", "Godziny", "Staż (lata)");
            assertThat(own.get(3)).containsExactly("1", "Anna Kowalska", "1985-03-12", "pełny", "18", "12");
            assertThat(own).contains(List.of("Budżet"), List.of("Media", "18300", "0.23", "22509", "2026-09-02"));
            Cell date = merged.getSheet("SP 2").getRow(3).getCell(2);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
        }
    }
}
