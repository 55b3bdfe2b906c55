package pl.opium.messaging.board;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.identity.Caller;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.MessageStatus;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.delivery.Delivery;
import pl.opium.messaging.inbox.Reply;
import pl.opium.messaging.inbox.ReplyStatus;
import pl.opium.notifications.Notice;
import pl.opium.notifications.NoticeKind;
import pl.opium.persistence.Conflicts;
import pl.opium.workflow.StateChanged;
import pl.opium.workflow.WorkflowHistory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The author's side of a sent message: who received, read and replied; reminders; the deadline;
 * sending a reply back for correction. Only the author, the head of the author's unit and the
 * director may follow a message ({@link #followed}); the downloads ({@link BoardDownloads}) and a form
 * message's answers ({@link FormResultsService}) check the same.
 */
@Stateless
@RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
public class StatusBoardService {

    static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private WorkflowHistory history;

    @Inject
    private Event<Notice> notices;

    public Board board(long messageId) {
        Message message = followed(messageId);
        return new Board(BoardQueries.rows(em, message), em.createQuery(
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
        Conflicts.requireSeen(message, version);
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
        Reply reply = BoardQueries.replyOf(em, message, deliveryId)
                .orElseThrow(() -> new OpiumException("messaging.noReply"));
        reply.reopen();
        Caller caller = currentUser.caller();
        history.record(new StateChanged("Reply", reply.getId(), "REOPEN", ReplyStatus.SUBMITTED.name(),
                ReplyStatus.REOPENED.name(), caller.getUsername(), Instant.now(), comment.strip()));
        notices.fire(new Notice(NoticeKind.REMINDER, messageId, message.getSubject(), message.getUnit().getName(),
                message.getReplyDeadline(), accountsBehind(message, List.of(deliveryId))));
    }

    /** A reply as the author reads it on the board. */
    public Reply reply(long messageId, long deliveryId) {
        Message message = followed(messageId);
        Reply reply = BoardQueries.replyOf(em, message, deliveryId)
                .orElseThrow(() -> new OpiumException("messaging.noReply"));
        reply.getAttachments();
        return reply;
    }

    private int remind(Message message, ReminderKind kind, String by) {
        if (message.getStatus() != MessageStatus.SENT || message.getReplyExpected() == ReplyExpected.NONE) {
            throw new OpiumException("messaging.nothingToRemind");
        }
        List<Long> waiting = BoardQueries.rows(em, message).stream().filter(BoardRow::isWaiting).map(BoardRow::deliveryId).toList();
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
