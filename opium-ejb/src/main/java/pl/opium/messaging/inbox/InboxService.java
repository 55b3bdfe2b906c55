package pl.opium.messaging.inbox;

import pl.opium.files.AttachmentService;
import java.io.InputStream;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.forms.FormAnswers;
import pl.opium.forms.FormResponse;
import pl.opium.forms.FormService;
import pl.opium.identity.Caller;
import pl.opium.identity.CurrentUser;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageStatus;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.delivery.Delivery;
import pl.opium.persistence.Conflicts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The recipients' side: what was delivered to a person and to their institution, opening it (the
 * first opening at an institution marks it received), and replying. Every call is scoped to the
 * caller's deliveries: another institution's message id gets a refusal, and the attempt is audited.
 */
@Stateless
@PermitAll
public class InboxService {

    private static final List<MessageStatus> VISIBLE = List.of(MessageStatus.SENT, MessageStatus.ARCHIVED);
    /** Answers that carry files: attachments of a reply, or a form's file fields. */
    private static final java.util.Set<ReplyExpected> FILE_ANSWERS = java.util.EnumSet.of(ReplyExpected.ATTACHMENTS,
            ReplyExpected.TEXT_AND_ATTACHMENTS, ReplyExpected.FORM);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private FormService forms;

    @EJB
    private AttachmentService files;

    /**
     * Keeps a file for the caller's answer to a message (a reply's attachment, a form's file field):
     * only for someone the message was delivered to, and only where it asks for files. The check comes
     * before the file is kept, so a stranger's upload leaves nothing behind.
     */
    public Attachment storeAnswerFile(long messageId, InputStream content, String fileName) {
        Caller caller = currentUser.caller();
        Message message = answeringDelivery(caller, ownDelivery(caller, messageId)).getMessage();
        if (!FILE_ANSWERS.contains(message.getReplyExpected())) {
            throw new OpiumException("messaging.noFilesExpected");
        }
        return files.store(content, fileName);
    }

    /** One page of the caller's inbox, newest first; {@code text} searches subject and body. */
    public List<InboxItem> inbox(String text, boolean unreadOnly, int first, int max) {
        Caller caller = currentUser.caller();
        return em.createQuery("""
                        select new pl.opium.messaging.inbox.InboxItem(m.id, m.subject, u.name, m.priority, d.deliveredAt,
                            d.readAt is not null, m.replyExpected, m.replyDeadline,
                            exists (select r.id from Reply r join r.delivery rd where rd.message = m
                                    and (rd.account.id = :me or rd.institution.id = :institution)),
                            d.reminderCount)
                        from Delivery d join d.message m join m.unit u
                        where d.account.id = :me and m.status in :visible
                          and (:unreadOnly = false or d.readAt is null)
                          and (:text is null or lower(m.subject) like :text or lower(m.body) like :text)
                        order by d.deliveredAt desc, m.id desc""", InboxItem.class)
                .setParameter("me", caller.getAccountId())
                .setParameter("institution", caller.getInstitutionId() == null ? -1L : caller.getInstitutionId())
                .setParameter("visible", VISIBLE)
                .setParameter("unreadOnly", unreadOnly)
                .setParameter("text", pattern(text))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(String text, boolean unreadOnly) {
        return em.createQuery("""
                        select count(d) from Delivery d join d.message m
                        where d.account.id = :me and m.status in :visible
                          and (:unreadOnly = false or d.readAt is null)
                          and (:text is null or lower(m.subject) like :text or lower(m.body) like :text)""", Long.class)
                .setParameter("me", currentUser.caller().getAccountId())
                .setParameter("visible", VISIBLE)
                .setParameter("unreadOnly", unreadOnly)
                .setParameter("text", pattern(text))
                .getSingleResult();
    }

    /** The number on the inbox badge. */
    public long unreadCount() {
        return count(null, true);
    }

    /**
     * Opens a delivered message. The first opening by the person marks their delivery read, and the
     * first opening by anyone at the institution marks the institution's delivery received.
     */
    public ReceivedMessage open(long messageId) {
        Caller caller = currentUser.caller();
        Delivery own = ownDelivery(caller, messageId);
        Instant now = Instant.now();
        own.markRead(caller.getUsername(), now);
        Delivery answering = answeringDelivery(caller, own);
        answering.markRead(caller.getUsername(), now);
        Message message = own.getMessage();
        message.getAttachments();
        if (message.getForm() != null) {
            message.getForm().getTitle();
        }
        Optional<Reply> reply = replyOf(answering);
        reply.ifPresent(Reply::getAttachments);
        return new ReceivedMessage(message, reply.orElse(null), replyPossible(message, reply.orElse(null), now));
    }

    /**
     * Replies, or changes the reply, for the institution (or for the person where the message was
     * addressed to them personally). {@code version} is the reply's version the person saw, or null
     * for the first reply: of two people replying at once, the second is told to look again.
     */
    public Reply reply(long messageId, Long version, String text, List<Attachment> files) {
        return submit(messageId, version, text, files, false);
    }

    /**
     * The reply to a survey message: the filled copy, which the surveys feature has already checked
     * against the template (a survey cannot be answered through {@link #reply}).
     */
    public Reply replyWithSurvey(long messageId, Long version, String text, Attachment copy) {
        return submit(messageId, version, text, List.of(copy), true);
    }

    /** The survey message as its recipient sees it, for checking a copy against its template. */
    public Message surveyMessage(long messageId) {
        Message message = ownDelivery(currentUser.caller(), messageId).getMessage();
        if (message.getReplyExpected() != ReplyExpected.SURVEY) {
            throw new OpiumException("messaging.notASurvey");
        }
        message.getSurveySheets();
        return message;
    }

    /**
     * A form message as its recipient fills it: the message, the form, the institution's answers so
     * far (null before the first save) and whether they may be changed now.
     */
    public FormToFill formToFill(long messageId) {
        ReceivedMessage received = open(messageId);
        Message message = received.message();
        if (message.getReplyExpected() != ReplyExpected.FORM) {
            throw new OpiumException("messaging.notAForm");
        }
        long formId = message.getForm().getId();
        return new FormToFill(received, formId, forms.definition(formId),
                forms.myResponse(formId, message.formContext()));
    }

    /**
     * Saves the institution's answers to a form message as a draft, or submits them; a submission is
     * the institution's reply. {@code version} is the version of the answers the person loaded (null
     * before the first save); answers that do not fit the form are refused whole.
     */
    public FormResponse answerForm(long messageId, Long version, FormAnswers answers, boolean submit) {
        Caller caller = currentUser.caller();
        Delivery answering = answeringDelivery(caller, ownDelivery(caller, messageId));
        Message message = answering.getMessage();
        if (message.getReplyExpected() != ReplyExpected.FORM) {
            throw new OpiumException("messaging.notAForm");
        }
        if (message.getStatus() != MessageStatus.SENT) {
            throw new OpiumException("messaging.archivedNoReply");
        }
        Instant now = Instant.now();
        Reply reply = replyOf(answering).orElse(null);
        if (reply != null && !reply.isChangeable(message.getReplyDeadline(), now)) {
            throw new OpiumException("messaging.replyClosed");
        }
        FormResponse response = forms.save(message.getForm().getId(), message.formContext(), version, answers, submit);
        if (submit) {
            boolean first = reply == null;
            if (first) {
                reply = new Reply(answering);
            }
            reply.submit(ReplyExpected.FORM, message.getReplyDeadline(), null, List.of(), caller.getUsername(), now);
            if (first) {
                em.persist(reply);
            }
            Conflicts.flush(em);
        }
        return response;
    }

    /** The delivery the caller answers for (the institution's, or their own). */
    public Delivery answeringDelivery(long messageId) {
        Caller caller = currentUser.caller();
        return answeringDelivery(caller, ownDelivery(caller, messageId));
    }

    private Reply submit(long messageId, Long version, String text, List<Attachment> files, boolean survey) {
        Caller caller = currentUser.caller();
        Delivery answering = answeringDelivery(caller, ownDelivery(caller, messageId));
        Message message = answering.getMessage();
        if ((message.getReplyExpected() == ReplyExpected.SURVEY) != survey) {
            throw new OpiumException(survey ? "messaging.notASurvey" : "messaging.surveyByUpload");
        }
        if (message.getReplyExpected() == ReplyExpected.FORM) {
            throw new OpiumException("messaging.formOnline");
        }
        if (message.getStatus() != MessageStatus.SENT) {
            throw new OpiumException("messaging.archivedNoReply");
        }
        Reply reply = replyOf(answering).orElse(null);
        Conflicts.requireSeen(reply, version);
        boolean first = reply == null;
        if (first) {
            reply = new Reply(answering);
        }
        reply.submit(message.getReplyExpected(), message.getReplyDeadline(), text, files, caller.getUsername(),
                Instant.now());
        if (first) {
            em.persist(reply);
        }
        Conflicts.flush(em);
        return reply;
    }

    /** A file of a delivered message, for download. */
    public Attachment messageAttachment(long messageId, int position) {
        List<Attachment> files = ownDelivery(currentUser.caller(), messageId).getMessage().getAttachments();
        return Attachment.at(files, position);
    }

    /** A file of the reply the caller's institution (or the caller) gave. */
    public Attachment replyAttachment(long messageId, int position) {
        Caller caller = currentUser.caller();
        List<Attachment> files = replyOf(answeringDelivery(caller, ownDelivery(caller, messageId)))
                .map(Reply::getAttachments).orElse(List.of());
        return Attachment.at(files, position);
    }

    private static boolean replyPossible(Message message, Reply reply, Instant now) {
        return message.getStatus() == MessageStatus.SENT && message.getReplyExpected() != ReplyExpected.NONE
                && (reply == null || reply.isChangeable(message.getReplyDeadline(), now));
    }

    /** The caller's own delivery of the message, with the message, its author and unit loaded. */
    private Delivery ownDelivery(Caller caller, long messageId) {
        Delivery own = em.createQuery("""
                        select d from Delivery d
                        where d.message.id = :message and d.account.id = :me and d.message.status in :visible""",
                        Delivery.class)
                .setParameter("message", messageId)
                .setParameter("me", caller.getAccountId())
                .setParameter("visible", VISIBLE)
                .getResultStream().findFirst()
                .orElseThrow(() -> currentUser.refusal(caller, "Message " + messageId));
        em.createQuery("select m from Message m join fetch m.author join fetch m.unit where m.id = :id", Message.class)
                .setParameter("id", messageId)
                .getSingleResult();
        return own;
    }

    /** The institution's delivery where the message reached the person through their institution. */
    private Delivery answeringDelivery(Caller caller, Delivery own) {
        if (caller.getInstitutionId() == null) {
            return own;
        }
        return em.createQuery("select d from Delivery d where d.message = :message and d.institution.id = :institution",
                        Delivery.class)
                .setParameter("message", own.getMessage())
                .setParameter("institution", caller.getInstitutionId())
                .getResultStream().findFirst()
                .orElse(own);
    }

    private Optional<Reply> replyOf(Delivery delivery) {
        return em.createQuery("select r from Reply r where r.delivery = :delivery", Reply.class)
                .setParameter("delivery", delivery)
                .getResultStream().findFirst();
    }

    public static String pattern(String text) {
        return text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
}
