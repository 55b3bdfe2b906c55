package pl.opium.files;

import org.apache.poi.poifs.macros.Module;
import org.apache.poi.poifs.macros.VBAMacroReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the file store says about macros it finds: which kind, and where, so that the person can remove them. */
class MacrosTest {

    @TempDir
    Path dir;

    static Path corpus(String name) {
        try {
            return Path.of(MacrosTest.class.getResource("/surveys/corpus/excel/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aVbaProjectWithoutAnyCodeIsStillAMacroProjectForItsCompiledPartCanRun() throws IOException {
        Path xlsm = TestMacros.xlsmWithoutCode(corpus("testEXCEL_macro.xlsm"), dir.resolve("bez-kodu.xlsm"), "Module1");
        Path xls = TestMacros.xlsWithoutCode(corpus("testEXCEL_macro.xls"), dir.resolve("bez-kodu.xls"), "Module1");
        for (Path file : new Path[]{xlsm, xls}) {
            // as Excel leaves a project after its macros are deleted: every module only names itself
            try (VBAMacroReader reader = new VBAMacroReader(file.toFile())) {
                Map<String, Module> modules = reader.readMacroModules();
                assertThat(modules).containsKey("Module1");
                assertThat(modules.values()).allSatisfy(module -> assertThat(module.getContent().lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("Attribute "))).as(file.toString()).isEmpty());
            }
            assertThat(Macros.find(file)).as(file.toString()).hasValueSatisfying(found ->
                    assertThat(found.kind()).isEqualTo(Macros.Kind.VBA_PROJECT));
        }
        FileStore store = new FileStore(dir.resolve("pliki"), 1024 * 1024);
        assertThatThrownBy(() -> store.store(Files.newInputStream(xlsm), "ankieta.xlsx"))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> assertThat(e.getMessageKey()).isEqualTo("files.macros"));
    }

    @Test
    void anExcelFourMacroSheetInAnOldWorkbookIsFoundAndNamed() throws IOException {
        byte[] xls = TestMacros.xlsWithMacroSheet("Makro1");
        Path file = Files.write(dir.resolve("makro4.xls"), xls);
        assertThat(Macros.find(file)).contains(new Macros.Found(Macros.Kind.MACRO_SHEET, "Makro1"));

        FileStore store = new FileStore(dir.resolve("pliki"), 1024 * 1024);
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(xls), "zestawienie.xls"))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("files.macroSheet");
                    assertThat(e.getArguments()).containsExactly("zestawienie.xls", "Makro1");
                });
        // Excel's own workbooks of ordinary sheets have none
        assertThat(Macros.find(corpus("testEXCEL.xls"))).isEmpty();
        assertThat(Macros.find(corpus("testEXCEL_WORKBOOK_in_capitals.xls"))).isEmpty();
    }
}
