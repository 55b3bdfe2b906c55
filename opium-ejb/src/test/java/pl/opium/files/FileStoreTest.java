package pl.opium.files;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileStoreTest {

    @TempDir
    Path root;

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private FileStore store(long maxBytes) {
        return new FileStore(root, maxBytes);
    }

    @Test
    void keepsTheSameContentOnceWhateverItsName() throws IOException {
        FileStore store = store(1024);
        Attachment first = store.store(new ByteArrayInputStream(PDF), "plan.pdf");
        Attachment second = store.store(new ByteArrayInputStream(PDF), "C:\\Users\\sekretariat\\kopia planu.pdf");

        assertThat(second.getSha256()).isEqualTo(first.getSha256());
        assertThat(second.getFileName()).isEqualTo("kopia planu.pdf");
        assertThat(first.getMediaType()).isEqualTo("application/pdf");
        assertThat(first.getSize()).isEqualTo(PDF.length);
        assertThat(storedFiles()).containsExactly(store.path(first.getSha256()));
        try (InputStream in = store.open(first.getSha256())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    void refusesAnEmptyFileAndKeepsNothing() {
        assertThatThrownBy(() -> store(1024).store(new ByteArrayInputStream(new byte[0]), "pusty.pdf"))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("files.empty"));
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void refusesAFileOverTheLimitAndKeepsNothing() {
        byte[] big = new byte[3 * 1024 * 1024];
        assertThatThrownBy(() -> store(2 * 1024 * 1024).store(new ByteArrayInputStream(big), "duzy.txt"))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("files.tooLarge");
                    assertThat(e.getArguments()).containsExactly(2L);
                });
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void judgesTheTypeByContentNotByName() {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        assertThatThrownBy(() -> store(1024).store(new ByteArrayInputStream(program), "plan zajęć.pdf"))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("files.typeNotAllowed");
                    assertThat(e.getArguments()[1].toString()).contains("msdownload");
                });
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void recognisesAnExcelWorkbookAndPlainText() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Dane").createRow(0).createCell(0).setCellValue("Liczba uczniów");
            workbook.write(xlsx);
        }
        FileStore store = store(1024 * 1024);
        assertThat(store.store(new ByteArrayInputStream(xlsx.toByteArray()), "ankieta.xlsx").getMediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(store.store(new ByteArrayInputStream("Zażółć gęślą jaźń".getBytes(StandardCharsets.UTF_8)),
                "notatka.txt").getMediaType()).startsWith("text/plain");
    }

    @Test
    void refusesMacroEnabledWorkbooksAndNamelessUploads() {
        assertThat(FileTypes.allowed(org.apache.tika.mime.MediaType.application(
                "vnd.ms-excel.sheet.macroenabled.12"))).isFalse();
        assertThat(FileTypes.allowed(org.apache.tika.mime.MediaType.application("java-archive"))).isFalse();
        assertThatThrownBy(() -> store(1024).store(new ByteArrayInputStream(PDF), "  "))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("files.noName"));
    }

    @Test
    void aMissingFileIsAClearRefusal() {
        String unknown = "a".repeat(64);
        assertThatThrownBy(() -> store(1024).open(unknown))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("files.missing"));
        assertThatThrownBy(() -> store(1024).open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileIsPickedByItsPositionAndAWrongPositionIsAClearRefusal() {
        Attachment plan = new Attachment("a".repeat(64), "plan.pdf", "application/pdf", 10);
        assertThat(Attachment.at(java.util.List.of(plan), 0)).isSameAs(plan);
        assertThatThrownBy(() -> Attachment.at(java.util.List.of(plan), 1))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("files.missing"));
        assertThatThrownBy(() -> Attachment.at(java.util.List.of(plan), -1)).isInstanceOf(FileRefusedException.class);
    }

    private java.util.List<Path> storedFiles() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
