package pl.opium.notifications;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeMailTest {

    @Test
    void announcesANewMessageWithALinkAndTheDeadline() {
        NoticeMail mail = NoticeMail.of(new Notice(NoticeKind.NEW_MESSAGE, 42, "Arkusz <organizacyjny>",
                "Referat Przedszkoli", LocalDate.of(2026, 12, 4), List.of(1L)), "https://opium.example.pl/opium");
        assertThat(mail.subject()).isEqualTo("Nowa wiadomość: Arkusz <organizacyjny>");
        assertThat(mail.plain()).contains("Referat Przedszkoli", "Termin odpowiedzi: 04.12.2026",
                "https://opium.example.pl/opium/messages/received.xhtml?id=42");
        assertThat(mail.html()).contains("Arkusz &lt;organizacyjny&gt;",
                        "<a href=\"https://opium.example.pl/opium/messages/received.xhtml?id=42\">")
                .doesNotContain("<organizacyjny>");
    }

    @Test
    void aReminderSaysSoAndAMessageWithoutDeadlineOmitsIt() {
        NoticeMail mail = NoticeMail.of(new Notice(NoticeKind.REMINDER, 7, "Dane", "Referat Finansowy", null,
                List.of()), "http://localhost:8080/opium");
        assertThat(mail.subject()).startsWith("Przypomnienie: ");
        assertThat(mail.plain()).startsWith("Przypominamy").doesNotContain("Termin");
    }
}
