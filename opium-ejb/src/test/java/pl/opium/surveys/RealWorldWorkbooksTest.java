package pl.opium.surveys;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.opium.surveys.TestWorkbooks.entry;
import static pl.opium.surveys.TestWorkbooks.rewrite;
import static pl.opium.surveys.TestWorkbooks.row;
import static pl.opium.surveys.TestWorkbooks.sheet;
import static pl.opium.surveys.TestWorkbooks.xlsx;

/**
 * Copies as schools' programs really write them, which broke the merge or were refused wrongly: values
 * Excel cannot hold as they are, a sheet name in other letter case, Excel 3/4 files, Excel 4.0 macros.
 */
class RealWorldWorkbooksTest {

    private static final Instant SENT = Instant.parse("2026-10-05T10:15:00Z");

    @TempDir
    Path dir;

    private SurveyTemplate template() {
        return SurveyTemplate.read(xlsx(dir.resolve("szablon.xlsx"), wb ->
                sheet(wb, "Dane", row("Klasa", "Uczniowie", "Data"))), List.of());
    }

    @Test
    void valuesExcelCannotHoldAsTheyAreDoNotBreakTheMergeAndAreCounted() throws IOException {
        Path plain = xlsx(dir.resolve("sp1.xlsx"), wb -> {
            Sheet data = sheet(wb, "Dane", row("Klasa", "Uczniowie", "Data"), row("1a", 27), row("DLUGI", 1));
            data.getRow(1).createCell(16383).setCellValue("w ostatniej kolumnie");
        });
        // a text longer than Excel's 32,767 characters and a NaN, as other programs write them
        Path copy = rewrite(plain, dir.resolve("sp1-inny-program.xlsx"), entry -> switch (entry) {
            case "xl/sharedStrings.xml" -> xml -> xml.replace(">DLUGI<", ">" + "x".repeat(40_000) + "<");
            case "xl/worksheets/sheet1.xml" -> xml -> xml.replaceFirst("<v>27(\\.0)?</v>", "<v>NaN</v>");
            default -> null;
        });
        Path other = xlsx(dir.resolve("sp2.xlsx"), wb -> sheet(wb, "Dane", row("Klasa", "Uczniowie", "Data"), row("2a", 24)));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SurveyMerge.Summary summary = new SurveyMerge().write("Ankieta", template(),
                List.of(new SurveyMerge.Source("SP 1", "1", SENT, copy), new SurveyMerge.Source("SP 2", "2", SENT, other)),
                List.of(), SurveyMerge.Layout.STACKED, out, (done, total) -> { });

        assertThat(summary.unreadable()).isEmpty();
        assertThat(summary.rows()).isEqualTo(3);
        try (XSSFWorkbook merged = TestWorkbooks.open(out.toByteArray())) {
            Sheet data = merged.getSheet("Dane");
            assertThat(data.getRow(1).getCell(4).getStringCellValue()).isEqualTo("NaN");
            assertThat(data.getRow(2).getCell(3).getStringCellValue()).hasSize(32_767);
            assertThat(data.getRow(3).getCell(3).getStringCellValue()).isEqualTo("2a");
            List<String> statuses = new java.util.ArrayList<>();
            merged.getSheet("Podsumowanie").forEach(r -> {
                if (r.getCell(2) != null) {
                    statuses.add(r.getCell(0).getStringCellValue() + ": " + r.getCell(2).getStringCellValue());
                }
            });
            assertThat(statuses).contains("SP 1: przesłano; wartości poza granicami Excela (pominięte, skrócone lub jako tekst): 3",
                    "SP 2: przesłano");
        }
    }

    @Test
    void aTemplateColumnWiderThanExcelAllowsIsWrittenAtExcelsWidestAndCellsWithABrokenStyleReadAsGeneral()
            throws IOException {
        Path plain = xlsx(dir.resolve("szablon-szeroki.xlsx"), wb -> sheet(wb, "Dane", row("Klasa", "Uczniowie", "Data")));
        // another program's widths (Excel stops at 255 characters) and a style index past the styles table
        Path wide = rewrite(plain, dir.resolve("szablon-szeroki-inny.xlsx"), entry -> "xl/worksheets/sheet1.xml".equals(entry)
                ? xml -> xml.replace("<sheetData>", "<cols><col min=\"2\" max=\"2\" width=\"400\" customWidth=\"1\"/></cols><sheetData>")
                        .transform(xml2 -> styled(xml2, "A1", 999)) : null);
        Path copyPlain = xlsx(dir.resolve("sp7.xlsx"), wb -> sheet(wb, "Dane", row("Klasa", "Uczniowie", "Data"), row("7a", 21)));
        Path copy = rewrite(copyPlain, dir.resolve("sp7-styl.xlsx"), entry -> "xl/worksheets/sheet1.xml".equals(entry)
                ? xml -> styled(styled(xml, "B2", 999), "A1", 77) : null);
        assertThat(entry(wide, "xl/worksheets/sheet1.xml")).contains("width=\"400\"", "s=\"999\"");
        assertThat(entry(copy, "xl/worksheets/sheet1.xml")).contains("s=\"999\"");

        SurveyTemplate template = SurveyTemplate.read(wide, List.of());
        assertThat(SurveyCheck.check(template, copy).differences()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SurveyMerge.Summary summary = new SurveyMerge().write("Ankieta", template,
                List.of(new SurveyMerge.Source("SP 7", "7", SENT, copy)), List.of(), SurveyMerge.Layout.STACKED, out,
                (done, total) -> { });
        assertThat(summary.unreadable()).isEmpty();
        try (XSSFWorkbook merged = TestWorkbooks.open(out.toByteArray())) {
            Sheet data = merged.getSheet("Dane");
            assertThat(data.getColumnWidth(4)).isEqualTo(255 * 256);
            assertThat(data.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(21);
        }
    }

    @Test
    void aTemplateReachingExcelsLastColumnsIsRefusedWithTheReasonForTheMergeAddsThreeColumns() {
        Path tooWide = xlsx(dir.resolve("szablon-do-XFD.xlsx"), wb -> {
            Sheet data = sheet(wb, "Dane", row("Klasa"));
            data.getRow(0).createCell(16382).setCellValue("Uwagi");
        });
        assertThatThrownBy(() -> SurveyTemplate.read(tooWide, List.of()))
                .isInstanceOfSatisfying(SurveyFileException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("surveys.templateTooWide");
                    assertThat(e.getArguments()).containsExactly("Dane", "XFC", "XFA");
                });
    }

    @Test
    void formulasWithoutACachedValueReadTheSameInBothReadersAndAreCounted() throws IOException {
        Path copyPlain = xlsx(dir.resolve("sp8.xlsx"), wb -> sheet(wb, "Dane", row("Klasa", "Uczniowie", "Data"), row("8a", 20)));
        // as programs that write formulas but do not compute them leave them (openpyxl, some exports)
        Path copy = rewrite(copyPlain, dir.resolve("sp8-formula.xlsx"), entry -> "xl/worksheets/sheet1.xml".equals(entry)
                ? xml -> xml.replaceFirst("<c r=\"B2\"( [^>]*)?>(<v>[^<]*</v>)</c>", "<c r=\"B2\"><f>10+10</f></c>") : null);
        assertThat(entry(copy, "xl/worksheets/sheet1.xml")).contains("<f>10+10</f></c>");

        List<String> streamed = streamed(copy).stream().map(value -> value.kind() + ":" + value.value()).toList();
        try (org.apache.poi.ss.usermodel.Workbook whole = SurveyWorkbooks.openWhole(copy)) {
            CellValue byPoi = CellValue.of(whole.getSheet("Dane").getRow(1).getCell(1));
            assertThat(byPoi.isBlank()).isTrue();
        }
        assertThat(streamed).contains("TEXT:8a").noneMatch(v -> v.startsWith("NUMBER"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SurveyMerge().write("Ankieta", template(), List.of(new SurveyMerge.Source("SP 8", "8", SENT, copy)), List.of(),
                SurveyMerge.Layout.STACKED, out, (done, total) -> { });
        try (XSSFWorkbook merged = TestWorkbooks.open(out.toByteArray())) {
            List<String> statuses = new java.util.ArrayList<>();
            merged.getSheet("Podsumowanie").forEach(r -> {
                if (r.getCell(2) != null) {
                    statuses.add(r.getCell(0).getStringCellValue() + ": " + r.getCell(2).getStringCellValue());
                }
            });
            assertThat(statuses).contains("SP 8: przesłano; formuły bez obliczonej wartości (puste): 1");
        }
    }

    @Test
    void aSheetNamedInOtherLetterCaseIsTheTemplatesSheet() throws IOException {
        Path copy = xlsx(dir.resolve("sp3.xlsx"), wb -> sheet(wb, "DANE", row("Klasa", "Uczniowie", "Data"), row("3a", 22)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SurveyMerge.Summary summary = new SurveyMerge().write("Ankieta", template(),
                List.of(new SurveyMerge.Source("SP 3", "3", SENT, copy)), List.of(), SurveyMerge.Layout.STACKED, out,
                (done, total) -> { });
        assertThat(summary.rows()).isEqualTo(1);
        assertThat(SurveyCheck.check(template(), copy).differences()).isEmpty();
    }

    @Test
    void excelThreeAndFourFilesAreTooOldNotForeign() throws IOException {
        for (byte version : new byte[]{0x02, 0x04}) {
            byte[] biff = new byte[512];
            byte[] bof = {0x09, version, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00};
            System.arraycopy(bof, 0, biff, 0, bof.length);
            Path old = Files.write(dir.resolve("stary" + version + ".xls"), biff);
            assertThatThrownBy(() -> SurveyWorkbooks.inspect(old)).as("BIFF" + (version + 1))
                    .isInstanceOfSatisfying(SurveyFileException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("surveys.oldFormat"));
        }
    }

    @Test
    void excelFourMacroSheetsAreMacrosThoughThereIsNoVbaProjectAndTheRefusalNamesTheSheet() throws IOException {
        Path plain = xlsx(dir.resolve("makra.xlsx"), wb -> sheet(wb, "Dane", row("Klasa")));
        Path withMacroSheet = rewrite(plain, dir.resolve("makra4.xlsx"), entry -> switch (entry) {
                    case "xl/workbook.xml" -> xml -> xml.replace("</sheets>",
                            "<sheet name=\"Makro1\" sheetId=\"2\" r:id=\"rId99\"/></sheets>");
                    case "xl/_rels/workbook.xml.rels" -> xml -> xml.replace("</Relationships>", "<Relationship Id=\"rId99\" "
                            + "Type=\"http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet\" "
                            + "Target=\"macrosheets/sheet2.xml\"/></Relationships>");
                    default -> null;
                },
                "xl/macrosheets/sheet2.xml", "<xm:macrosheet xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\"/>");
        Path oldWithMacroSheet = Files.write(dir.resolve("makra4.xls"), pl.opium.files.TestMacros.xlsWithMacroSheet("Makro1"));
        for (Path file : List.of(withMacroSheet, oldWithMacroSheet)) {
            assertThatThrownBy(() -> SurveyWorkbooks.inspect(file)).as(file.toString())
                    .isInstanceOfSatisfying(SurveyFileException.class, e -> {
                        assertThat(e.getMessageKey()).isEqualTo("surveys.macroSheet");
                        assertThat(e.getArguments()).containsExactly("Makro1");
                    });
        }
        assertThat(SurveyWorkbooks.inspect(plain)).isEqualTo(SurveyWorkbooks.Format.XLSX);
    }

    @Test
    void aVbaProjectWithoutCodeIsRefusedAsTheFileStoreRefusesIt() throws IOException {
        Path xlsm = pl.opium.files.TestMacros.xlsmWithoutCode(SurveyCorpusTest.corpus("excel/testEXCEL_macro.xlsm"),
                dir.resolve("bez-kodu.xlsm"), "Module1");
        Path xls = pl.opium.files.TestMacros.xlsWithoutCode(SurveyCorpusTest.corpus("excel/testEXCEL_macro.xls"),
                dir.resolve("bez-kodu.xls"), "Module1");
        for (Path file : List.of(xlsm, xls)) {
            assertThatThrownBy(() -> SurveyRows.open(file)).as(file.toString())
                    .isInstanceOfSatisfying(SurveyFileException.class, e -> assertThat(e.getMessageKey()).isEqualTo("surveys.macros"));
        }
    }

    @Test
    void aPackageWhoseEntriesAreNamedWithBackslashesIsReadOnceItsNamesAreRepaired() throws IOException {
        Path plain = xlsx(dir.resolve("sp9.xlsx"), wb -> sheet(wb, "Dane", row("Klasa", "Uczniowie", "Data"), row("9a", 23)));
        Path backslashes = dir.resolve("sp9-ukosniki.xlsx");
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(plain));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(backslashes))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName().replace('/', '\\')));
                out.write(in.readAllBytes());
            }
        }
        assertThatThrownBy(() -> SurveyRows.open(backslashes)).isInstanceOf(SurveyFileException.class);

        SurveyWorkbooks.prepare(backslashes);

        assertThat(entry(backslashes, "xl/workbook.xml")).contains("Dane");
        assertThat(SurveyCheck.check(template(), backslashes).differences()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SurveyMerge.Summary summary = new SurveyMerge().write("Ankieta", template(),
                List.of(new SurveyMerge.Source("SP 9", "9", SENT, backslashes)), List.of(), SurveyMerge.Layout.STACKED, out,
                (done, total) -> { });
        assertThat(summary.rows()).isEqualTo(1);
    }

    @Test
    void escapedCharactersReadTheSameInInlineAndSharedStrings() throws IOException {
        Path plain = xlsx(dir.resolve("escapes.xlsx"), wb -> sheet(wb, "Dane", row("Klasa", "Uczniowie"), row("WSPOLNY", 1)));
        Path copy = rewrite(plain, dir.resolve("escapes-inline.xlsx"), entry -> switch (entry) {
            case "xl/sharedStrings.xml" -> xml -> xml.replace(">WSPOLNY<", ">1_x000D_a<");
            case "xl/worksheets/sheet1.xml" -> xml -> xml.replace("</row></sheetData>",
                    "<c r=\"C2\" t=\"inlineStr\"><is><t>1_x000D_a_x005F_b</t></is></c></row></sheetData>");
            default -> null;
        });
        assertThat(entry(copy, "xl/worksheets/sheet1.xml")).contains("inlineStr");
        List<String> read = streamed(copy).stream().map(value -> String.valueOf(value.value())).toList();
        assertThat(read).contains("1\ra", "1\ra_b");
    }

    @Test
    void anOldExcelFileWhoseStreamIsNamedInCapitalsIsRead() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            sheet(workbook, "Dane", row("Klasa", "Uczniowie"), row("4a", 19));
            workbook.write(written);
        }
        Path capitals = dir.resolve("stare-narzedzie.xls");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(
                new java.io.ByteArrayInputStream(written.toByteArray()))) {
            fs.getRoot().getEntry("Workbook").renameTo("WORKBOOK");
            try (java.io.OutputStream out = Files.newOutputStream(capitals)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(SurveyWorkbooks.inspect(capitals)).isEqualTo(SurveyWorkbooks.Format.XLS);
        List<String> read = streamed(capitals).stream().map(value -> String.valueOf(value.value())).toList();
        assertThat(read).contains("4a");
    }

    @Test
    void aWorkbookLockedOnlyWithExcelsDefaultPasswordIsOpenedAndAnyOtherStaysRefused() throws Exception {
        Path plain = xlsx(dir.resolve("zalecany-tylko-do-odczytu.xlsx"), wb -> sheet(wb, "Dane", row("Klasa"), row("5a")));
        Path byDefault = encrypted(plain, dir.resolve("domyslne.xlsx"), org.apache.poi.poifs.crypt.Decryptor.DEFAULT_PASSWORD);
        Path secret = encrypted(plain, dir.resolve("tajne.xlsx"), "Tajne2026!");
        assertThatThrownBy(() -> SurveyWorkbooks.inspect(byDefault)).as("before")
                .isInstanceOfSatisfying(SurveyFileException.class, e -> assertThat(e.getMessageKey()).isEqualTo("surveys.encrypted"));

        SurveyWorkbooks.openDefaultPassword(byDefault);
        SurveyWorkbooks.openDefaultPassword(secret);

        assertThat(SurveyWorkbooks.inspect(byDefault)).isEqualTo(SurveyWorkbooks.Format.XLSX);
        assertThat(SurveyCheck.check(SurveyTemplate.read(plain, List.of()), byDefault).differences()).isEmpty();
        assertThatThrownBy(() -> SurveyWorkbooks.inspect(secret))
                .isInstanceOfSatisfying(SurveyFileException.class, e -> assertThat(e.getMessageKey()).isEqualTo("surveys.encrypted"));
    }

    /** The non-blank values of sheet "Dane" as the merge's streaming reader reads them, row by row. */
    private static List<CellValue> streamed(Path file) {
        List<CellValue> read = new java.util.ArrayList<>();
        try (SurveyRows rows = SurveyRows.open(file)) {
            rows.read("Dane", (row, columns, values, count) -> {
                read.addAll(java.util.Arrays.asList(values).subList(0, count));
                return true;
            });
        }
        return read;
    }

    /** The sheet's XML with the cell's style index set to {@code index}, whatever it was. */
    private static String styled(String xml, String cell, int index) {
        return xml.replaceFirst("(<c r=\"" + cell + "\"[^>]*?) s=\"\\d+\"", "$1")
                .replace("<c r=\"" + cell + "\"", "<c r=\"" + cell + "\" s=\"" + index + "\"");
    }

    /** The workbook encrypted as Excel does (agile encryption) with the password. */
    private static Path encrypted(Path plain, Path target, String password) throws Exception {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info =
                    new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(
                    Files.newInputStream(plain)); java.io.OutputStream out = encryptor.getDataStream(fs)) {
                pkg.save(out);
            }
            try (java.io.OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }
}
