package pl.opium.surveys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Crafted workbooks that would make a naive reader allocate what the file says, or inflate without end. */
class UploadLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aHugeDeclaredSharedStringCountAllocatesNothingAndTheWorkbookReadsAsIt() throws IOException {
        Path plain = TestWorkbooks.xlsx(dir.resolve("ankieta.xlsx"),
                workbook -> TestWorkbooks.sheet(workbook, "Dane", new Object[]{"Liczba uczniów", 412}));
        Path crafted = TestWorkbooks.rewrite(plain, dir.resolve("spreparowana.xlsx"), entry -> !entry.equals("xl/sharedStrings.xml") ? null
                : xml -> xml.replaceFirst("count=\"\\d+\"", "count=\"2147483647\"")
                        .replaceFirst("uniqueCount=\"\\d+\"", "uniqueCount=\"2147483647\""));
        assertThat(TestWorkbooks.entry(crafted, "xl/sharedStrings.xml")).contains("uniqueCount=\"2147483647\"");

        List<String> read = new ArrayList<>();
        try (SurveyRows rows = SurveyRows.open(crafted)) {
            rows.read("Dane", (row, columns, values, count) -> {
                for (int i = 0; i < count; i++) {
                    read.add(String.valueOf(values[i].value()));
                }
                return true;
            });
        }
        assertThat(read).anySatisfy(value -> assertThat(value).contains("Liczba uczniów"));
    }

    @Test
    void aSheetThatInflatesAThousandfoldIsRefusedInPolishBeforeItIsRead() throws IOException {
        Path plain = TestWorkbooks.xlsx(dir.resolve("ankieta.xlsx"),
                workbook -> TestWorkbooks.sheet(workbook, "Dane", new Object[]{"Liczba uczniów", 412}));
        String padding = " ".repeat(20 * 1024 * 1024);
        Path bomb = TestWorkbooks.rewrite(plain, dir.resolve("bomba.xlsx"), entry -> !entry.equals("xl/worksheets/sheet1.xml") ? null
                : xml -> xml.replace("<sheetData>", "<sheetData>" + padding));
        assertThat(Files.size(bomb)).as("a small file").isLessThan(1024 * 1024);

        assertThatThrownBy(() -> {
            try (SurveyRows rows = SurveyRows.open(bomb)) {
                rows.read("Dane", (row, columns, values, count) -> true);
            }
        }).isInstanceOfSatisfying(SurveyFileException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("surveys.tooCompressed"));
    }
}
