package pl.opium.it;

import jakarta.ejb.EJB;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.files.AttachmentService;
import pl.opium.identity.AccessDeniedException;
import pl.opium.identity.CurrentUser;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageDraft;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.Priority;
import pl.opium.messaging.Recipient;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.board.Board;
import pl.opium.messaging.board.BoardDownloads;
import pl.opium.messaging.board.BoardFilter;
import pl.opium.messaging.board.BoardRow;
import pl.opium.messaging.board.Reminder;
import pl.opium.messaging.board.ReminderKind;
import pl.opium.messaging.board.ReminderTimer;
import pl.opium.messaging.board.StatusBoardService;
import pl.opium.messaging.delivery.DeliveryService;
import pl.opium.messaging.groups.UserGroup;
import pl.opium.messaging.groups.UserGroupService;
import pl.opium.messaging.inbox.InboxItem;
import pl.opium.messaging.inbox.InboxService;
import pl.opium.messaging.inbox.ReceivedMessage;
import pl.opium.messaging.inbox.Reply;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The recipients' side and the author's follow-up, on the real server: inbox and reading, replies
 * with files (late, reopened), the status board, reminders (by hand and by the timer), the ZIP of
 * all replies, user groups, and that nobody reaches another institution's message.
 */
class MessageReplyIT extends OnSharedDeployment {

    private static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @EJB
    private MessageService messages;

    @EJB
    private DeliveryService deliveries;

    @EJB
    private InboxService inbox;

    @EJB
    private StatusBoardService board;

    @EJB
    private BoardDownloads downloads;

    @EJB
    private AttachmentService files;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private ReminderTimer timer;

    @EJB
    private UserGroupService userGroups;

    private long institutionOf(String username) {
        return As.user(username, () -> currentUser.caller().getInstitutionId());
    }

    /** Sends a message from the pre-school unit to the given recipients and waits until it is delivered. */
    private Message send(String subject, ReplyExpected expected, LocalDate deadline, List<Attachment> attachments,
                         List<Recipient> to) {
        Message sent = Sending.sent(messages, new MessageDraft(subject, "<p>Prosimy o odpowiedź</p>", Priority.NORMAL,
                expected, deadline, false, to, attachments));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(As.user("pracownik.prz", () -> deliveries.deliveredKeys(sent.getId()))).isNotEmpty());
        return sent;
    }

    private Message sendToSchools(String subject, ReplyExpected expected, LocalDate deadline, String... codes) {
        List<Recipient> to = new ArrayList<>();
        for (String code : codes) {
            to.add(new Recipient.Institution(institutionOf(code + ".dyrektor")));
        }
        return send(subject + " " + UUID.randomUUID().toString().substring(0, 8), expected, deadline, List.of(), to);
    }

    private BoardRow rowOf(Message message, String code) {
        long institution = institutionOf(code + ".dyrektor");
        String shortName = As.user(code + ".dyrektor", () -> currentUser.caller().getInstitutionName());
        assertThat(institution).isPositive();
        return As.user("pracownik.prz", () -> board.board(message.getId())).rows().stream()
                .filter(row -> row.recipient().equals(shortName)).findFirst().orElseThrow();
    }

    @Test
    void theMessageArrivesUnreadAndTheFirstOpeningAtTheInstitutionMarksItReceived() {
        long unreadBefore = As.user("sp01.sekretariat", () -> inbox.unreadCount());
        Message sent = sendToSchools("Liczba oddziałów", ReplyExpected.TEXT, LocalDate.now().plusDays(7), "sp01", "sp02");

        assertThat(As.user("sp01.sekretariat", () -> inbox.unreadCount())).isEqualTo(unreadBefore + 1);
        List<InboxItem> items = As.user("sp01.sekretariat", () -> inbox.inbox(sent.getSubject(), false, 0, 10));
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.read()).isFalse();
            assertThat(item.unitName()).isNotBlank();
        });
        assertThat(rowOf(sent, "sp01").readAt()).isNull();

        ReceivedMessage opened = As.user("sp01.sekretariat", () -> inbox.open(sent.getId()));
        As.user("sp01.dyrektor", () -> inbox.open(sent.getId()));

        assertThat(opened.message().getBody()).contains("Prosimy o odpowiedź");
        assertThat(opened.replyPossible()).isTrue();
        assertThat(As.user("sp01.sekretariat", () -> inbox.unreadCount())).isEqualTo(unreadBefore);
        BoardRow row = rowOf(sent, "sp01");
        assertThat(row.readAt()).isNotNull();
        assertThat(row.readBy()).as("the first opening at the institution").isEqualTo("sp01.sekretariat");
        assertThat(rowOf(sent, "sp02").readAt()).isNull();
    }

    @Test
    void nobodyReachesAnotherInstitutionsMessageOrItsFiles() {
        Attachment plan = As.user("pracownik.prz", () -> files.store(new ByteArrayInputStream(PDF), "plan.pdf"));
        Message sent = send("Tylko dla SP 1 " + UUID.randomUUID(), ReplyExpected.NONE, null, List.of(plan),
                List.of(new Recipient.Institution(institutionOf("sp01.dyrektor"))));

        assertThat(As.user("sp01.sekretariat", () -> inbox.messageAttachment(sent.getId(), 0)).getSha256())
                .isEqualTo(plan.getSha256());
        assertThatThrownBy(() -> As.user("sp03.dyrektor", () -> inbox.open(sent.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("sp03.dyrektor", () -> inbox.messageAttachment(sent.getId(), 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("pracownik.sp", () -> board.board(sent.getId())))
                .as("an officer of another unit").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("pracownik.sp", () -> messages.message(sent.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(As.user("dyrektor.wydzialu", () -> board.board(sent.getId())).rows()).hasSize(1);
    }

    @Test
    void aReplyWithAFileIsOnTheBoardAndInTheZipUnderItsNewName() throws Exception {
        Message sent = sendToSchools("Arkusz organizacyjny", ReplyExpected.TEXT_AND_ATTACHMENTS,
                LocalDate.now().plusDays(7), "sp04", "sp05");
        Attachment sheet = As.user("sp04.sekretariat", () -> inbox.storeAnswerFile(sent.getId(), new ByteArrayInputStream(PDF),
                "arkusz.pdf"));
        // a school the message did not go to cannot leave a file with it: refused before anything is kept
        byte[] stranger = ("%PDF-1.4\n% " + UUID.randomUUID() + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> As.user("sp03.sekretariat", () -> inbox.storeAnswerFile(sent.getId(),
                new ByteArrayInputStream(stranger), "obcy.pdf"))).isInstanceOf(AccessDeniedException.class);
        java.nio.file.Path store = files.path(sheet).getParent().getParent().getParent();
        String strangers = sha256(stranger);
        assertThat(store.resolve(strangers.substring(0, 2)).resolve(strangers.substring(2, 4)).resolve(strangers))
                .doesNotExist();
        assertThatThrownBy(() -> As.user("sp04.sekretariat", () -> inbox.reply(sent.getId(), null, "", List.of(sheet))))
                .isInstanceOfSatisfying(OpiumException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("messaging.replyNeedsText"));

        Reply reply = As.user("sp04.sekretariat", () -> inbox.reply(sent.getId(), null, "W załączeniu arkusz.", List.of(sheet)));

        assertThat(reply.isLate()).isFalse();
        Board status = As.user("pracownik.prz", () -> board.board(sent.getId()));
        assertThat(status.count(BoardFilter.REPLIED)).isEqualTo(1);
        assertThat(status.count(BoardFilter.WAITING)).isEqualTo(1);
        String shortName = As.user("sp04.dyrektor", () -> currentUser.caller().getInstitutionName());

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        As.user("pracownik.prz", () -> downloads.writeRepliesZip(sent.getId(), zip));
        Map<String, byte[]> entries = unzip(zip.toByteArray());
        assertThat(entries).containsOnlyKeys("00 - podsumowanie.xlsx",
                shortName + " - " + sent.getSubject() + " - arkusz.pdf");
        assertThat(entries.get(shortName + " - " + sent.getSubject() + " - arkusz.pdf")).isEqualTo(PDF);
        try (XSSFWorkbook summary = new XSSFWorkbook(new ByteArrayInputStream(entries.get("00 - podsumowanie.xlsx")))) {
            assertThat(summary.getSheet("Status").getLastRowNum()).isEqualTo(4);
        }
        assertThatThrownBy(() -> As.user("sp05.dyrektor", () -> inbox.replyAttachment(sent.getId(), 0)))
                .isInstanceOf(OpiumException.class);
    }

    @Test
    void aLateReplyIsAcceptedAndMarkedAndChangesOnlyAfterTheAuthorReopensIt() {
        Message sent = sendToSchools("Po terminie", ReplyExpected.TEXT, LocalDate.now().minusDays(1), "sp06");
        assertThatThrownBy(() -> As.user("sp06.sekretariat", () -> inbox.storeAnswerFile(sent.getId(),
                new ByteArrayInputStream(PDF), "plik.pdf")))
                .isInstanceOfSatisfying(OpiumException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("messaging.noFilesExpected"));

        Reply late = As.user("sp06.dyrektor", () -> inbox.reply(sent.getId(), null, "Przepraszamy za zwłokę", List.of()));
        assertThat(late.isLate()).isTrue();
        assertThatThrownBy(() -> As.user("sp06.dyrektor",
                () -> inbox.reply(sent.getId(), late.getVersion(), "Jednak inaczej", List.of())))
                .isInstanceOfSatisfying(OpiumException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("messaging.replyClosed"));

        long delivery = rowOf(sent, "sp06").deliveryId();
        As.user("pracownik.prz", () -> board.reopen(sent.getId(), delivery, "Proszę podać liczbę uczniów"));
        assertThat(rowOf(sent, "sp06").isWaiting()).isTrue();
        ReceivedMessage reopened = As.user("sp06.dyrektor", () -> inbox.open(sent.getId()));
        assertThat(reopened.replyPossible()).isTrue();
        Reply corrected = As.user("sp06.dyrektor", () -> inbox.reply(sent.getId(), reopened.reply().getVersion(),
                "412 uczniów", List.of()));
        assertThat(corrected.getText()).isEqualTo("412 uczniów");
        assertThat(rowOf(sent, "sp06").isWaiting()).isFalse();
    }

    @Test
    void theAuthorExtendsTheDeadlineAndTwoPeopleReplyingAtOnceCannotBothWin() {
        Message sent = sendToSchools("Termin", ReplyExpected.TEXT, LocalDate.now().minusDays(2), "sp07");
        Message fresh = As.user("pracownik.prz", () -> messages.message(sent.getId()));
        As.user("pracownik.prz", () -> board.changeDeadline(sent.getId(), fresh.getVersion(), LocalDate.now().plusDays(3)));
        assertThatThrownBy(() -> As.user("pracownik.prz",
                () -> board.changeDeadline(sent.getId(), fresh.getVersion(), LocalDate.now().plusDays(5))))
                .isInstanceOfSatisfying(OpiumException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("concurrentModification"));

        Reply first = As.user("sp07.dyrektor", () -> inbox.reply(sent.getId(), null, "Odpowiedź dyrektora", List.of()));
        assertThat(first.isLate()).isFalse();
        assertThatThrownBy(() -> As.user("sp07.sekretariat", () -> inbox.reply(sent.getId(), null, "Druga", List.of())))
                .isInstanceOfSatisfying(OpiumException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("concurrentModification"));
        assertThat(As.user("pracownik.prz",
                () -> messages.historyOf(sent.getId())).stream().map(t -> t.getAction()))
                .contains("CHANGE_DEADLINE");
    }

    @Test
    void oneClickRemindsOnlyThoseWhoHaveNotRepliedAndTheTimerRemindsOnceBeforeAndOnceAfter() {
        LocalDate deadline = LocalDate.now().plusDays(2);
        Message sent = sendToSchools("Przypomnienia", ReplyExpected.TEXT, deadline, "sp08", "sp09", "sp10");
        As.user("sp08.dyrektor", () -> inbox.reply(sent.getId(), null, "Gotowe", List.of()));

        int reminded = As.user("pracownik.prz", () -> board.remind(sent.getId()));

        assertThat(reminded).isEqualTo(2);
        assertThat(rowOf(sent, "sp09").reminderCount()).isEqualTo(1);
        assertThat(rowOf(sent, "sp08").reminderCount()).isZero();
        assertThat(As.user("sp09.sekretariat", () -> inbox.inbox(sent.getSubject(), false, 0, 5)))
                .singleElement().satisfies(item -> assertThat(item.reminderCount()).isEqualTo(1));

        timer.sendDue(LocalDate.now());
        timer.sendDue(LocalDate.now());
        timer.sendDue(deadline.plusDays(1));
        timer.sendDue(deadline.plusDays(2));

        List<Reminder> reminders = As.user("pracownik.prz", () -> board.board(sent.getId())).reminders();
        assertThat(reminders).extracting(Reminder::getKind)
                .containsExactly(ReminderKind.MANUAL, ReminderKind.BEFORE_DEADLINE, ReminderKind.AFTER_DEADLINE);
        assertThat(reminders).extracting(Reminder::getRecipientCount).containsExactly(2, 2, 2);
        assertThat(rowOf(sent, "sp10").reminderCount()).isEqualTo(3);
    }

    @Test
    void aUserGroupReachesItsMembersOnly() {
        long sp11 = As.user("sp11.ksiegowy", () -> currentUser.caller().getAccountId());
        long finance = As.user("kierownik.fin", () -> currentUser.caller().getAccountId());
        UserGroup group = As.user("pracownik.prz", () -> userGroups.create("Księgowi i finanse", List.of(sp11, finance)));

        Message sent = send("Do grupy " + UUID.randomUUID(), ReplyExpected.NONE, null, List.of(),
                List.of(new Recipient.UserGroup(group.getId())));

        assertThat(As.user("pracownik.prz", () -> deliveries.deliveredKeys(sent.getId())))
                .containsExactlyInAnyOrder("U:" + sp11, "U:" + finance);
        assertThat(As.user("kierownik.fin", () -> inbox.inbox(sent.getSubject(), false, 0, 5))).hasSize(1);
        assertThat(As.user("sp11.dyrektor", () -> inbox.inbox(sent.getSubject(), false, 0, 5))).isEmpty();
        assertThatThrownBy(() -> As.user("pracownik.sp",
                () -> userGroups.update(group.getId(), group.getVersion(), "Cudza", List.of(sp11))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOversizeEmptyOrExecutableUploadIsRefusedAndLeavesNothingBehind() throws Exception {
        java.nio.file.Path temporary = java.nio.file.Path.of(System.getProperty("jboss.server.data.dir"), "opium-files", "tmp");
        long limit = files.maxBytes();
        java.io.InputStream oversize = new java.io.InputStream() {
            private long left = limit + 1;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        byte[] program = new byte[1024];
        program[0] = 'M';
        program[1] = 'Z';

        assertThatThrownBy(() -> files.store(oversize, "film.txt"))
                .isInstanceOfSatisfying(OpiumException.class, e -> assertThat(e.getMessageKey()).isEqualTo("files.tooLarge"));
        assertThatThrownBy(() -> files.store(new ByteArrayInputStream(new byte[0]), "pusty.pdf"))
                .isInstanceOfSatisfying(OpiumException.class, e -> assertThat(e.getMessageKey()).isEqualTo("files.empty"));
        assertThatThrownBy(() -> files.store(new ByteArrayInputStream(program), "faktura.pdf"))
                .isInstanceOfSatisfying(OpiumException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("files.typeNotAllowed"));
        try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(temporary)) {
            assertThat(left).as("no half-stored upload").isEmpty();
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws java.io.IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(byte[] content) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
