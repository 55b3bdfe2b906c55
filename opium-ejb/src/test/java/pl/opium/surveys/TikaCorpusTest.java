package pl.opium.surveys;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every Excel file among Apache Tika's test documents (the {@code tika-parser-microsoft-module} tests
 * jar on Maven Central: Excel 4 to 365, WPS, Mac Excel, signed, with charts, images, embedded PDFs,
 * comments, text boxes, templates) goes through the survey engines as template and as copy: each is
 * either refused with the reason listed here, or matches itself and merges into the values POI reads.
 * Nothing else may happen (no other exception, no hang).
 */
class TikaCorpusTest {

    /**
     * What the engines must say of the files they refuse; every other file must merge (protect.xlsx and
     * protectedFile.xlsx among them: they are locked with Excel's default password, which a copy loses
     * on upload).
     */
    private static final Map<String, String> REFUSED = Map.ofEntries(
            entry("testEXCEL_protected_passtika.xls", "surveys.encrypted"),
            entry("testEXCEL_protected_passtika.xlsx", "surveys.encrypted"),
            entry("testEXCEL_protected_passtika_2.xlsx", "surveys.encrypted"),
            entry("test-columnar.xlsb", "surveys.binaryFormat"),
            entry("testEXCEL.xlsb", "surveys.binaryFormat"),
            entry("testEXCEL_charts.xlsb", "surveys.binaryFormat"),
            entry("testEXCEL_diagramData.xlsb", "surveys.binaryFormat"),
            entry("testEXCEL_various.xlsb", "surveys.macros"),
            entry("testEXCEL.strict.xlsx", "surveys.strictFormat"),
            entry("testEXCEL_4.xls", "surveys.oldFormat"),
            entry("testEXCEL_5.xls", "surveys.oldFormat"),
            entry("testEXCEL_95.xls", "surveys.oldFormat"),
            entry("testEXCEL_macro.xls", "surveys.macros"),
            entry("testEXCEL_macro.xlsm", "surveys.macros"));

    /** Files with no sheet of cells to fill (only a chart, a picture, a text box or an embedded file): no template. */
    private static final List<String> NOTHING_TO_FILL = List.of("testEXCEL_diagramData.xlsx",
            "testEXCEL_embeddedPDF_mac.xls", "testEXCEL_embeddedPDF_mac.xlsx", "testEXCEL_embeddedPDF_windows.xls",
            "testEXCEL_embeddedPDF_windows.xlsx", "testEXCEL_poi-61034.xlsx", "testEXCEL_textbox.xls",
            "testEXCEL_textbox.xlsx", "testExcel_embeddedPDF.xls", "testExcel_embeddedPDF.xlsx",
            "testMSChart-govdocs-428996.xls", "testMSChart-govdocs-428996.xlsx", "testWPSAttachment.xls",
            "testWPSAttachment.xlsx");

    @TempDir
    static Path dir;

    static Stream<String> excelDocuments() throws IOException, URISyntaxException {
        URI jar = TikaCorpusTest.class.getResource("/test-documents/testEXCEL.xls").toURI();
        try (FileSystem fs = FileSystems.newFileSystem(jar, Map.of()); Stream<Path> files = Files.list(fs.getPath("/test-documents"))) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("(?i).+\\.(xls|xlsx|xlsm|xlsb|xltx|xltm)")).sorted().toList();
            assertThat(names).hasSizeGreaterThan(60);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("excelDocuments")
    void everyExcelDocumentIsRefusedWithItsReasonOrMatchesAndMergesIntoItsOwnValues(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = TikaCorpusTest.class.getResourceAsStream("/test-documents/" + name)) {
            Files.copy(in, file);
        }
        SurveyWorkbooks.prepare(file);
        if (REFUSED.containsKey(name)) {
            assertThatThrownBy(() -> SurveyTemplate.read(file, List.of())).as("template")
                    .isInstanceOfSatisfying(SurveyFileException.class, e -> assertThat(e.getMessageKey()).isEqualTo(REFUSED.get(name)));
            assertThatThrownBy(() -> SurveyRows.open(file)).as("copy")
                    .isInstanceOfSatisfying(SurveyFileException.class, e -> assertThat(e.getMessageKey()).isEqualTo(REFUSED.get(name)));
        } else if (NOTHING_TO_FILL.contains(name)) {
            assertThatThrownBy(() -> SurveyTemplate.read(file, List.of()))
                    .isInstanceOfSatisfying(SurveyFileException.class, e -> assertThat(e.getMessageKey()).isEqualTo("surveys.templateEmpty"));
            try (SurveyRows rows = SurveyRows.open(file)) {
                assertThat(rows).isNotNull();
            }
        } else {
            SurveyCorpusTest.matchesAndMergesIntoItsOwnValues(file);
        }
    }
}
