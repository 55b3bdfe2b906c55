package pl.opium.it;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import pl.opium.OpiumException;
import pl.opium.forms.FieldType;
import pl.opium.forms.Form;
import pl.opium.forms.FormAnswers;
import pl.opium.forms.FormAnswersRefused;
import pl.opium.forms.FormDefinition;
import pl.opium.forms.FormField;
import pl.opium.forms.FormProblem;
import pl.opium.forms.FormResponse;
import pl.opium.forms.FormSection;
import pl.opium.forms.FormService;
import pl.opium.forms.FormSubmission;
import pl.opium.forms.FormTable;
import pl.opium.forms.ResponseStatus;
import pl.opium.identity.AccessDeniedException;
import pl.opium.identity.CurrentUser;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageAction;
import pl.opium.messaging.MessageDraft;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.Priority;
import pl.opium.messaging.Recipient;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.board.BoardRow;
import pl.opium.messaging.board.FormResults;
import pl.opium.messaging.board.FormResultsService;
import pl.opium.messaging.board.StatusBoardService;
import pl.opium.messaging.delivery.DeliveryService;
import pl.opium.messaging.inbox.InboxService;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Forms on the real server and both databases: stored definitions, drafts, submissions, who reads them, exports. */
class FormIT extends OnSharedDeployment {

    @EJB
    private FormService forms;

    @EJB
    private MessageService messages;

    @EJB
    private InboxService inbox;

    @EJB
    private StatusBoardService board;

    @EJB
    private FormResultsService formResults;

    @EJB
    private DeliveryService deliveries;

    @EJB
    private CurrentUser currentUser;

    private static FormDefinition rooms() {
        return new FormDefinition("Pracownie", List.of(new FormSection("Pracownie", null, List.of(
                FormField.of("opiekun", "Opiekun pracowni", FieldType.TEXT, true),
                FormField.of("internet", "Szerokopasmowy internet", FieldType.YES_NO, true),
                new FormTable("sale", "Sale", null, List.of(
                        FormField.of("numer", "Numer sali", FieldType.TEXT, true),
                        FormField.number("komputery", "Komputery", true, BigDecimal.ZERO, BigDecimal.valueOf(60), 0)),
                        1, 50)))));
    }

    @Test
    void anInstitutionSavesADraftSubmitsAndTheAuthorExports() throws Exception {
        Form form = As.user(Sending.OFFICER, () -> forms.create(rooms()));
        String context = "message:" + ThreadLocalRandom.current().nextInt(1_000_000, 2_000_000);

        FormAnswers draft = new FormAnswers().put("opiekun", "Jan Kowalski");
        FormResponse saved = As.user("sp01.dyrektor", () -> forms.save(form.getId(), context, null, draft, false));
        assertThat(saved.getStatus()).isEqualTo(ResponseStatus.DRAFT);

        assertThatThrownBy(() -> As.user("sp01.dyrektor",
                () -> forms.save(form.getId(), context, saved.getVersion(), draft, true)))
                .isInstanceOfSatisfying(FormAnswersRefused.class, e -> assertThat(e.getProblems())
                        .extracting(FormProblem::key).containsExactly("internet", "sale"));

        FormAnswers complete = new FormAnswers().put("opiekun", "Jan Kowalski").put("internet", true);
        Map<String, Object> room = complete.addRow("sale");
        room.put("numer", "12");
        room.put("komputery", new BigDecimal("16"));
        FormResponse submitted = As.user("sp01.dyrektor",
                () -> forms.save(form.getId(), context, saved.getVersion(), complete, true));
        assertThat(submitted.getStatus()).isEqualTo(ResponseStatus.SUBMITTED);
        // a colleague who loaded the draft before is told to look again
        assertThatThrownBy(() -> As.user("sp01.dyrektor", () -> forms.save(form.getId(), context, saved.getVersion(), draft, false)))
                .isInstanceOfSatisfying(OpiumException.class, e -> assertThat(e.getMessageKey()).isEqualTo("concurrentModification"));
        // another school's draft does not show up among submissions
        As.user("sp02.dyrektor", () -> forms.save(form.getId(), context, null, draft, false));

        List<FormSubmission> submissions = As.user(Sending.OFFICER, () -> forms.submissions(form.getId(), context));
        assertThat(submissions).singleElement().satisfies(s -> {
            assertThat(s.institution()).isEqualTo("SP 1");
            assertThat(s.answers().rows("sale")).singleElement()
                    .satisfies(row -> assertThat(row).containsEntry("komputery", new BigDecimal("16")));
        });
        assertThat(As.user(Sending.HEAD, () -> forms.submissions(form.getId(), context))).hasSize(1);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        As.user(Sending.OFFICER, () -> {
            forms.export(form.getId(), context, "sale", false, xlsx);
            return null;
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(5).getNumericCellValue()).isEqualTo(16);
        }

        assertThatThrownBy(() -> As.user("pracownik.sp", () -> forms.submissions(form.getId(), context)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("sp01.dyrektor", () -> forms.submissions(form.getId(), context)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> As.user(Sending.OFFICER, () -> forms.save(form.getId(), context, null, draft, false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMessageAsksForAFormAndItsSubmissionIsTheReply() {
        // a colleague's form is used through the officer's own copy, so the officer's head reads the answers
        Form colleagues = As.user("kierownik.prz", () -> forms.create(rooms()));
        Message draft = As.user(Sending.OFFICER, () -> messages.createDraft(new MessageDraft("Pracownie", "<p>Prosimy</p>",
                Priority.NORMAL, ReplyExpected.FORM, LocalDate.now().plusDays(5), false, List.of(school("sp01"), school("sp02")),
                List.of(), null, List.of(), null)));
        assertThatThrownBy(() -> As.user(Sending.OFFICER,
                () -> messages.perform(draft.getId(), draft.getVersion(), MessageAction.SUBMIT, null)))
                .isInstanceOfSatisfying(OpiumException.class, e -> assertThat(e.getMessageKey()).isEqualTo("messaging.formNeeded"));
        Message withForm = As.user(Sending.OFFICER, () -> messages.updateDraft(draft.getId(), draft.getVersion(),
                new MessageDraft("Pracownie", "<p>Prosimy</p>", Priority.NORMAL, ReplyExpected.FORM, LocalDate.now().plusDays(5),
                        false, List.of(school("sp01"), school("sp02")), List.of(), null, List.of(), colleagues.getId())));
        assertThat(As.user(Sending.OFFICER, () -> messages.message(withForm.getId()).getForm().getId()))
                .isNotEqualTo(colleagues.getId());
        Message submitted = As.user(Sending.OFFICER,
                () -> messages.perform(withForm.getId(), withForm.getVersion(), MessageAction.SUBMIT, null));
        Message sent = As.user(Sending.HEAD,
                () -> messages.perform(submitted.getId(), submitted.getVersion(), MessageAction.APPROVE, null));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(As.user(Sending.OFFICER, () -> deliveries.deliveredKeys(sent.getId())))
                        .filteredOn(key -> key.startsWith("I:")).hasSize(2));

        // the form is filled online, not answered with text
        assertThatThrownBy(() -> As.user("sp01.dyrektor", () -> inbox.reply(sent.getId(), null, "tekst", List.of())))
                .isInstanceOfSatisfying(OpiumException.class, e -> assertThat(e.getMessageKey()).isEqualTo("messaging.formOnline"));
        assertThat(As.user("sp01.dyrektor", () -> inbox.formToFill(sent.getId())).response()).isNull();

        FormAnswers draftAnswers = new FormAnswers().put("opiekun", "Jan Kowalski");
        FormResponse saved = As.user("sp01.dyrektor", () -> inbox.answerForm(sent.getId(), null, draftAnswers, false));
        // a draft is no reply yet, and the author does not see it
        assertThat(replied(sent)).isEmpty();
        assertThat(As.user(Sending.OFFICER, () -> formResults.formResults(sent.getId())).submissions()).isEmpty();

        FormAnswers complete = new FormAnswers().put("opiekun", "Jan Kowalski").put("internet", false);
        Map<String, Object> room = complete.addRow("sale");
        room.put("numer", "7");
        room.put("komputery", new BigDecimal("24"));
        As.user("sp01.dyrektor", () -> inbox.answerForm(sent.getId(), saved.getVersion(), complete, true));
        assertThat(replied(sent)).containsExactly("SP 1");
        FormResponse submittedAnswers = As.user("sp01.dyrektor", () -> inbox.formToFill(sent.getId())).response();
        assertThat(submittedAnswers.getStatus()).isEqualTo(ResponseStatus.SUBMITTED);
        // submitted answers are not replaced by a draft
        assertThatThrownBy(() -> As.user("sp01.dyrektor",
                () -> inbox.answerForm(sent.getId(), submittedAnswers.getVersion(), draftAnswers, false)))
                .isInstanceOfSatisfying(OpiumException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("forms.draftAfterSubmission"));

        FormResults results = As.user(Sending.HEAD, () -> formResults.formResults(sent.getId()));
        assertThat(results.submissions()).singleElement().satisfies(s -> assertThat(s.institution()).isEqualTo("SP 1"));
        // a school the message did not reach cannot answer it, nor read the form through it
        assertThatThrownBy(() -> As.user("sp03.dyrektor", () -> inbox.answerForm(sent.getId(), null, complete, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("pracownik.sp", () -> formResults.formResults(sent.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Recipient school(String code) {
        return new Recipient.Institution(As.user(code + ".dyrektor", () -> currentUser.caller().getInstitutionId()));
    }

    private List<String> replied(Message sent) {
        return As.user(Sending.OFFICER, () -> board.board(sent.getId())).rows().stream()
                .filter(BoardRow::isReplied).map(BoardRow::recipient).toList();
    }
}
