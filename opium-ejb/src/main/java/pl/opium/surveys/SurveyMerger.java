package pl.opium.surveys;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.Texts;
import pl.opium.files.Attachment;
import pl.opium.files.AttachmentService;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.messaging.Message;
import pl.opium.messaging.board.BoardRow;
import pl.opium.messaging.board.StatusBoardService;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a merge in the background: reads what to merge in one short transaction, merges with no
 * transaction open (it takes seconds), and stores the file and the outcome in another.
 */
@Stateless
@RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
public class SurveyMerger {

    private static final Logger LOG = Logger.getLogger(SurveyMerger.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private StatusBoardService board;

    @EJB
    private AttachmentService files;

    @EJB
    private MergeProgress progress;

    @Resource
    private SessionContext context;

    /** Two tasks read the copies while this bean's thread writes the merged workbook; one helps compress it at the end. */
    @Resource
    private ManagedExecutorService executor;

    /** What one merge reads. */
    record Inputs(String subject, List<SheetStructure> structure, Attachment template, SurveyMerge.Layout layout,
                  List<SurveyMerge.Source> sources, List<SurveyMerge.Absent> absent) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long register(long messageId, SurveyMerge.Layout layout) {
        Message message = board.followed(messageId);
        if (message.getSurveyTemplate() == null) {
            throw new pl.opium.OpiumException("messaging.notASurvey");
        }
        SurveyMergeRun run = new SurveyMergeRun(message, layout, currentUser.caller().getUsername(), Instant.now());
        em.persist(run);
        return run.getId();
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long runId) {
        SurveyMerger self = context.getBusinessObject(SurveyMerger.class);
        Path temp = null;
        try {
            Inputs inputs = self.inputs(runId);
            SurveyTemplate template = SurveyTemplate.read(files.path(inputs.template()), inputs.structure());
            temp = Files.createTempFile("opium-merge-", ".xlsx");
            long start = System.nanoTime();
            SurveyMerge.Summary summary;
            try (OutputStream out = Files.newOutputStream(temp)) {
                summary = new SurveyMerge(executor).write(inputs.subject(), template, inputs.sources(), inputs.absent(),
                        inputs.layout(), out, (done, total) -> progress.set(runId, done * 99 / Math.max(total, 1)));
            }
            Attachment result;
            try (InputStream in = Files.newInputStream(temp)) {
                result = files.storeGenerated(in, inputs.subject() + " - scalone.xlsx");
            }
            self.finish(runId, result, summary);
            LOG.info(() -> String.format("Survey merge %d: %d copies, %d rows in %d ms", runId, summary.sources(),
                    summary.rows(), (System.nanoTime() - start) / 1_000_000));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Survey merge " + runId + " failed", e);
            self.fail(runId);
        } finally {
            progress.forget(runId);
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // removed with the server's temp directory
                }
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Inputs inputs(long runId) {
        SurveyMergeRun run = em.find(SurveyMergeRun.class, runId);
        Message message = board.followed(run.getMessage().getId());
        Map<Long, SurveyCopy> copies = new HashMap<>();
        em.createQuery("select c from SurveyCopy c join fetch c.delivery where c.delivery.message = :message and c.current = true",
                        SurveyCopy.class)
                .setParameter("message", message)
                .getResultList()
                .forEach(copy -> copies.put(copy.getDelivery().getId(), copy));
        Map<Long, String> rspo = new HashMap<>();
        em.createQuery("select d.id, i.rspoNumber from Delivery d join d.institution i where d.message = :message",
                        Object[].class)
                .setParameter("message", message)
                .getResultList()
                .forEach(row -> rspo.put((Long) row[0], (String) row[1]));
        List<SurveyMerge.Source> sources = new ArrayList<>();
        List<SurveyMerge.Absent> absent = new ArrayList<>();
        for (BoardRow row : board.board(message.getId()).getRows()) {
            SurveyCopy copy = copies.get(row.deliveryId());
            String number = rspo.get(row.deliveryId());
            if (copy != null && copy.getVerdict().isMerged()) {
                sources.add(new SurveyMerge.Source(row.recipient(), number, copy.getUploadedAt(),
                        files.path(copy.getFile())));
            } else {
                absent.add(new SurveyMerge.Absent(row.recipient(), number, absence(copy)));
            }
        }
        return new Inputs(message.getSubject(), SurveyService.structure(message.getSurveySheets()),
                message.getSurveyTemplate(), run.getLayout(), sources, absent);
    }

    private static String absence(SurveyCopy copy) {
        if (copy == null) {
            return Texts.get("survey.status.noReply");
        }
        return Texts.get(copy.getVerdict() == CopyVerdict.REJECTED ? "survey.status.rejected" : "survey.status.differs");
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long runId, Attachment result, SurveyMerge.Summary summary) {
        em.find(SurveyMergeRun.class, runId).done(result, summary, Instant.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long runId) {
        SurveyMergeRun run = em.find(SurveyMergeRun.class, runId);
        if (run != null) {
            run.failed(Instant.now());
        }
    }
}
