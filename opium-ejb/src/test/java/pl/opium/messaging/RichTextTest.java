package pl.opium.messaging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTest {

    @Test
    void keepsFormattingListsTablesAndLinks() {
        String html = "<p><b>Pilne</b> – proszę o <i>odpowiedź</i></p><ul><li>a</li></ul>"
                + "<table><tr><td>1</td></tr></table><a href=\"https://bip.example.pl\">BIP</a>";

        String safe = RichText.sanitize(html);

        assertThat(safe).contains("<b>Pilne</b>").contains("<i>odpowiedź</i>").contains("<li>a</li>")
                .contains("<td>1</td>").contains("href=\"https://bip.example.pl\"");
    }

    @Test
    void removesScriptsHandlersAndJavascriptLinks() {
        String html = "<p onclick=\"steal()\">Tekst</p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">x</a><img src=x onerror=alert(1)>";

        String safe = RichText.sanitize(html);

        assertThat(safe).contains("Tekst").doesNotContain("onclick").doesNotContain("script")
                .doesNotContain("javascript").doesNotContain("onerror");
    }
}
