package pl.opium.it;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import pl.opium.OpiumException;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageAction;
import pl.opium.messaging.MessageDraft;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.MessageStatus;
import pl.opium.messaging.Priority;
import pl.opium.messaging.Recipient;
import pl.opium.messaging.ReplyExpected;
import pl.opium.registry.GroupService;
import pl.opium.registry.InstitutionType;
import pl.opium.workflow.StateChanged;
import pl.opium.workflow.TransitionRecord;
import pl.opium.workflow.WorkflowException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The approval chain of messages on the real server: history, version conflicts, after-commit events. */
class MessageApprovalIT extends OnSharedDeployment {

    @EJB
    private MessageService messages;

    @Inject
    private RecordedChanges events;

    @EJB
    private GroupService groups;

    /** Addressed to the dormitories (three in the demo city), so that sending stays small. */
    private MessageDraft draft(String subject) {
        return new MessageDraft(subject, "<p>Prośba o dane <b>do piątku</b></p>", Priority.NORMAL, ReplyExpected.TEXT,
                LocalDate.now().plusDays(7), false, List.of(automaticGroup(groups, InstitutionType.DORMITORY)));
    }

    static Recipient automaticGroup(GroupService groups, InstitutionType type) {
        return new Recipient.InstitutionGroup(As.user("pracownik.prz", () -> groups.groups()).stream()
                .filter(g -> g.isAutomatic() && g.getInstitutionType() == type)
                .findFirst().orElseThrow().getId());
    }

    private Message act(String user, Message message, MessageAction action, String comment) {
        return As.user(user, () -> messages.perform(message.getId(), message.getVersion(), action, comment));
    }

    @Test
    void returnedMessageGoesBackToItsAuthorAndIsSentAfterTheHeadApproves() {
        Message message = As.user("pracownik.prz", () -> messages.createDraft(draft("Arkusz organizacyjny")));

        message = act("pracownik.prz", message, MessageAction.SUBMIT, null);
        assertThat(message.getStatus()).isEqualTo(MessageStatus.AWAITING_HEAD);
        message = act("kierownik.prz", message, MessageAction.RETURN, "Dopisz termin w treści");
        assertThat(message.getStatus()).isEqualTo(MessageStatus.RETURNED);
        long id = message.getId();
        long version = message.getVersion();
        message = As.user("pracownik.prz", () -> messages.updateDraft(id, version, draft("Arkusz organizacyjny – termin 30.11")));
        message = act("pracownik.prz", message, MessageAction.SUBMIT, null);
        message = act("kierownik.prz", message, MessageAction.APPROVE, null);

        assertThat(message.getStatus()).isEqualTo(MessageStatus.SENT);
        assertThat(message.getSentAt()).isNotNull();
        assertThat(As.user("pracownik.prz", () -> messages.historyOf(id)))
                .extracting(TransitionRecord::getAction, TransitionRecord::getToState, TransitionRecord::getActor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SUBMIT", "AWAITING_HEAD", "pracownik.prz"),
                        org.assertj.core.groups.Tuple.tuple("RETURN", "RETURNED", "kierownik.prz"),
                        org.assertj.core.groups.Tuple.tuple("SUBMIT", "AWAITING_HEAD", "pracownik.prz"),
                        org.assertj.core.groups.Tuple.tuple("APPROVE", "SENT", "kierownik.prz"));
        assertThat(As.user("pracownik.prz", () -> messages.historyOf(id)).get(1).getComment())
                .isEqualTo("Dopisz termin w treści");
    }

    @Test
    void messageOfAUnitThatRequiresItGoesToTheDirector() {
        Message message = As.user("pracownik.fin", () -> messages.createDraft(draft("Plan finansowy")));
        message = act("pracownik.fin", message, MessageAction.SUBMIT, null);
        message = act("kierownik.fin", message, MessageAction.APPROVE, null);

        assertThat(message.getStatus()).isEqualTo(MessageStatus.AWAITING_DIRECTOR);
        long id = message.getId();
        assertThat(As.user("dyrektor.wydzialu", () -> messages.allowedActions(id)))
                .containsExactly(MessageAction.APPROVE, MessageAction.RETURN);
        assertThat(As.user("kierownik.fin", () -> messages.allowedActions(id))).isEmpty();

        message = act("dyrektor.wydzialu", message, MessageAction.APPROVE, null);
        assertThat(message.getStatus()).isEqualTo(MessageStatus.SENT);
    }

    @Test
    void secondOfTwoApproversActingOnTheSameVersionIsToldItChanged() {
        Message message = As.user("pracownik.prz", () -> messages.createDraft(draft("Dwóch zatwierdzających")));
        Message submitted = act("pracownik.prz", message, MessageAction.SUBMIT, null);

        act("kierownik.prz", submitted, MessageAction.APPROVE, null);

        assertThatThrownBy(() -> act("kierownik.prz", submitted, MessageAction.RETURN, "za późno"))
                .isInstanceOf(OpiumException.class).extracting("messageKey").isEqualTo("concurrentModification");
        assertThat(As.user("pracownik.prz", () -> messages.historyOf(message.getId())))
                .extracting(TransitionRecord::getAction).containsExactly("SUBMIT", "APPROVE");
    }

    @Test
    void headOfAnotherUnitCannotApproveAndAReturnNeedsAComment() {
        Message message = As.user("pracownik.prz", () -> messages.createDraft(draft("Obca akceptacja")));
        Message submitted = act("pracownik.prz", message, MessageAction.SUBMIT, null);

        assertThatThrownBy(() -> act("kierownik.sp", submitted, MessageAction.APPROVE, null))
                .isInstanceOf(WorkflowException.class).extracting("messageKey").isEqualTo("messaging.notYourUnit");
        assertThatThrownBy(() -> act("kierownik.prz", submitted, MessageAction.RETURN, " "))
                .isInstanceOf(OpiumException.class).extracting("messageKey").isEqualTo("messaging.returnNeedsComment");
        assertThatThrownBy(() -> As.user("kierownik.prz", () -> messages.updateDraft(submitted.getId(),
                submitted.getVersion(), draft("zmiana"))))
                .isInstanceOf(OpiumException.class).extracting("messageKey").isEqualTo("messaging.onlyAuthor");
    }

    @Test
    void observersHearOnlyOfTransitionsThatCommitted() {
        Message message = As.user("pracownik.prz", () -> messages.createDraft(draft("Zdarzenia po zatwierdzeniu")));
        Message submitted = act("pracownik.prz", message, MessageAction.SUBMIT, null);

        assertThatThrownBy(() -> act("pracownik2.prz", submitted, MessageAction.WITHDRAW, null))
                .isInstanceOf(WorkflowException.class);
        act("kierownik.prz", submitted, MessageAction.APPROVE, null);

        assertThat(events.about(message.getId())).extracting(StateChanged::action, StateChanged::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SUBMIT", "AWAITING_HEAD"),
                        org.assertj.core.groups.Tuple.tuple("APPROVE", "SENT"));
    }

    @Test
    void aMessageWithoutRecipientsCannotBeSubmitted() {
        Message message = As.user("pracownik.prz", () -> messages.createDraft(new MessageDraft("Bez adresatów", "",
                Priority.NORMAL, ReplyExpected.NONE, null, false, List.of())));

        assertThatThrownBy(() -> act("pracownik.prz", message, MessageAction.SUBMIT, null))
                .isInstanceOf(WorkflowException.class).extracting("messageKey").isEqualTo("messaging.noRecipients");
    }

    @Test
    void bodyIsSanitisedAndInstitutionsCannotWriteMessages() {
        MessageDraft hostile = new MessageDraft("Test", "<p>Treść</p><script>alert(1)</script>", Priority.HIGH,
                ReplyExpected.NONE, null, false, List.of(automaticGroup(groups, InstitutionType.DORMITORY)));

        Message message = As.user("pracownik.prz", () -> messages.createDraft(hostile));

        assertThat(message.getBody()).contains("Treść").doesNotContain("script");
        assertThatThrownBy(() -> As.user("sp01.dyrektor", () -> messages.createDraft(hostile)))
                .isInstanceOf(EJBAccessException.class);
    }
}
