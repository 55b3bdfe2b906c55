package pl.opium.messaging.board;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ZipNamesTest {

    @Test
    void namesAReplyFileAfterTheInstitutionAndTheSubject() {
        assertThat(new ZipNames().name("SP 12", "Arkusz organizacyjny 2026/27", "arkusz.xlsx"))
                .isEqualTo("SP 12 - Arkusz organizacyjny 2026_27 - arkusz.xlsx");
    }

    @Test
    void keepsPolishLettersAndReplacesWhatWindowsRefuses() {
        assertThat(new ZipNames().name("Przedszkole nr 5 „Słoneczko”", "Pytanie: ile dzieci?", "zał.*1 .pdf"))
                .isEqualTo("Przedszkole nr 5 „Słoneczko” - Pytanie_ ile dzieci_ - zał._1 .pdf");
        assertThat(ZipNames.clean("CON")).isEqualTo("_CON");
        assertThat(ZipNames.clean("nul.txt")).isEqualTo("_nul.txt");
        assertThat(ZipNames.clean("raport.  ")).isEqualTo("raport");
        assertThat(ZipNames.clean("  ")).isEqualTo("_");
    }

    @Test
    void makesNamesUniqueIgnoringCaseAndKeepsTheExtension() {
        ZipNames names = new ZipNames();
        names.reserve("podsumowanie.xlsx");
        List<String> given = List.of(
                names.name("SP 1", "Ankieta", "dane.xlsx"),
                names.name("SP 1", "Ankieta", "DANE.xlsx"),
                names.name("SP 1", "Ankieta", "dane.xlsx"));
        assertThat(given).containsExactly("SP 1 - Ankieta - dane.xlsx", "SP 1 - Ankieta - DANE (2).xlsx",
                "SP 1 - Ankieta - dane (3).xlsx");
    }

    @Test
    void shortensLongNamesButNotTheirExtension() {
        String name = new ZipNames().name("Zespół Szkół Ogólnokształcących nr 1", "x".repeat(300), "plik.docx");
        assertThat(name).hasSizeLessThanOrEqualTo(ZipNames.MAX_LENGTH).endsWith(".docx");
    }

    @Property
    void everyNameIsSafeOnWindowsAndUnique(@ForAll @StringLength(max = 40) String institution,
                                           @ForAll @StringLength(max = 80) String subject,
                                           @ForAll @StringLength(max = 60) String file) {
        ZipNames names = new ZipNames();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            String name = names.name(institution, subject, file);
            assertThat(name).doesNotContainPattern("[<>:\"/\\\\|?*\\p{Cntrl}]")
                    .hasSizeLessThanOrEqualTo(ZipNames.MAX_LENGTH)
                    .doesNotEndWith(".").doesNotEndWith(" ").isNotBlank();
            assertThat(seen.add(name.toLowerCase(Locale.ROOT))).isTrue();
        }
    }
}
