package pl.opium.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.identity.Caller;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.identity.UserAccount;
import pl.opium.registry.DepartmentUnit;
import pl.opium.workflow.Actor;
import pl.opium.workflow.StateChanged;
import pl.opium.workflow.TransitionRecord;
import pl.opium.workflow.WorkflowHistory;

import java.time.Instant;
import java.util.List;

/**
 * Writing messages and moving them along the approval chain. Each action names the version of the
 * message the person saw: when two approvers act at once, the second is told that the message has
 * changed instead of acting on a state they never saw.
 */
@Stateless
@RolesAllowed({Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
public class MessageService {

    static final String SUBJECT_TYPE = "Message";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private WorkflowHistory history;

    @Inject
    private DeliveryQueue deliveryQueue;

    public Message createDraft(MessageDraft draft) {
        Caller caller = currentUser.caller();
        if (!caller.isDepartmentUser()) {
            throw new OpiumException("identity.accessDenied");
        }
        Message message = new Message(em.find(UserAccount.class, caller.getAccountId()),
                em.find(DepartmentUnit.class, caller.getUnitId()), draft.subject());
        apply(message, draft);
        em.persist(message);
        return message;
    }

    public Message updateDraft(long id, long version, MessageDraft draft) {
        Message message = forAction(id, version);
        if (message.authorId() != currentUser.caller().getAccountId()) {
            throw new OpiumException("messaging.onlyAuthor");
        }
        apply(message, draft);
        return flushed(message);
    }

    /** Moves the message along the chain; a return to the author needs a comment saying why. */
    public Message perform(long id, long version, MessageAction action, String comment) {
        if (action == MessageAction.RETURN && (comment == null || comment.isBlank())) {
            throw new OpiumException("messaging.returnNeedsComment");
        }
        Caller caller = currentUser.caller();
        Message message = forAction(id, version);
        MessageStatus left = message.perform(action, Actor.of(caller));
        flushed(message);
        if (message.getStatus() == MessageStatus.SENT && left != MessageStatus.ARCHIVED) {
            deliveryQueue.enqueue(id);
        }
        history.record(new StateChanged(SUBJECT_TYPE, id, action.name(), left.name(), message.getStatus().name(),
                caller.getUsername(), Instant.now(), comment == null || comment.isBlank() ? null : comment.trim()));
        return message;
    }

    /** The buttons the current person may press on this message now. */
    public List<MessageAction> allowedActions(long id) {
        Message message = message(id);
        return MessageApproval.WORKFLOW.allowedActions(message.getStatus(), message, Actor.of(currentUser.caller()));
    }

    public Message message(long id) {
        return em.createQuery("""
                        select m from Message m join fetch m.author join fetch m.unit where m.id = :id""", Message.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new OpiumException("messaging.notFound", id));
    }

    public List<TransitionRecord> historyOf(long id) {
        message(id);
        return history.historyOf(SUBJECT_TYPE, id);
    }

    private Message forAction(long id, long version) {
        Message message = message(id);
        if (message.getVersion() != version) {
            throw new OpiumException("concurrentModification");
        }
        return message;
    }

    private static void apply(Message message, MessageDraft draft) {
        message.edit(draft.subject(), draft.body(), draft.priority() == null ? Priority.NORMAL : draft.priority(),
                draft.replyExpected() == null ? ReplyExpected.NONE : draft.replyExpected(), draft.replyDeadline(),
                draft.askDirector());
        message.address(draft.recipients());
    }

    /** Writes now, so that a concurrent change shows up here as a refusal rather than at commit. */
    private Message flushed(Message message) {
        try {
            em.flush();
            return message;
        } catch (OptimisticLockException e) {
            throw new OpiumException("concurrentModification");
        }
    }
}
