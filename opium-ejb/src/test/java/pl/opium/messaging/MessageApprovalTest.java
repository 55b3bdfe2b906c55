package pl.opium.messaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.opium.identity.Role;
import pl.opium.workflow.Actor;
import pl.opium.workflow.WorkflowException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

/** Every allowed and every forbidden move of the approval chain, for every kind of person. */
class MessageApprovalTest {

    private static final long UNIT = 10;
    private static final Actor AUTHOR = new Actor(1, "pracownik", Set.of(Role.DEPARTMENT_OFFICER), UNIT, null);
    private static final Actor COLLEAGUE = new Actor(2, "kolega", Set.of(Role.DEPARTMENT_OFFICER), UNIT, null);
    private static final Actor HEAD = new Actor(3, "kierownik", Set.of(Role.UNIT_HEAD), UNIT, null);
    private static final Actor OTHER_HEAD = new Actor(4, "kierownik.inny", Set.of(Role.UNIT_HEAD), 20L, null);
    private static final Actor DIRECTOR = new Actor(5, "dyrektor", Set.of(Role.DEPARTMENT_DIRECTOR), 99L, null);
    private static final Actor SCHOOL_DIRECTOR = new Actor(6, "sp01", Set.of(Role.INSTITUTION_DIRECTOR), null, 100L);
    private static final Actor ADMIN = new Actor(7, "admin", Set.of(Role.ADMIN), 98L, null);
    private static final Map<String, Actor> EVERYONE = new LinkedHashMap<>();

    static {
        for (Actor actor : List.of(AUTHOR, COLLEAGUE, HEAD, OTHER_HEAD, DIRECTOR, SCHOOL_DIRECTOR, ADMIN)) {
            EVERYONE.put(actor.username(), actor);
        }
    }

    private record Message(long authorId, long authorUnitId, boolean directorApprovalRequired) implements ApprovalSubject {
    }

    private static String key(MessageStatus state, MessageAction action, Actor actor) {
        return state + " " + action + " " + actor.username();
    }

    /** The whole expected table for an officer's message: anything not listed is refused. */
    private static Map<String, MessageStatus> expectedForOfficersMessage(boolean directorRequired) {
        Map<String, MessageStatus> allowed = new HashMap<>();
        allowed.put(key(DRAFT, SUBMIT, AUTHOR), AWAITING_HEAD);
        allowed.put(key(RETURNED, SUBMIT, AUTHOR), AWAITING_HEAD);
        allowed.put(key(AWAITING_HEAD, APPROVE, HEAD), directorRequired ? AWAITING_DIRECTOR : SENT);
        allowed.put(key(AWAITING_HEAD, RETURN, HEAD), RETURNED);
        allowed.put(key(AWAITING_HEAD, WITHDRAW, AUTHOR), DRAFT);
        allowed.put(key(AWAITING_DIRECTOR, APPROVE, DIRECTOR), SENT);
        allowed.put(key(AWAITING_DIRECTOR, RETURN, DIRECTOR), RETURNED);
        allowed.put(key(AWAITING_DIRECTOR, WITHDRAW, AUTHOR), DRAFT);
        for (Actor archivist : List.of(AUTHOR, HEAD, DIRECTOR)) {
            allowed.put(key(SENT, ARCHIVE, archivist), ARCHIVED);
            allowed.put(key(ARCHIVED, RESTORE, archivist), SENT);
        }
        return allowed;
    }

    @ParameterizedTest(name = "director approval required: {0}")
    @ValueSource(booleans = {false, true})
    void everyMoveOfEveryPersonOnAnOfficersMessage(boolean directorRequired) {
        Message message = new Message(AUTHOR.accountId(), UNIT, directorRequired);
        Map<String, MessageStatus> expected = expectedForOfficersMessage(directorRequired);
        List<String> checked = new ArrayList<>();

        for (MessageStatus state : MessageStatus.values()) {
            for (MessageAction action : MessageAction.values()) {
                for (Actor actor : EVERYONE.values()) {
                    String move = key(state, action, actor);
                    MessageStatus outcome = expected.get(move);
                    if (outcome != null) {
                        assertThat(MessageApproval.next(state, action, message, actor)).as(move).isEqualTo(outcome);
                    } else {
                        assertThatThrownBy(() -> MessageApproval.next(state, action, message, actor)).as(move)
                                .isInstanceOf(WorkflowException.class);
                    }
                    checked.add(move);
                }
            }
        }
        assertThat(checked).hasSize(MessageStatus.values().length * MessageAction.values().length * EVERYONE.size());
    }

    @ParameterizedTest(name = "director approval required: {0}")
    @ValueSource(booleans = {false, true})
    void theButtonsShownAreExactlyTheAllowedMoves(boolean directorRequired) {
        Message message = new Message(AUTHOR.accountId(), UNIT, directorRequired);
        Map<String, MessageStatus> expected = expectedForOfficersMessage(directorRequired);

        for (MessageStatus state : MessageStatus.values()) {
            for (Actor actor : EVERYONE.values()) {
                List<MessageAction> shown = MessageApproval.WORKFLOW.allowedActions(state, message, actor);
                List<MessageAction> allowed = java.util.Arrays.stream(MessageAction.values())
                        .filter(action -> expected.containsKey(key(state, action, actor))).toList();
                assertThat(shown).as(state + " " + actor.username()).containsExactlyElementsOf(allowed);
            }
        }
    }

    @Test
    void headsOwnMessageSkipsTheHeadsStep() {
        Message own = new Message(HEAD.accountId(), UNIT, false);
        Message ownForDirector = new Message(HEAD.accountId(), UNIT, true);

        assertThat(MessageApproval.next(DRAFT, SUBMIT, own, HEAD)).isEqualTo(SENT);
        assertThat(MessageApproval.next(DRAFT, SUBMIT, ownForDirector, HEAD)).isEqualTo(AWAITING_DIRECTOR);
        assertThat(MessageApproval.next(RETURNED, SUBMIT, ownForDirector, HEAD)).isEqualTo(AWAITING_DIRECTOR);
    }

    @Test
    void directorsOwnMessageNeedsNoApproval() {
        Message own = new Message(DIRECTOR.accountId(), 99, true);

        assertThat(MessageApproval.next(DRAFT, SUBMIT, own, DIRECTOR)).isEqualTo(SENT);
    }

    @Test
    void refusalsSayWhy() {
        Message message = new Message(AUTHOR.accountId(), UNIT, false);

        assertThatThrownBy(() -> MessageApproval.next(DRAFT, SUBMIT, message, COLLEAGUE))
                .extracting("messageKey").isEqualTo("messaging.onlyAuthor");
        assertThatThrownBy(() -> MessageApproval.next(AWAITING_HEAD, APPROVE, message, OTHER_HEAD))
                .extracting("messageKey").isEqualTo("messaging.notYourUnit");
        assertThatThrownBy(() -> MessageApproval.next(AWAITING_HEAD, APPROVE, message, SCHOOL_DIRECTOR))
                .extracting("messageKey").isEqualTo("workflow.notAllowed");
        assertThatThrownBy(() -> MessageApproval.next(SENT, APPROVE, message, DIRECTOR))
                .extracting("messageKey").isEqualTo("workflow.illegal");
    }

    @Test
    void theChainCanBeDrawn() {
        assertThat(MessageApproval.WORKFLOW.toMermaid())
                .startsWith("stateDiagram-v2")
                .contains("AWAITING_HEAD --> AWAITING_DIRECTOR : APPROVE (UNIT_HEAD)")
                .contains("AWAITING_DIRECTOR --> SENT : APPROVE (DEPARTMENT_DIRECTOR)");
    }
}
