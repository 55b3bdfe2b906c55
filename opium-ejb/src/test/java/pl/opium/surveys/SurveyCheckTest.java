package pl.opium.surveys;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static pl.opium.surveys.TestWorkbooks.row;
import static pl.opium.surveys.TestWorkbooks.sheet;
import static pl.opium.surveys.TestWorkbooks.xlsx;

class SurveyCheckTest {

    @TempDir
    Path dir;

    private SurveyTemplate template() {
        Path file = xlsx(dir.resolve("szablon.xlsx"), wb -> {
            sheet(wb, "Dane", row("Sprawozdanie za 2026"), row("Klasa", "Uczniowie", "Rok"));
            sheet(wb, "Inne", row("Uwagi"));
        });
        return SurveyTemplate.read(file, List.of(new SheetStructure("Dane", 2)));
    }

    private SurveyCheck.Result check(Object[]... rows) {
        return SurveyCheck.check(template(), xlsx(dir.resolve("odpowiedz.xlsx"), wb -> sheet(wb, "Dane", rows)));
    }

    @Test
    void aCopyWithDataBelowTheUnchangedHeaderMatches() {
        assertThat(check(row("Sprawozdanie za 2026"), row("Klasa", "Uczniowie", "Rok"), row("1a", 25, 2026)).matches())
                .isTrue();
    }

    @Test
    void whitespaceAndNumberFormattingAreNotChanges() {
        SurveyTemplate template = SurveyTemplate.read(xlsx(dir.resolve("t.xlsx"), wb ->
                sheet(wb, "Dane", row("Klasa", 2026))), List.of());
        Path reply = xlsx(dir.resolve("r.xlsx"), wb -> sheet(wb, "Dane", row("  Klasa ", 2026.0)));
        assertThat(SurveyCheck.check(template, reply).matches()).isTrue();
    }

    @Test
    void changedEmptiedAndAddedHeaderCellsAreEachReported() {
        SurveyCheck.Result result = check(row("Sprawozdanie za 2026"), row("Klasa", null, "Rok szkolny", "Nowa"),
                row("1a", 25, 2026));
        assertThat(result.differences())
                .extracting(Difference::cell, Difference::expected, Difference::found)
                .containsExactly(tuple("B2", "Uczniowie", ""), tuple("C2", "Rok", "Rok szkolny"), tuple("D2", "", "Nowa"));
        assertThat(result.differences()).allSatisfy(d -> assertThat(d.kind()).isEqualTo(Difference.Kind.HEADER_CHANGED));
    }

    @Test
    void aRemovedHeaderRowShowsAsChangedRows() {
        SurveyCheck.Result result = check(row("Klasa", "Uczniowie", "Rok"), row("1a", 25, 2026));
        assertThat(result.differences()).extracting(Difference::cell)
                .containsExactly("A1", "B1", "C1", "A2", "B2", "C2");
    }

    @Test
    void aMissingHeaderRowInASparseFileCountsAsEmpty() {
        SurveyCheck.Result result = check(null, row("Klasa", "Uczniowie", "Rok"));
        assertThat(result.differences()).extracting(Difference::cell, Difference::expected, Difference::found)
                .containsExactly(tuple("A1", "Sprawozdanie za 2026", ""));
    }

    @Test
    void aMissingStructureSheetIsReportedAndOtherSheetsDoNotMatter() {
        SurveyCheck.Result result = SurveyCheck.check(template(),
                xlsx(dir.resolve("r.xlsx"), wb -> sheet(wb, "Arkusz1", row("Sprawozdanie za 2026"))));
        assertThat(result.differences()).extracting(Difference::kind, Difference::sheet)
                .containsExactly(tuple(Difference.Kind.MISSING_SHEET, "Dane"));
    }

    @Test
    void lockedCellsCountOnlyOnAProtectedSheet() {
        Path protectedTemplate = xlsx(dir.resolve("p.xlsx"), wb -> {
            Sheet sheet = sheet(wb, "Dane", row("Pozycja", "Kwota"), row("Płace", null), row("Media", null));
            CellStyle open = wb.createCellStyle();
            open.setLocked(false);
            sheet.getRow(1).createCell(1).setCellStyle(open);
            sheet.protectSheet("x");
        });
        Path plainTemplate = xlsx(dir.resolve("n.xlsx"), wb ->
                sheet(wb, "Dane", row("Pozycja", "Kwota"), row("Płace", null), row("Media", null)));
        Path reply = xlsx(dir.resolve("r.xlsx"), wb ->
                sheet(wb, "Dane", row("Pozycja", "Kwota"), row("Płace", 100), row("Energia", 5)));
        List<SheetStructure> oneHeaderRow = List.of(new SheetStructure("Dane", 1));

        assertThat(SurveyCheck.check(SurveyTemplate.read(protectedTemplate, oneHeaderRow), reply).differences())
                .extracting(Difference::kind, Difference::cell, Difference::expected, Difference::found)
                .containsExactly(tuple(Difference.Kind.LOCKED_CHANGED, "A3", "Media", "Energia"));
        assertThat(SurveyCheck.check(SurveyTemplate.read(plainTemplate, oneHeaderRow), reply).matches()).isTrue();
    }

    @Test
    void aFloodOfDifferencesIsListedUpToTheLimitAndCountedInFull() {
        SurveyTemplate template = SurveyTemplate.read(xlsx(dir.resolve("t.xlsx"), wb -> {
            Object[] header = new Object[300];
            for (int c = 0; c < header.length; c++) {
                header[c] = "K" + c;
            }
            sheet(wb, "Dane", header);
        }), List.of());
        SurveyCheck.Result result = SurveyCheck.check(template, xlsx(dir.resolve("r.xlsx"), wb -> sheet(wb, "Dane", row("x"))));
        assertThat(result.total()).isEqualTo(300);
        assertThat(result.differences()).hasSize(SurveyCheck.MAX_LISTED);
    }

    @Test
    void aTemplateSheetTheAuthorNamedMustExist() {
        Path file = xlsx(dir.resolve("t.xlsx"), wb -> sheet(wb, "Dane", row("A")));
        assertThatThrownBy(() -> SurveyTemplate.read(file, List.of(new SheetStructure("Budżet", 1))))
                .isInstanceOfSatisfying(SurveyFileException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("surveys.templateSheetMissing");
                    assertThat(e.getArguments()).containsExactly("Budżet");
                });
    }

    @Test
    void damagedAndForeignFilesAreRefusedByContent() throws IOException {
        Path good = xlsx(dir.resolve("dobry.xlsx"), wb -> sheet(wb, "Dane", row("A")));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("ucięty.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path pdf = Files.write(dir.resolve("ankieta.xlsx"), "%PDF-1.4\n%âãÏÓ\n1 0 obj".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path empty = Files.write(dir.resolve("pusty.xlsx"), new byte[0]);
        Path docx = dir.resolve("pismo.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertRefused(truncated, "surveys.corrupt");
        assertRefused(pdf, "surveys.notExcel");
        assertRefused(empty, "surveys.notExcel");
        assertRefused(docx, "surveys.notExcel");
    }

    private static void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> SurveyRows.open(file)).as(file.getFileName().toString())
                .isInstanceOfSatisfying(SurveyFileException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
