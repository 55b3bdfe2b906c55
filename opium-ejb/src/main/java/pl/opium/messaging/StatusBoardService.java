package pl.opium.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.io.output.CloseShieldOutputStream;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.files.AttachmentService;
import pl.opium.forms.FormService;
import pl.opium.identity.Caller;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.notifications.Notice;
import pl.opium.notifications.NoticeKind;
import pl.opium.registry.GroupResolver;
import pl.opium.workflow.StateChanged;
import pl.opium.workflow.WorkflowHistory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The author's side of a sent message: who received, read and replied; reminders; the deadline;
 * sending a reply back for correction; the board as XLSX; and all replies as one ZIP. Only the
 * author, the head of the author's unit and the director may follow a message.
 */
@Stateless
@RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
public class StatusBoardService {

    static final String SUMMARY_NAME = "00 - podsumowanie.xlsx";
    static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private FormService forms;

    @EJB
    private WorkflowHistory history;

    @EJB
    private AttachmentService files;

    @Inject
    private Event<Notice> notices;

    public Board board(long messageId) {
        Message message = followed(messageId);
        return new Board(rows(message), em.createQuery(
                        "select r from Reminder r where r.message = :message order by r.sentAt", Reminder.class)
                .setParameter("message", message)
                .getResultList());
    }

    /** One click: reminds everyone who still owes a reply. Returns how many were reminded. */
    public int remind(long messageId) {
        Message message = followed(messageId);
        return remind(message, ReminderKind.MANUAL, currentUser.caller().getUsername());
    }

    /** An automatic reminder, in its own transaction so one message's failure does not stop the others. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remindAutomatically(long messageId, ReminderKind kind) {
        Message message = em.find(Message.class, messageId);
        return message == null ? 0 : remind(message, kind, SYSTEM);
    }

    public Message changeDeadline(long messageId, long version, LocalDate deadline) {
        Message message = followed(messageId);
        if (message.getVersion() != version) {
            throw new OpiumException("concurrentModification");
        }
        LocalDate before = message.getReplyDeadline();
        message.changeDeadline(deadline, LocalDate.now(Reply.POLAND));
        Caller caller = currentUser.caller();
        history.record(new StateChanged(MessageService.SUBJECT_TYPE, messageId, "CHANGE_DEADLINE",
                message.getStatus().name(), message.getStatus().name(), caller.getUsername(), Instant.now(),
                before + " → " + deadline));
        em.flush();
        return message;
    }

    /** Sends one recipient's reply back for correction, with a comment saying what to fix. */
    public void reopen(long messageId, long deliveryId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new OpiumException("messaging.reopenNeedsComment");
        }
        Message message = followed(messageId);
        Reply reply = replyOf(message, deliveryId)
                .orElseThrow(() -> new OpiumException("messaging.noReply"));
        reply.reopen();
        Caller caller = currentUser.caller();
        history.record(new StateChanged("Reply", reply.getId(), "REOPEN", ReplyStatus.SUBMITTED.name(),
                ReplyStatus.REOPENED.name(), caller.getUsername(), Instant.now(), comment.strip()));
        notices.fire(new Notice(NoticeKind.REMINDER, messageId, message.getSubject(), message.getUnit().getName(),
                message.getReplyDeadline(), accountsBehind(message, List.of(deliveryId))));
    }

    /** The submitted answers to a form message, by institution, with the form. */
    public FormResults formResults(long messageId) {
        Message message = formMessage(messageId);
        long formId = message.getForm().getId();
        return new FormResults(message.getSubject(), forms.definition(formId),
                forms.submissions(formId, message.formContext()));
    }

    /** The submitted answers to a form message as XLSX or CSV: a row per institution or, given a table, per table row. */
    public void exportFormAnswers(long messageId, String tableKey, boolean csv, OutputStream out) throws IOException {
        Message message = formMessage(messageId);
        forms.export(message.getForm().getId(), message.formContext(), tableKey, csv, out);
    }

    /** A file an institution (by RSPO number) gave in a form message's file field. */
    public Attachment formFile(long messageId, String rspo, String key) {
        return formResults(messageId).submissions().stream()
                .filter(submission -> java.util.Objects.equals(submission.rspo(), rspo))
                .map(submission -> submission.answers().get(key))
                .filter(Attachment.class::isInstance).map(Attachment.class::cast)
                .findFirst().orElseThrow(() -> new OpiumException("files.missing"));
    }

    private Message formMessage(long messageId) {
        Message message = followed(messageId);
        if (message.getReplyExpected() != ReplyExpected.FORM) {
            throw new OpiumException("messaging.notAForm");
        }
        return message;
    }

    /** The board as an Excel file. */
    public void exportBoard(long messageId, OutputStream out) throws IOException {
        Message message = followed(messageId);
        BoardWorkbook.write(message.getSubject(), rows(message), out);
    }

    /**
     * Every reply file in one ZIP, renamed {@code <recipient> - <subject> - <file>}, and a summary
     * sheet. Files are copied from the store in 64 kB steps, so memory does not grow with their
     * number or size.
     */
    public void writeRepliesZip(long messageId, OutputStream out) throws IOException {
        Message message = followed(messageId);
        List<BoardRow> rows = rows(message);
        Map<Long, String> names = rows.stream().collect(Collectors.toMap(BoardRow::deliveryId, BoardRow::recipient));
        ZipNames zipNames = new ZipNames();
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(zipNames.reserve(SUMMARY_NAME)));
        BoardWorkbook.write(message.getSubject(), rows, CloseShieldOutputStream.wrap(zip));
        zip.closeEntry();
        try (Stream<Object[]> attachments = em.createQuery("""
                        select r.delivery.id, a from Reply r join r.attachments a
                        where r.delivery.message = :message order by r.delivery.id, index(a)""", Object[].class)
                .setParameter("message", message)
                .getResultStream()) {
            for (Object[] row : (Iterable<Object[]>) attachments::iterator) {
                Attachment file = (Attachment) row[1];
                ZipEntry entry = new ZipEntry(zipNames.name(names.get((Long) row[0]), message.getSubject(),
                        file.getFileName()));
                zip.putNextEntry(entry);
                try (InputStream in = files.open(file)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    /** A file of one recipient's reply, for the author to open from the board. */
    public Attachment replyAttachment(long messageId, long deliveryId, int position) {
        Message message = followed(messageId);
        List<Attachment> attachments = replyOf(message, deliveryId)
                .map(Reply::getAttachments).orElse(List.of());
        return Attachment.at(attachments, position);
    }

    /** A reply as the author reads it on the board. */
    public Reply reply(long messageId, long deliveryId) {
        Message message = followed(messageId);
        Reply reply = replyOf(message, deliveryId)
                .orElseThrow(() -> new OpiumException("messaging.noReply"));
        reply.getAttachments();
        return reply;
    }

    /** The reply behind one of the message's deliveries (a delivery id of another message finds nothing). */
    private Optional<Reply> replyOf(Message message, long deliveryId) {
        return em.createQuery("select r from Reply r where r.delivery.id = :delivery and r.delivery.message = :message",
                        Reply.class)
                .setParameter("delivery", deliveryId)
                .setParameter("message", message)
                .getResultStream().findFirst();
    }

    private int remind(Message message, ReminderKind kind, String by) {
        if (message.getStatus() != MessageStatus.SENT || message.getReplyExpected() == ReplyExpected.NONE) {
            throw new OpiumException("messaging.nothingToRemind");
        }
        List<Long> waiting = rows(message).stream().filter(BoardRow::isWaiting).map(BoardRow::deliveryId).toList();
        Instant now = Instant.now();
        List<Long> accounts = accountsBehind(message, waiting);
        if (!waiting.isEmpty()) {
            em.createQuery("select d from Delivery d where d.id in :ids or (d.message = :message and d.account.id in :accounts)",
                            Delivery.class)
                    .setParameter("ids", waiting)
                    .setParameter("message", message)
                    .setParameter("accounts", accounts.isEmpty() ? List.of(-1L) : accounts)
                    .getResultList()
                    .forEach(delivery -> delivery.remind(now));
        }
        em.persist(new Reminder(message, kind, by, waiting.size(), now));
        notices.fire(new Notice(NoticeKind.REMINDER, message.getId(), message.getSubject(), message.getUnit().getName(),
                message.getReplyDeadline(), accounts));
        return waiting.size();
    }

    /** The people a delivery reaches: the person, or everyone at the institution who received the message. */
    private List<Long> accountsBehind(Message message, List<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select distinct p.account.id from Delivery p, Delivery d
                        where d.id in :ids and p.message = :message and p.account is not null
                          and (p.id = d.id or p.account.institution.id = d.institution.id)""", Long.class)
                .setParameter("ids", deliveryIds)
                .setParameter("message", message)
                .getResultList();
    }

    /**
     * Institutions, then people addressed directly (not through an institution that also received
     * the message), sorted by name the Polish way.
     */
    private List<BoardRow> rows(Message message) {
        List<BoardRow> rows = new ArrayList<>(em.createQuery("""
                        select new pl.opium.messaging.BoardRow(d.id, i.shortName, true, d.deliveredAt, d.readAt, d.readBy,
                            r.id, r.submittedAt, coalesce(r.late, false), r.status, r.text, d.reminderCount)
                        from Delivery d join d.institution i left join Reply r on r.delivery = d
                        where d.message = :message""", BoardRow.class)
                .setParameter("message", message)
                .getResultList());
        rows.addAll(em.createQuery("""
                        select new pl.opium.messaging.BoardRow(d.id, concat(a.lastName, ' ', a.firstName), false,
                            d.deliveredAt, d.readAt, d.readBy, r.id, r.submittedAt, coalesce(r.late, false), r.status,
                            r.text, d.reminderCount)
                        from Delivery d join d.account a left join Reply r on r.delivery = d
                        where d.message = :message and not exists (select o.id from Delivery o
                            where o.message = :message and o.institution.id = a.institution.id)""", BoardRow.class)
                .setParameter("message", message)
                .getResultList());
        rows.sort(Comparator.comparing(BoardRow::recipient, GroupResolver.POLISH));
        return rows;
    }

    /** The message, if the caller may follow it and it has been sent; otherwise a refusal, audited. */
    public Message followed(long messageId) {
        Caller caller = currentUser.caller();
        Message message = em.createQuery("select m from Message m join fetch m.unit where m.id = :id", Message.class)
                .setParameter("id", messageId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new OpiumException("messaging.notFound", messageId));
        if (!caller.canFollowWorkOf(message.authorId(), message.authorUnitId())) {
            throw currentUser.refusal(caller, "Message " + messageId);
        }
        if (message.getSentAt() == null) {
            throw new OpiumException("messaging.notSent");
        }
        return message;
    }
}
