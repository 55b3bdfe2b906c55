package pl.opium.surveys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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
        Path crafted = rewrite(plain, dir.resolve("spreparowana.xlsx"), "xl/sharedStrings.xml",
                xml -> xml.replaceFirst("count=\"\\d+\"", "count=\"2147483647\"")
                        .replaceFirst("uniqueCount=\"\\d+\"", "uniqueCount=\"2147483647\""));
        assertThat(entry(crafted, "xl/sharedStrings.xml")).contains("uniqueCount=\"2147483647\"");

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
        Path bomb = rewrite(plain, dir.resolve("bomba.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<sheetData>", "<sheetData>" + padding));
        assertThat(Files.size(bomb)).as("a small file").isLessThan(1024 * 1024);

        assertThatThrownBy(() -> {
            try (SurveyRows rows = SurveyRows.open(bomb)) {
                rows.read("Dane", (row, columns, values, count) -> true);
            }
        }).isInstanceOfSatisfying(SurveyFileException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("surveys.tooCompressed"));
    }

    /** A copy of the .xlsx with one entry's text changed. */
    private static Path rewrite(Path source, Path target, String name, UnaryOperator<String> change) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
            }
        }
        return target;
    }

    private static String entry(Path file, String name) throws IOException {
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
