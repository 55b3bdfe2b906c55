package pl.opium.demo;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import pl.opium.files.Attachment;
import pl.opium.files.AttachmentService;
import pl.opium.forms.FieldType;
import pl.opium.forms.FormAnswers;
import pl.opium.forms.FormDefinition;
import pl.opium.forms.FormField;
import pl.opium.forms.FormSection;
import pl.opium.forms.FormService;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageAction;
import pl.opium.messaging.MessageDraft;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.Priority;
import pl.opium.messaging.Recipient;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.SurveySheet;
import pl.opium.messaging.board.StatusBoardService;
import pl.opium.messaging.inbox.InboxService;
import pl.opium.messaging.inbox.ReceivedMessage;
import pl.opium.surveys.SurveyCopy;
import pl.opium.surveys.SurveyMerge;
import pl.opium.surveys.SurveyService;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo city at work, told through the services its people use, each step as the person who takes
 * it (signed in by {@link DemoUsers}): the preschool unit's messages in every state of the approval
 * chain, one answered by some preschools, read by others, reminded and one answer sent back; a form
 * with answers; a survey with copies that match, one that differs and a finished merge; a preschool
 * recruitment in verification and a secondary one at its end, a tie decided and an appeal made
 * ({@link DemoRecruitment}). It runs once,
 * after the first start has made the city ({@link DemoCity}), in steps of their own transactions, as the
 * delivery of a sent message happens after its approval commits.
 */
@Singleton
@PermitAll // called by the demo city only; each step is taken as a demo user, whose roles the services check
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoStory {

    /** The system property that leaves the story out (the tests tell it themselves, once). */
    public static final String ENABLED_PROPERTY = "opium.demo.story";

    static final String OFFICER = "pracownik.prz";
    static final String HEAD = "kierownik.prz";
    private static final Logger LOG = Logger.getLogger(DemoStory.class.getName());
    private static final int WAIT_SECONDS = 60;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TimerService timers;

    @EJB
    private MessageService messages;

    @EJB
    private InboxService inbox;

    @EJB
    private StatusBoardService boards;

    @EJB
    private FormService forms;

    @EJB
    private SurveyService surveys;

    @EJB
    private AttachmentService files;

    @EJB
    private DemoRecruitment recruitment;

    /** Tells the story shortly after the transaction that made the city commits (a timer starts only then). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void tellAfterCommit() {
        if (!"false".equals(System.getProperty(ENABLED_PROPERTY))) {
            timers.createSingleActionTimer(1_000, new TimerConfig("demo story", false));
        }
    }

    @Timeout
    void timeout(Timer timer) {
        long start = System.nanoTime();
        try {
            tell();
            LOG.info(String.format("Demo story told in %d ms", (System.nanoTime() - start) / 1_000_000));
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "The demo story stopped: " + e, e);
        }
    }

    /** The whole story; what it returns names what it made, for a test to look at. */
    public Told tell() {
        List<Recipient> preschools = preschools(5, 12);
        Message draft = as(OFFICER, () -> messages.createDraft(draft("Plan wycieczek na wiosnę",
                "<p>Prosimy o plan wycieczek przedszkolnych na marzec–czerwiec.</p>", ReplyExpected.NONE, preschools)));
        Message returned = submitted("Szkolenie z pierwszej pomocy", ReplyExpected.NONE, preschools);
        Message returnedNow = as(HEAD, () -> messages.perform(returned.getId(), returned.getVersion(), MessageAction.RETURN,
                "Proszę dopisać termin i miejsce szkolenia."));
        Message waiting = submitted("Dyżury wakacyjne 2027", ReplyExpected.TEXT, preschools);

        Message info = sent(draft("Zmiana godzin pracy Wydziału w grudniu",
                "<p>W dniach 24 i 31 grudnia Wydział pracuje do 12:00.</p>", ReplyExpected.NONE, preschools));
        Message question = sent(draft("Liczba dzieci z orzeczeniem",
                "<p>Prosimy o podanie liczby dzieci z orzeczeniem o potrzebie kształcenia specjalnego.</p>",
                ReplyExpected.TEXT, preschools));
        awaitDelivered(info, "p05.dyrektor");
        awaitDelivered(question, "p05.dyrektor");
        for (String reader : List.of("p05.dyrektor", "p06.sekretariat", "p07.dyrektor")) {
            as(reader, () -> inbox.open(info.getId()));
        }
        String[] answers = {"3 dzieci", "Brak", "5 dzieci, w tym 2 z autyzmem", "1 dziecko"};
        for (int i = 0; i < answers.length; i++) {
            String director = "p%02d.dyrektor".formatted(5 + i);
            String answer = answers[i];
            as(director, () -> inbox.reply(question.getId(), null, answer, List.of()));
        }
        as("p09.sekretariat", () -> inbox.open(question.getId()));
        as(OFFICER, () -> boards.remind(question.getId()));
        long sentBack = board(question).rows().stream().filter(row -> "Brak".equals(row.replyText()))
                .findFirst().orElseThrow().deliveryId();
        as(OFFICER, () -> boards.reopen(question.getId(), sentBack,
                "Proszę sprawdzić: w zeszłym roku przedszkole miało dwoje takich dzieci."));

        Message form = formMessage(preschools);
        Message survey = surveyMessage(preschools);
        long preschoolCampaign = recruitment.preschoolCampaignInVerification();
        long secondary = recruitment.secondaryCampaignWithAnAppeal();
        return new Told(draft.getId(), returnedNow.getId(), waiting.getId(), info.getId(), question.getId(), form.getId(),
                survey.getId(), preschoolCampaign, secondary);
    }

    /** The ids of what the story made. */
    public record Told(long draft, long returned, long waiting, long info, long question, long form, long survey,
                       long preschoolCampaign, long secondaryCampaign) {
    }

    private pl.opium.messaging.board.Board board(Message message) {
        return as(OFFICER, () -> boards.board(message.getId()));
    }

    private Message formMessage(List<Recipient> preschools) {
        FormDefinition definition = new FormDefinition("Wyżywienie w przedszkolu", List.of(new FormSection("Stołówka",
                "Stan na 1 grudnia", List.of(
                        new FormField("posilki", "Posiłki wydawane dziennie", null, FieldType.INTEGER, true,
                                BigDecimal.ZERO, BigDecimal.valueOf(2_000), null, List.of(), null),
                        FormField.choice("dostawca", "Kto przygotowuje posiłki", FieldType.SINGLE_CHOICE, true,
                                "własna kuchnia", "firma cateringowa"),
                        FormField.of("dieta", "Diety eliminacyjne", FieldType.YES_NO, true)))));
        long formId = as(OFFICER, () -> forms.create(definition).getId());
        Message form = sent(new MessageDraft("Ankieta: wyżywienie w przedszkolach", "<p>Prosimy o wypełnienie formularza.</p>",
                Priority.NORMAL, ReplyExpected.FORM, LocalDate.now().plusDays(10), false, preschools, List.of(), null,
                List.of(), formId));
        awaitDelivered(form, "p05.dyrektor");
        Object[][] given = {{120L, "własna kuchnia", true}, {95L, "firma cateringowa", false},
                {140L, "własna kuchnia", true}, {60L, "firma cateringowa", true}, {110L, "własna kuchnia", false}};
        for (int i = 0; i < given.length; i++) {
            Object[] row = given[i];
            FormAnswers answers = new FormAnswers().put("posilki", row[0]).put("dostawca", row[1]).put("dieta", row[2]);
            as("p%02d.dyrektor".formatted(5 + i), () -> inbox.answerForm(form.getId(), null, answers, true));
        }
        return form;
    }

    private Message surveyMessage(List<Recipient> preschools) {
        Attachment template = as(OFFICER, () -> files.store(new ByteArrayInputStream(workbook("Liczba dzieci")),
                "oddzialy-przedszkolne.xlsx"));
        Message survey = sent(new MessageDraft("Arkusz: oddziały przedszkolne 2026/27",
                "<p>Prosimy o wypełnienie arkusza w załączonym szablonie.</p>", Priority.HIGH, ReplyExpected.SURVEY,
                LocalDate.now().plusDays(14), false, preschools, List.of(), template,
                List.of(new SurveySheet("Oddziały", 1)), null));
        awaitDelivered(survey, "p05.dyrektor");
        upload("p05.dyrektor", survey, workbook("Liczba dzieci", "Motylki", 25, "Biedronki", 24), "p05.xlsx");
        upload("p06.dyrektor", survey, workbook("Liczba dzieci", "Słoneczka", 22), "p06.xlsx");
        upload("p07.dyrektor", survey, workbook("Liczba dzieci", "Żabki", 25, "Misie", 23, "Krasnale", 20), "p07.xlsx");
        SurveyCopy differing = upload("p08.dyrektor", survey, workbook("Dzieci", "Pszczółki", 21), "p08.xlsx");
        as(OFFICER, () -> surveys.decide(survey.getId(), differing.getId(), differing.getVersion(), true,
                "Inny nagłówek kolumny, dane poprawne."));
        as(OFFICER, () -> surveys.startMerge(survey.getId(), SurveyMerge.Layout.STACKED));
        return survey;
    }

    private SurveyCopy upload(String user, Message survey, byte[] content, String name) {
        return as(user, () -> surveys.upload(survey.getId(), null, null, new ByteArrayInputStream(content), name));
    }

    /** A sheet of preschool groups with their number of children, as the template and the copies have it. */
    private static byte[] workbook(String header, Object... groups) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Oddziały");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("Oddział");
            head.createCell(1).setCellValue(header);
            for (int i = 0; i < groups.length; i += 2) {
                Row row = sheet.createRow(i / 2 + 1);
                row.createCell(0).setCellValue((String) groups[i]);
                row.createCell(1).setCellValue(((Number) groups[i + 1]).doubleValue());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MessageDraft draft(String subject, String body, ReplyExpected reply, List<Recipient> to) {
        return new MessageDraft(subject, body, Priority.NORMAL, reply,
                reply == ReplyExpected.NONE ? null : LocalDate.now().plusDays(7), false, to);
    }

    private Message submitted(String subject, ReplyExpected reply, List<Recipient> to) {
        Message written = as(OFFICER, () -> messages.createDraft(draft(subject, "<p>" + subject + ".</p>", reply, to)));
        return as(OFFICER, () -> messages.perform(written.getId(), written.getVersion(), MessageAction.SUBMIT, null));
    }

    /** Written and submitted by the officer, approved by the head of unit: sent. */
    private Message sent(MessageDraft draft) {
        Message written = as(OFFICER, () -> messages.createDraft(draft));
        Message submitted = as(OFFICER, () -> messages.perform(written.getId(), written.getVersion(), MessageAction.SUBMIT,
                null));
        return as(HEAD, () -> messages.perform(submitted.getId(), submitted.getVersion(), MessageAction.APPROVE, null));
    }

    /**
     * Waits until the message reached the person's institution. Delivery runs on the JMS queue in a
     * transaction of its own, after the approval commits, and tells nobody in this thread: the story asks
     * the recipient's inbox every 200 ms, for at most a minute, as a person refreshing the page would.
     */
    private void awaitDelivered(Message message, String recipient) {
        long deadline = System.nanoTime() + WAIT_SECONDS * 1_000_000_000L;
        while (true) {
            try {
                ReceivedMessage received = as(recipient, () -> inbox.open(message.getId()));
                if (received != null) {
                    return;
                }
            } catch (RuntimeException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Preschools p{from}…p{to}, by their directors' institution. */
    private List<Recipient> preschools(int from, int to) {
        return em.createQuery("""
                        select u.institution.id from UserAccount u where u.username in :directors
                        order by u.username""", Long.class)
                .setParameter("directors", java.util.stream.IntStream.rangeClosed(from, to)
                        .mapToObj(n -> "p%02d.dyrektor".formatted(n)).toList())
                .getResultList().stream().map(id -> (Recipient) new Recipient.Institution(id)).toList();
    }

    private static <T> T as(String username, java.util.concurrent.Callable<T> action) {
        return DemoUsers.as(username, action);
    }

    private static void as(String username, Runnable action) {
        DemoUsers.as(username, action);
    }
}
