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
    void refusesOfficeFilesWithMacrosWhateverTheirNameAndKeepsNothing() throws IOException {
        FileStore store = store(1024 * 1024);
        // an old Excel workbook with a VBA project, a Word document with one, an OpenDocument text with Basic
        byte[] xls = xlsWith("_VBA_PROJECT_CUR");
        byte[] docm = zipOf(docx(), "word/vbaProject.bin", new byte[]{1, 2, 3});
        byte[] odt = odtWith("Basic/Standard/Module1.xml");
        for (Object[] file : new Object[][]{{xls, "ankieta.xls", "files.macros"}, {docm, "plan.docx", "files.macros"},
                {odt, "notatka.odt", "files.scripts"}}) {
            assertThatThrownBy(() -> store.store(new ByteArrayInputStream((byte[]) file[0]), (String) file[1]))
                    .as((String) file[1])
                    .isInstanceOfSatisfying(FileRefusedException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo(file[2]));
        }
        assertThat(storedFiles()).isEmpty();
        // the same kinds without macros pass, and a ZIP of a website with scripts is no Office file
        assertThat(store.store(new ByteArrayInputStream(xlsWith(null)), "ankieta.xls").getMediaType())
                .isEqualTo("application/vnd.ms-excel");
        assertThat(store.store(new ByteArrayInputStream(docx()), "plan.docx").getMediaType()).contains("wordprocessingml");
        assertThat(store.store(new ByteArrayInputStream(zipOf(null, "scripts/app.js", "alert(1)".getBytes(StandardCharsets.UTF_8))),
                "strona.zip").getMediaType()).isEqualTo("application/zip");
    }

    @Test
    void acceptsOnlyWhatTheCallerAcceptsUpToItsLimitAndKeepsNothingElse() {
        FileStore store = store(1024 * 1024);
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(PDF), "zdjecie.pdf", 1024, java.util.Set.of("image/png",
                "image/jpeg")))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("files.typeNotAccepted");
                    assertThat(e.getArguments()[1]).isEqualTo("JPEG, PNG");
                });
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(PDF), "plan.pdf", PDF.length - 1,
                java.util.Set.of("application/pdf")))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> assertThat(e.getMessageKey()).isEqualTo("files.tooLarge"));
        assertThat(storedFiles()).isEmpty();
        assertThat(store.store(new ByteArrayInputStream(PDF), "plan.pdf", PDF.length, java.util.Set.of("application/pdf"))
                .getMediaType()).isEqualTo("application/pdf");
    }

    private static byte[] xlsWith(String storage) throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            workbook.createSheet("Dane").createRow(0).createCell(0).setCellValue("Liczba uczniów");
            workbook.write(xls);
        }
        if (storage == null) {
            return xls.toByteArray();
        }
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
                     new org.apache.poi.poifs.filesystem.POIFSFileSystem(new ByteArrayInputStream(xls.toByteArray()))) {
            fs.getRoot().createDirectory(storage).createDocument("dir", new ByteArrayInputStream(new byte[]{0, 1, 2}));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            document.createParagraph().createRun().setText("Plan zajęć");
            document.write(out);
        }
        return out.toByteArray();
    }

    private static byte[] odtWith(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry first = new java.util.zip.ZipEntry("mimetype");
            first.setMethod(java.util.zip.ZipEntry.STORED);
            first.setSize(mimetype.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry(entry));
            zip.write("<script/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** A ZIP with the entries of {@code base} (if any) and one more. */
    private static byte[] zipOf(byte[] base, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            if (base != null) {
                try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(base))) {
                    for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                        zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                        in.transferTo(zip);
                    }
                }
            }
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content);
        }
        return out.toByteArray();
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
