package pl.opium.it;

import pl.opium.messaging.Message;
import pl.opium.messaging.MessageAction;
import pl.opium.messaging.MessageDraft;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.Recipient;
import pl.opium.registry.GroupKind;
import pl.opium.registry.GroupService;

import java.util.List;

/** What most messaging tests start with: a message of the pre-school unit, written and approved. */
final class Sending {

    static final String OFFICER = "pracownik.prz";
    static final String HEAD = "kierownik.prz";

    private Sending() {
    }

    /** The officer writes and submits the draft, the head of unit approves it: the message is sent. */
    static Message sent(MessageService messages, MessageDraft draft) {
        Message written = As.user(OFFICER, () -> messages.createDraft(draft));
        Message submitted = As.user(OFFICER,
                () -> messages.perform(written.getId(), written.getVersion(), MessageAction.SUBMIT, null));
        return As.user(HEAD, () -> messages.perform(submitted.getId(), submitted.getVersion(), MessageAction.APPROVE, null));
    }

    /** Every institution of the city, as the automatic group of each type. */
    static List<Recipient> everyInstitution(GroupService groups) {
        return As.user(OFFICER, () -> groups.groups()).stream()
                .filter(group -> group.getKind() == GroupKind.AUTOMATIC)
                .map(group -> (Recipient) new Recipient.InstitutionGroup(group.getId()))
                .toList();
    }
}
