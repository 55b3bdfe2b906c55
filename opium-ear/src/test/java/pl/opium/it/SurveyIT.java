package pl.opium.it;

import jakarta.ejb.EJB;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.files.AttachmentService;
import pl.opium.identity.AccessDeniedException;
import pl.opium.identity.CurrentUser;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageAction;
import pl.opium.messaging.MessageDraft;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.Priority;
import pl.opium.messaging.Recipient;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.SurveySheet;
import pl.opium.messaging.delivery.DeliveryService;
import pl.opium.messaging.inbox.InboxService;
import pl.opium.surveys.CopyVerdict;
import pl.opium.surveys.Difference;
import pl.opium.surveys.InterruptedMerges;
import pl.opium.surveys.MergeStatus;
import pl.opium.surveys.SheetStructure;
import pl.opium.surveys.SurveyCopy;
import pl.opium.surveys.SurveyFileException;
import pl.opium.surveys.SurveyMerge;
import pl.opium.surveys.SurveyMergeRun;
import pl.opium.surveys.SurveyService;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Excel surveys on the real server: a survey message with its template, copies checked on upload
 * (refused files leave nothing; differing ones wait for the author), the author's decisions, a
 * merge in the background and its file.
 */
class SurveyIT extends OnSharedDeployment {

    @EJB
    private MessageService messages;

    @EJB
    private DeliveryService deliveries;

    @EJB
    private InboxService inbox;

    @EJB
    private SurveyService surveys;

    @EJB
    private InterruptedMerges interrupted;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager em;

    @jakarta.annotation.Resource
    private jakarta.transaction.UserTransaction transaction;

    @EJB
    private AttachmentService files;

    @EJB
    private CurrentUser currentUser;

    private static byte[] workbook(String header, Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Oddziały");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("Oddział");
            head.createCell(1).setCellValue(header);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue((String) rows[r][0]);
                row.createCell(1).setCellValue(((Number) rows[r][1]).doubleValue());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Message sendSurvey(String... codes) {
        Attachment template = As.user(Sending.OFFICER, () -> files.store(
                new ByteArrayInputStream(workbook("Liczba uczniów")), "oddzialy.xlsx"));
        List<SheetStructure> proposed = As.user(Sending.OFFICER, () -> surveys.propose(template));
        assertThat(proposed).containsExactly(new SheetStructure("Oddziały", 1));
        List<Recipient> to = java.util.Arrays.stream(codes)
                .map(code -> (Recipient) new Recipient.Institution(
                        As.user(code + ".dyrektor", () -> currentUser.caller().getInstitutionId())))
                .toList();
        Message sent = Sending.sent(messages, new MessageDraft("Oddziały " + UUID.randomUUID().toString().substring(0, 8),
                "<p>Prosimy wypełnić</p>", Priority.NORMAL, ReplyExpected.SURVEY, LocalDate.now().plusDays(7), false,
                to, List.of(), template, List.of(new SurveySheet("Oddziały", 1)), null));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(As.user(Sending.OFFICER, () -> deliveries.deliveredKeys(sent.getId())))
                        .filteredOn(key -> key.startsWith("I:")).hasSize(codes.length));
        return sent;
    }

    private SurveyCopy upload(String user, Message message, byte[] content, String name) {
        return As.user(user, () -> {
            Long version = inbox.open(message.getId()).reply() == null ? null
                    : inbox.open(message.getId()).reply().getVersion();
            return surveys.upload(message.getId(), version, null, new ByteArrayInputStream(content), name);
        });
    }

    @Test
    void aTemplateWithoutTheMarkedSheetIsRefusedOnSavingAndNothingIsKept() {
        Attachment template = As.user(Sending.OFFICER, () -> files.store(
                new ByteArrayInputStream(workbook("Liczba uczniów")), "oddzialy.xlsx"));
        String subject = "Bez arkusza " + UUID.randomUUID().toString().substring(0, 8);
        MessageDraft draft = new MessageDraft(subject, "<p>x</p>", Priority.NORMAL, ReplyExpected.SURVEY,
                LocalDate.now().plusDays(3), false,
                List.of(new Recipient.Institution(As.user("sp01.dyrektor", () -> currentUser.caller().getInstitutionId()))),
                List.of(), template, List.of(new SurveySheet("Klasy", 1)), null);

        // the compose page's save-and-submit is one call: the template check refuses before anything is written
        assertThatThrownBy(() -> As.user(Sending.OFFICER, () -> messages.save(null, null, draft, true)))
                .isInstanceOf(OpiumException.class);
        assertThat(As.user(Sending.OFFICER, () -> messages.list(pl.opium.messaging.MessageBox.DRAFTS, subject, 0, 5)))
                .isEmpty();
    }

    @Test
    void aSurveyCannotGoOutWithoutItsTemplate() {
        Message draft = As.user(Sending.OFFICER, () -> messages.createDraft(new MessageDraft("Bez szablonu", "<p>x</p>",
                Priority.NORMAL, ReplyExpected.SURVEY, LocalDate.now().plusDays(3), false,
                List.of(new Recipient.Institution(As.user("sp01.dyrektor", () -> currentUser.caller().getInstitutionId()))))));
        assertThatThrownBy(() -> As.user(Sending.OFFICER,
                () -> messages.perform(draft.getId(), draft.getVersion(), MessageAction.SUBMIT, null)))
                .isInstanceOfSatisfying(OpiumException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("messaging.surveyNeedsTemplate"));
    }

    @Test
    void copiesAreCheckedOnUploadAndRefusedFilesLeaveNothing() {
        Message survey = sendSurvey("sp01", "sp02");

        assertThat(As.user("sp01.dyrektor", () -> surveys.receivedTemplate(survey.getId())).getFileName())
                .isEqualTo("oddzialy.xlsx");
        assertThatThrownBy(() -> upload("sp01.dyrektor", survey, "to nie Excel".getBytes(), "ankieta.xlsx"))
                .isInstanceOfSatisfying(SurveyFileException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("surveys.notExcel"));
        assertThat(As.user("sp01.dyrektor", () -> inbox.open(survey.getId()).reply())).isNull();
        assertThat(As.user("sp01.dyrektor", () -> surveys.myCopies(survey.getId()))).isEmpty();

        SurveyCopy differing = upload("sp01.dyrektor", survey, workbook("Uczniowie", new Object[]{"1a", 25}), "sp1.xlsx");
        assertThat(differing.getVerdict()).isEqualTo(CopyVerdict.DIFFERS);
        assertThat(differing.getDifferences()).singleElement().satisfies(d -> {
            assertThat(d.getKind()).isEqualTo(Difference.Kind.HEADER_CHANGED);
            assertThat(d.getCell()).isEqualTo("B1");
            assertThat(d.getExpected()).isEqualTo("Liczba uczniów");
            assertThat(d.getFound()).isEqualTo("Uczniowie");
        });
        SurveyCopy fixed = upload("sp01.dyrektor", survey, workbook("Liczba uczniów", new Object[]{"1a", 25}), "sp1-poprawiony.xlsx");
        assertThat(fixed.getVerdict()).isEqualTo(CopyVerdict.MATCHES);
        List<SurveyCopy> history = As.user("sp01.dyrektor", () -> surveys.myCopies(survey.getId()));
        assertThat(history).extracting(copy -> copy.getFile().getFileName(), SurveyCopy::isCurrent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sp1-poprawiony.xlsx", true),
                        org.assertj.core.groups.Tuple.tuple("sp1.xlsx", false));
        assertThat(As.user("sp01.dyrektor", () -> inbox.open(survey.getId()).reply().getAttachments()))
                .extracting(Attachment::getFileName).containsExactly("sp1-poprawiony.xlsx");

        // an ordinary reply cannot bypass the check, and another school cannot see these copies
        assertThatThrownBy(() -> As.user("sp02.dyrektor", () -> inbox.reply(survey.getId(), null, "tekst", List.of())))
                .isInstanceOfSatisfying(OpiumException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("messaging.surveyByUpload"));
        assertThatThrownBy(() -> As.user("sp03.dyrektor", () -> surveys.myCopies(survey.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAuthorDecidesOnDifferingCopiesAndMergesTheAcceptedOnes() throws IOException {
        Message survey = sendSurvey("sp01", "sp02", "sp03");
        upload("sp01.dyrektor", survey, workbook("Liczba uczniów", new Object[]{"1a", 25}, new Object[]{"1b", 24}), "a.xlsx");
        SurveyCopy differing = upload("sp02.dyrektor", survey, workbook("Uczniowie", new Object[]{"2a", 20}), "b.xlsx");

        assertThatThrownBy(() -> As.user(Sending.OFFICER,
                () -> { surveys.decide(survey.getId(), differing.getId(), differing.getVersion(), false, " "); return null; }))
                .isInstanceOf(OpiumException.class);
        As.user(Sending.OFFICER, () -> {
            surveys.decide(survey.getId(), differing.getId(), differing.getVersion(), true, null);
            return null;
        });
        assertThatThrownBy(() -> As.user("pracownik.sp", () -> surveys.currentCopies(survey.getId())))
                .isInstanceOf(AccessDeniedException.class);

        long runId = As.user(Sending.OFFICER, () -> surveys.startMerge(survey.getId(), SurveyMerge.Layout.STACKED));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                As.user(Sending.OFFICER, () -> surveys.mergeRun(survey.getId(), runId)).getStatus() != MergeStatus.RUNNING);
        SurveyMergeRun run = As.user(Sending.OFFICER, () -> surveys.mergeRun(survey.getId(), runId));
        assertThat(run.getStatus()).isEqualTo(MergeStatus.DONE);
        assertThat(run.getMergedCopies()).isEqualTo(2);
        assertThat(run.getMergedRows()).isEqualTo(3);

        Attachment merged = As.user(Sending.OFFICER, () -> surveys.mergeFile(survey.getId(), runId));
        try (InputStream in = files.open(merged); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet data = workbook.getSheet("Oddziały");
            assertThat(data.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Liczba uczniów");
            assertThat(data.getRow(1).getCell(3).getStringCellValue()).isEqualTo("1a");
            assertThat(data.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(20);
            Sheet summary = workbook.getSheet("Podsumowanie");
            List<String> statuses = new java.util.ArrayList<>();
            for (int r = 3; r <= 5; r++) {
                statuses.add(summary.getRow(r).getCell(2).getStringCellValue());
            }
            assertThat(statuses).containsExactlyInAnyOrder("przesłano", "przesłano", "brak odpowiedzi");
        }
        assertThatThrownBy(() -> As.user("pracownik.sp", () -> surveys.mergeFile(survey.getId(), runId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMergeCutOffByARestartIsMarkedInterruptedAsTheServerStartsAndRunsAgain() throws Exception {
        Message survey = sendSurvey("sp04");
        upload("sp04.dyrektor", survey, workbook("Liczba uczniów", new Object[]{"4a", 26}), "d.xlsx");
        // what a server stopped mid-merge leaves behind: a merge marked running that nothing runs
        long cutOff = 9_000_000_000L + survey.getId();
        transaction.begin();
        em.createNativeQuery("""
                        insert into survey_merge (id, version, message_id, layout, status, requested_by, started_at)
                        values (?, 0, ?, 'STACKED', 'RUNNING', ?, ?)""")
                .setParameter(1, cutOff).setParameter(2, survey.getId()).setParameter(3, Sending.OFFICER)
                .setParameter(4, java.time.OffsetDateTime.now().minusMinutes(5))
                .executeUpdate();
        transaction.commit();

        // what the server's start does (InterruptedMerges runs it as the application starts)
        assertThat(interrupted.markInterrupted()).isEqualTo(1);

        SurveyMergeRun run = As.user(Sending.OFFICER, () -> surveys.mergeRun(survey.getId(), cutOff));
        assertThat(run.getStatus()).isEqualTo(MergeStatus.INTERRUPTED);
        assertThat(run.getFinishedAt()).isNotNull();
        assertThatThrownBy(() -> As.user(Sending.OFFICER, () -> surveys.mergeFile(survey.getId(), cutOff)))
                .isInstanceOfSatisfying(OpiumException.class, e -> assertThat(e.getMessageKey()).isEqualTo("surveys.mergeNotReady"));
        assertThat(interrupted.markInterrupted()).as("nothing else was running").isZero();

        long again = As.user(Sending.OFFICER, () -> surveys.startMerge(survey.getId(), SurveyMerge.Layout.STACKED));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                As.user(Sending.OFFICER, () -> surveys.mergeRun(survey.getId(), again)).getStatus() != MergeStatus.RUNNING);
        assertThat(As.user(Sending.OFFICER, () -> surveys.mergeRuns(survey.getId())))
                .extracting(SurveyMergeRun::getStatus).containsExactly(MergeStatus.DONE, MergeStatus.INTERRUPTED);
    }
}
