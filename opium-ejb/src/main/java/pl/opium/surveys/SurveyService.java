package pl.opium.surveys;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.files.AttachmentService;
import pl.opium.files.FileRefusedException;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.messaging.Message;
import pl.opium.messaging.SurveySheet;
import pl.opium.messaging.board.StatusBoardService;
import pl.opium.messaging.delivery.Delivery;
import pl.opium.messaging.inbox.InboxService;
import pl.opium.messaging.inbox.Reply;
import pl.opium.persistence.Conflicts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Surveys in the server: the author's template, institutions' copies checked on upload (a copy that
 * is not a plain workbook is refused and nothing is kept), the author's decisions on copies that
 * differ, and merges run in the background with their files kept for download.
 */
@Stateless
@PermitAll
public class SurveyService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private AttachmentService files;

    @EJB
    private InboxService inbox;

    @EJB
    private StatusBoardService board;

    @EJB
    private SurveyMerger merger;

    @EJB
    private MergeProgress progress;

    /** The structure a template suggests (its visible sheets with content); refuses a file that is no plain workbook. */
    @RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
    public List<SheetStructure> propose(Attachment template) {
        return SurveyTemplate.proposeStructure(files.path(template));
    }

    /**
     * An institution's filled copy: refused outright if it is not a plain workbook (nothing is kept);
     * otherwise checked against the template, kept as the reply's file and recorded with its
     * differences, the previous copy becoming history.
     */
    public SurveyCopy upload(long messageId, Long replyVersion, String text, InputStream content, String fileName) {
        Message message = inbox.surveyMessage(messageId);
        Path temp = null;
        try {
            temp = Files.createTempFile("opium-survey-", ".upload");
            copyLimited(content, temp, fileName);
            SurveyWorkbooks.prepare(temp);
            SurveyCheck.Result check = SurveyCheck.check(template(message), temp);
            Attachment stored;
            try (InputStream in = Files.newInputStream(temp)) {
                stored = files.store(in, fileName);
            }
            Reply reply = inbox.replyWithSurvey(messageId, replyVersion, text, stored);
            Delivery delivery = reply.getDelivery();
            for (SurveyCopy previous : copiesOf(delivery)) {
                previous.supersede();
            }
            SurveyCopy copy = new SurveyCopy(delivery, stored, currentUser.caller().getUsername(), Instant.now(), check);
            em.persist(copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The copies the caller's institution sent for the message, newest first. */
    public List<SurveyCopy> myCopies(long messageId) {
        return loaded(copiesOf(inbox.answeringDelivery(messageId)));
    }

    /** The current copy of each recipient that sent one, for the author's board. */
    @RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
    public List<SurveyCopy> currentCopies(long messageId) {
        Message message = board.followed(messageId);
        return loaded(em.createQuery("""
                        select c from SurveyCopy c join fetch c.delivery
                        where c.delivery.message = :message and c.current = true""", SurveyCopy.class)
                .setParameter("message", message)
                .getResultList());
    }

    /**
     * The author accepts a copy that differs from the template, or rejects it: the reply is then sent
     * back for correction with the comment.
     */
    @RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
    public void decide(long messageId, long copyId, long version, boolean accept, String comment) {
        Message message = board.followed(messageId);
        SurveyCopy copy = em.find(SurveyCopy.class, copyId);
        if (copy == null || !copy.getDelivery().getMessage().equals(message)) {
            throw currentUser.refusal(currentUser.caller(), "SurveyCopy " + copyId);
        }
        Conflicts.requireSeen(copy, version);
        copy.decide(accept, currentUser.caller().getUsername(), Instant.now());
        if (!accept) {
            board.reopen(messageId, copy.getDelivery().getId(), comment);
        }
        em.flush();
    }

    /**
     * Starts a merge in the background and returns its id at once; {@link #mergeRun} and
     * {@link #progress} tell how far it is. Runs outside a transaction so that the run's record is
     * committed before the background work looks for it.
     */
    @RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long startMerge(long messageId, SurveyMerge.Layout layout) {
        long runId = merger.register(messageId, layout);
        merger.run(runId);
        return runId;
    }

    /** A merge of a message the caller may follow. */
    @RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
    public SurveyMergeRun mergeRun(long messageId, long runId) {
        Message message = board.followed(messageId);
        SurveyMergeRun run = em.find(SurveyMergeRun.class, runId);
        if (run == null || !run.getMessage().equals(message)) {
            throw currentUser.refusal(currentUser.caller(), "SurveyMergeRun " + runId);
        }
        return run;
    }

    /** Per cent of the copies a running merge has read (100 once it is written). */
    public int progress(long runId) {
        return progress.percent(runId);
    }

    /** The message's merges, newest first. */
    @RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
    public List<SurveyMergeRun> mergeRuns(long messageId) {
        Message message = board.followed(messageId);
        return em.createQuery("select r from SurveyMergeRun r where r.message = :message order by r.startedAt desc",
                        SurveyMergeRun.class)
                .setParameter("message", message)
                .getResultList();
    }

    /** Writes a finished merge's file. */
    @RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
    public Attachment mergeFile(long messageId, long runId) {
        SurveyMergeRun run = mergeRun(messageId, runId);
        if (run.getStatus() != MergeStatus.DONE) {
            throw new OpiumException("surveys.mergeNotReady");
        }
        return run.getFile();
    }

    /** The template of a survey the caller received. */
    public Attachment receivedTemplate(long messageId) {
        return inbox.surveyMessage(messageId).getSurveyTemplate();
    }

    /** Copies the upload, refusing it as soon as it passes the attachment limit. */
    private void copyLimited(InputStream content, Path target, String fileName) throws IOException {
        long limit = files.maxBytes();
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = content.read(buffer)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw new FileRefusedException("files.tooLarge", limit / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw new FileRefusedException("files.empty", fileName);
            }
        }
    }

    SurveyTemplate template(Message message) {
        if (message.getSurveyTemplate() == null) {
            throw new OpiumException("messaging.surveyNeedsTemplate");
        }
        return SurveyTemplate.read(files.path(message.getSurveyTemplate()), structure(message.getSurveySheets()));
    }

    static List<SheetStructure> structure(List<SurveySheet> sheets) {
        return sheets.stream().map(s -> new SheetStructure(s.getSheetName(), s.getHeaderRows())).toList();
    }

    private List<SurveyCopy> copiesOf(Delivery delivery) {
        return em.createQuery("select c from SurveyCopy c where c.delivery = :delivery order by c.uploadedAt desc, c.id desc",
                        SurveyCopy.class)
                .setParameter("delivery", delivery)
                .getResultList();
    }

    private static List<SurveyCopy> loaded(List<SurveyCopy> copies) {
        copies.forEach(SurveyCopy::getDifferences);
        return copies;
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the server's temp directory
            }
        }
    }
}
