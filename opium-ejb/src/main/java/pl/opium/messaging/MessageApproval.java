package pl.opium.messaging;

import pl.opium.identity.Role;
import pl.opium.workflow.Actor;
import pl.opium.workflow.Transition.Guard;
import pl.opium.workflow.Workflow;

import java.util.Set;

import static pl.opium.identity.Role.DEPARTMENT_DIRECTOR;
import static pl.opium.identity.Role.DEPARTMENT_OFFICER;
import static pl.opium.identity.Role.UNIT_HEAD;
import static pl.opium.messaging.MessageAction.APPROVE;
import static pl.opium.messaging.MessageAction.ARCHIVE;
import static pl.opium.messaging.MessageAction.RESTORE;
import static pl.opium.messaging.MessageAction.RETURN;
import static pl.opium.messaging.MessageAction.SUBMIT;
import static pl.opium.messaging.MessageAction.WITHDRAW;
import static pl.opium.messaging.MessageStatus.ARCHIVED;
import static pl.opium.messaging.MessageStatus.AWAITING_DIRECTOR;
import static pl.opium.messaging.MessageStatus.AWAITING_HEAD;
import static pl.opium.messaging.MessageStatus.DRAFT;
import static pl.opium.messaging.MessageStatus.RETURNED;
import static pl.opium.messaging.MessageStatus.SENT;

/**
 * The approval chain of a message, as the department works: an officer's message goes to the head
 * of the officer's unit, then — where the unit's rule or the author asks for it — to the department
 * director, and is sent on the last approval. A head's own message skips the head's step; the
 * director's own message needs no approval. Any approver may return the message to its author with
 * a comment; the author may withdraw it while it waits. Lines are tried in order: the first that
 * admits the person decides where the message goes.
 */
public final class MessageApproval {

    private static final Set<Role> AUTHORS = Set.of(DEPARTMENT_OFFICER, UNIT_HEAD, DEPARTMENT_DIRECTOR);

    private static final Guard<ApprovalSubject> IS_AUTHOR = (message, actor) -> actor.accountId() == message.authorId();
    private static final Guard<ApprovalSubject> HEADS_AUTHORS_UNIT = (message, actor) ->
            actor.roles().contains(UNIT_HEAD) && actor.unitId() != null && actor.unitId() == message.authorUnitId();
    private static final Guard<ApprovalSubject> NEEDS_DIRECTOR = (message, actor) -> message.directorApprovalRequired();
    private static final Guard<ApprovalSubject> NO_DIRECTOR = (message, actor) -> !message.directorApprovalRequired();

    public static final Workflow<MessageStatus, MessageAction, ApprovalSubject> WORKFLOW = build();

    private MessageApproval() {
    }

    private static Workflow<MessageStatus, MessageAction, ApprovalSubject> build() {
        Workflow.Builder<MessageStatus, MessageAction, ApprovalSubject> table = Workflow.named("message approval");
        for (MessageStatus editable : new MessageStatus[]{DRAFT, RETURNED}) {
            table.allow(editable, SUBMIT, SENT, Set.of(DEPARTMENT_DIRECTOR), IS_AUTHOR, "messaging.onlyAuthor")
                    .allow(editable, SUBMIT, SENT, Set.of(UNIT_HEAD), and(IS_AUTHOR, HEADS_AUTHORS_UNIT, NO_DIRECTOR),
                            "messaging.onlyAuthor")
                    .allow(editable, SUBMIT, AWAITING_DIRECTOR, Set.of(UNIT_HEAD),
                            and(IS_AUTHOR, HEADS_AUTHORS_UNIT, NEEDS_DIRECTOR), "messaging.onlyAuthor")
                    .allow(editable, SUBMIT, AWAITING_HEAD, AUTHORS, IS_AUTHOR, "messaging.onlyAuthor");
        }
        table.allow(AWAITING_HEAD, APPROVE, SENT, Set.of(UNIT_HEAD), and(HEADS_AUTHORS_UNIT, NO_DIRECTOR),
                        "messaging.notYourUnit")
                .allow(AWAITING_HEAD, APPROVE, AWAITING_DIRECTOR, Set.of(UNIT_HEAD), and(HEADS_AUTHORS_UNIT, NEEDS_DIRECTOR),
                        "messaging.notYourUnit")
                .allow(AWAITING_HEAD, RETURN, RETURNED, Set.of(UNIT_HEAD), HEADS_AUTHORS_UNIT, "messaging.notYourUnit")
                .allow(AWAITING_HEAD, WITHDRAW, DRAFT, AUTHORS, IS_AUTHOR, "messaging.onlyAuthor")
                .allow(AWAITING_DIRECTOR, APPROVE, SENT, Set.of(DEPARTMENT_DIRECTOR))
                .allow(AWAITING_DIRECTOR, RETURN, RETURNED, Set.of(DEPARTMENT_DIRECTOR))
                .allow(AWAITING_DIRECTOR, WITHDRAW, DRAFT, AUTHORS, IS_AUTHOR, "messaging.onlyAuthor")
                .allow(SENT, ARCHIVE, ARCHIVED, Set.of(DEPARTMENT_DIRECTOR))
                .allow(SENT, ARCHIVE, ARCHIVED, AUTHORS, or(IS_AUTHOR, HEADS_AUTHORS_UNIT), "messaging.onlyAuthorOrHead")
                .allow(ARCHIVED, RESTORE, SENT, Set.of(DEPARTMENT_DIRECTOR))
                .allow(ARCHIVED, RESTORE, SENT, AUTHORS, or(IS_AUTHOR, HEADS_AUTHORS_UNIT), "messaging.onlyAuthorOrHead");
        return table.build();
    }

    @SafeVarargs
    private static Guard<ApprovalSubject> and(Guard<ApprovalSubject>... guards) {
        return (message, actor) -> {
            for (Guard<ApprovalSubject> guard : guards) {
                if (!guard.allows(message, actor)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Guard<ApprovalSubject> or(Guard<ApprovalSubject> first, Guard<ApprovalSubject> second) {
        return (message, actor) -> first.allows(message, actor) || second.allows(message, actor);
    }

    /** Where the action takes the message, or a {@link pl.opium.workflow.WorkflowException}. */
    public static MessageStatus next(MessageStatus current, MessageAction action, ApprovalSubject message, Actor actor) {
        return WORKFLOW.apply(current, action, message, actor).to();
    }
}
