package pl.opium;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void theEnglishBundleHasEveryKeyOfThePolishOneAndNoOther() throws IOException {
        assertThat(load("texts_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("texts.properties").stringPropertyNames());
    }

    @Test
    void recordsAreWrittenInPolishWhateverTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Texts.get("board.status.unread")).isEqualTo("nieodczytana");
            assertThat(Texts.get("survey.status.adjusted", "1234"))
                    .isEqualTo("; wartości poza granicami Excela (pominięte, skrócone lub jako tekst): 1234");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theEnglishTextsAreThereForWhoeverAsks() {
        assertThat(Texts.in(Locale.ENGLISH, "survey.status.adjusted", "7"))
                .isEqualTo("; values beyond Excel's limits (left out, shortened or as text): 7");
        assertThat(Texts.in(Locale.ENGLISH, "mail.passwordReset.body", ", Anna", "anowak"))
                .startsWith("Hello, Anna,\n\na new password was set for the account \"anowak\"");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/pl/opium/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
