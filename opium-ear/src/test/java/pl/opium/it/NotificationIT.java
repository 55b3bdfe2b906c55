package pl.opium.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import pl.opium.identity.ParentAccountService;
import jakarta.ejb.EJB;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import pl.opium.files.Attachment;
import pl.opium.files.AttachmentService;
import pl.opium.identity.CurrentUser;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageDraft;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.Priority;
import pl.opium.messaging.Recipient;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.board.StatusBoardService;
import pl.opium.messaging.delivery.DeliveryService;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * E-mail notices through WildFly's real mail session to a real SMTP server (GreenMail, started in
 * the server on the port the build gave the mail session): a delivered message and a reminder are
 * announced to every person at the institution, as plain text and HTML with a link, without the
 * message's files or body.
 */
class NotificationIT extends OnSharedDeployment {

    @EJB
    private MessageService messages;

    @EJB
    private DeliveryService deliveries;

    @EJB
    private StatusBoardService board;

    @EJB
    private AttachmentService files;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private ParentAccountService parentAccounts;

    @Test
    void aDeliveredMessageAndAReminderAreAnnouncedByEmailToEveryoneAtTheInstitution() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("SMTP_PORT")), "127.0.0.1", "smtp"));
        smtp.start();
        try {
            String subject = "Dane o stołówkach " + UUID.randomUUID().toString().substring(0, 8);
            long school = As.user("sp12.dyrektor", () -> currentUser.caller().getInstitutionId());
            Attachment file = As.user("pracownik.prz", () -> files.store(
                    new ByteArrayInputStream("Plik do ankiety\n".getBytes(StandardCharsets.UTF_8)), "ankieta.txt"));
            Message sent = Sending.sent(messages, new MessageDraft(subject, "<p>Treść poufna</p>", Priority.NORMAL,
                    ReplyExpected.TEXT, LocalDate.now().plusDays(5), false, List.of(new Recipient.Institution(school)),
                    List.of(file)));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    assertThat(about(smtp, subject)).hasSize(3));

            List<MimeMessage> notices = about(smtp, subject);
            long people = As.user("pracownik.prz", () -> deliveries.deliveredKeys(sent.getId())).stream()
                    .filter(key -> key.startsWith("U:")).count();
            assertThat(people).as("one e-mail per person the message reached").isEqualTo(3);
            assertThat(notices).extracting(MimeMessage::getSubject).containsOnly("Nowa wiadomość: " + subject);
            assertThat(notices).flatExtracting(m -> Arrays.asList(m.getAllRecipients())).hasSize(3);
            MimeMultipart parts = (MimeMultipart) notices.get(0).getContent();
            assertThat(parts.getContentType()).startsWith("multipart/alternative");
            assertThat(parts.getCount()).as("plain and HTML, no attachment").isEqualTo(2);
            BodyPart plain = parts.getBodyPart(0);
            BodyPart html = parts.getBodyPart(1);
            assertThat(plain.getContentType()).startsWith("text/plain");
            assertThat(html.getContentType()).startsWith("text/html");
            String link = "/messages/received.xhtml?id=" + sent.getId();
            assertThat((String) plain.getContent()).contains(link).contains("Referat Przedszkoli")
                    .doesNotContain("Treść poufna");
            assertThat((String) html.getContent()).contains("<a href=\"").contains(link);

            As.user("pracownik.prz", () -> board.remind(sent.getId()));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    assertThat(about(smtp, subject)).hasSize(6));
            assertThat(about(smtp, subject)).extracting(MimeMessage::getSubject)
                    .contains("Przypomnienie: " + subject);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aParentIsToldByEmailThatTheDeskSetANewPasswordButNotThePassword() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("SMTP_PORT")), "127.0.0.1", "smtp"));
        smtp.start();
        try {
            String address = "mama." + UUID.randomUUID().toString().substring(0, 8) + "@poczta.example.pl";
            ParentAccountService.IssuedAccount issued = As.user("pracownik.prz", () -> parentAccounts.issueParentAccount("Maria",
                    "Mailowa", address));
            ParentAccountService.IssuedAccount reset = As.user("pracownik.prz",
                    () -> parentAccounts.resetParentPassword(issued.account().getId()));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    assertThat(to(smtp, address)).hasSize(1));
            MimeMessage mail = to(smtp, address).get(0);
            assertThat(mail.getSubject()).isEqualTo("OPIUM: ustawiono nowe hasło do Twojego konta");
            assertThat((String) mail.getContent()).contains(issued.account().getUsername())
                    .doesNotContain(reset.password()).doesNotContain(issued.password()).doesNotContain("http");
        } finally {
            smtp.stop();
        }
    }

    private static List<MimeMessage> to(GreenMail smtp, String address) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
                found.add(message);
            }
        }
        return found;
    }

    private static List<MimeMessage> about(GreenMail smtp, String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().endsWith(subject);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
