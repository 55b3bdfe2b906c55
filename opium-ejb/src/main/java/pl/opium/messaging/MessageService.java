package pl.opium.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.forms.FormService;
import pl.opium.identity.Caller;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.identity.UserAccount;
import pl.opium.messaging.delivery.DeliveryQueue;
import pl.opium.messaging.groups.UserGroup;
import pl.opium.messaging.inbox.InboxService;
import pl.opium.persistence.Conflicts;
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

    public static final String SUBJECT_TYPE = "Message";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private WorkflowHistory history;

    @Inject
    private DeliveryQueue deliveryQueue;

    @EJB
    private FormService forms;

    @Inject
    private SurveyTemplateCheck surveyTemplates;

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

    /**
     * What the compose page's buttons do, in one transaction: a survey's template checked against the
     * marked sheets, the draft created (no id) or changed (the version the author saw), and with
     * {@code submit} sent on its way along the approval chain. Nothing is kept when any step refuses.
     */
    public Message save(Long id, Long version, MessageDraft draft, boolean submit) {
        if (draft.replyExpected() == ReplyExpected.SURVEY && draft.surveyTemplate() != null) {
            surveyTemplates.verify(draft.surveyTemplate(), draft.surveySheets());
        }
        Message saved = id == null ? createDraft(draft) : updateDraft(id, version == null ? -1 : version, draft);
        if (submit) {
            em.flush(); // the version the chain checks is the one just written
            saved = perform(saved.getId(), saved.getVersion(), MessageAction.SUBMIT, null);
        }
        return saved;
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

    /** A message as its author, the head of the author's unit or the director sees it. */
    public Message message(long id) {
        Caller caller = currentUser.caller();
        Message message = load(id);
        if (!caller.canFollowWorkOf(message.authorId(), message.authorUnitId())) {
            throw currentUser.refusal(caller, "Message " + id);
        }
        // what the pages read after the transaction: files and recipients
        message.getAttachments();
        message.getSurveySheets();
        message.recipients();
        if (message.getForm() != null) {
            message.getForm().getTitle();
        }
        return message;
    }

    /** Whom the message is addressed to, by name, for people to check before approving. */
    public List<AddressedTo> addressedTo(long id) {
        return message(id).recipients().stream().map(this::describe)
                .sorted(java.util.Comparator.comparing(AddressedTo::kind).thenComparing(AddressedTo::name,
                        pl.opium.registry.GroupResolver.POLISH))
                .toList();
    }

    private AddressedTo describe(Recipient recipient) {
        if (recipient instanceof Recipient.InstitutionGroup group) {
            var found = em.find(pl.opium.registry.InstitutionGroup.class, group.groupId());
            return new AddressedTo("INSTITUTION_GROUP", found == null ? "#" + group.groupId() : found.getName());
        } else if (recipient instanceof Recipient.Institution institution) {
            var found = em.find(pl.opium.registry.Institution.class, institution.institutionId());
            return new AddressedTo("INSTITUTION", found == null ? "#" + institution.institutionId() : found.getShortName());
        } else if (recipient instanceof Recipient.UserGroup group) {
            UserGroup found = em.find(UserGroup.class, group.groupId());
            return new AddressedTo("USER_GROUP", found == null ? "#" + group.groupId() : found.getName());
        }
        long accountId = ((Recipient.User) recipient).accountId();
        UserAccount found = em.find(UserAccount.class, accountId);
        return new AddressedTo("USER", found == null ? "#" + accountId : found.getFullName());
    }

    /** A file of the message, for its author and approvers. */
    public Attachment attachment(long id, int position) {
        List<Attachment> files = message(id).getAttachments();
        return Attachment.at(files, position);
    }

    /** One page of a list, newest first; {@code text} searches subject and body. */
    public List<Message> list(MessageBox box, String text, int first, int max) {
        if (approvesNothing(box)) {
            return List.of();
        }
        return boxQuery(box, text, "select m from Message m join fetch m.author join fetch m.unit", Message.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(MessageBox box, String text) {
        if (approvesNothing(box)) {
            return 0;
        }
        return boxQuery(box, text, "select count(m) from Message m", Long.class).getSingleResult();
    }

    private boolean approvesNothing(MessageBox box) {
        Caller caller = currentUser.caller();
        return box == MessageBox.AWAITING_ME && !caller.hasRole(Role.UNIT_HEAD)
                && !caller.hasRole(Role.DEPARTMENT_DIRECTOR);
    }

    /**
     * The lists: one's own drafts and messages in approval; what waits for one's approval (a head:
     * their unit's messages at the head's step; the director: everything at the director's step);
     * sent and archived messages one may follow (the director: all).
     */
    private <T> jakarta.persistence.TypedQuery<T> boxQuery(MessageBox box, String text, String select, Class<T> type) {
        Caller caller = currentUser.caller();
        String where = switch (box) {
            case DRAFTS -> "m.author.id = :me and m.status in :statuses";
            case IN_APPROVAL -> "m.author.id = :me and m.status in :statuses";
            case AWAITING_ME -> caller.hasRole(Role.DEPARTMENT_DIRECTOR)
                    ? "m.status in :statuses and (m.status = :director or m.unit.id = :unit)"
                    : "m.status in :statuses and m.status <> :director and m.unit.id = :unit";
            case SENT, ARCHIVED -> caller.hasRole(Role.DEPARTMENT_DIRECTOR) ? "m.status in :statuses"
                    : "m.status in :statuses and (m.author.id = :me or (:head = true and m.unit.id = :unit))";
        };
        List<MessageStatus> statuses = switch (box) {
            case DRAFTS -> List.of(MessageStatus.DRAFT, MessageStatus.RETURNED);
            case IN_APPROVAL -> List.of(MessageStatus.AWAITING_HEAD, MessageStatus.AWAITING_DIRECTOR);
            case AWAITING_ME -> caller.hasRole(Role.UNIT_HEAD)
                    ? List.of(MessageStatus.AWAITING_HEAD, MessageStatus.AWAITING_DIRECTOR)
                    : List.of(MessageStatus.AWAITING_DIRECTOR);
            case SENT -> List.of(MessageStatus.SENT);
            case ARCHIVED -> List.of(MessageStatus.ARCHIVED);
        };
        String order = select.startsWith("select count") ? "" : " order by coalesce(m.sentAt, m.createdAt) desc, m.id desc";
        jakarta.persistence.TypedQuery<T> query = em.createQuery(select + " where " + where
                + " and (:text is null or lower(m.subject) like :text or lower(m.body) like :text)" + order, type)
                .setParameter("statuses", statuses)
                .setParameter("text", InboxService.pattern(text));
        if (where.contains(":me")) {
            query.setParameter("me", caller.getAccountId());
        }
        if (where.contains(":unit")) {
            query.setParameter("unit", caller.getUnitId() == null ? -1L : caller.getUnitId());
        }
        if (where.contains(":director")) {
            query.setParameter("director", MessageStatus.AWAITING_DIRECTOR);
        }
        if (where.contains(":head")) {
            query.setParameter("head", caller.hasRole(Role.UNIT_HEAD));
        }
        return query;
    }

    public List<TransitionRecord> historyOf(long id) {
        message(id);
        return history.historyOf(SUBJECT_TYPE, id);
    }

    /**
     * The message with its author and unit. Actions load it without the reading check: the
     * approval table itself refuses, with its own reason, whoever may not act on it.
     */
    private Message load(long id) {
        return em.createQuery("""
                        select m from Message m join fetch m.author join fetch m.unit where m.id = :id""", Message.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new OpiumException("messaging.notFound", id));
    }

    private Message forAction(long id, long version) {
        Message message = load(id);
        Conflicts.requireSeen(message, version);
        return message;
    }

    private void apply(Message message, MessageDraft draft) {
        message.edit(draft.subject(), draft.body(), draft.priority() == null ? Priority.NORMAL : draft.priority(),
                draft.replyExpected() == null ? ReplyExpected.NONE : draft.replyExpected(), draft.replyDeadline(),
                draft.askDirector());
        message.address(draft.recipients());
        message.attach(draft.attachments());
        if (message.getReplyExpected() == ReplyExpected.SURVEY) {
            message.attachSurvey(draft.surveyTemplate(), draft.surveySheets());
        }
        if (message.getReplyExpected() == ReplyExpected.FORM) {
            message.attachForm(draft.formId() == null ? null : forms.ownCopy(draft.formId()));
        }
    }

    /** Writes now, so that a concurrent change shows up here as a refusal rather than at commit. */
    private Message flushed(Message message) {
        Conflicts.flush(em);
        return message;
    }
}
