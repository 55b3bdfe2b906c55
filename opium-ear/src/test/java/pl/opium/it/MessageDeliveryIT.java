package pl.opium.it;

import jakarta.ejb.EJB;
import org.junit.jupiter.api.Test;
import pl.opium.identity.AccountService;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageDraft;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.Priority;
import pl.opium.messaging.Recipient;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.delivery.DeliveryService;
import pl.opium.registry.GroupService;
import pl.opium.registry.Institution;
import pl.opium.registry.InstitutionType;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Guaranteed delivery: the final approval enqueues a JMS message; the MDB fans out, idempotently. */
class MessageDeliveryIT extends OnSharedDeployment {

    @EJB
    private MessageService messages;

    @EJB
    private DeliveryService deliveries;

    @EJB
    private GroupService groups;

    @EJB
    private AccountService accounts;

    private Message send(Recipient recipient) {
        return Sending.sent(messages, new MessageDraft("Do wszystkich przedszkoli", "<p>Proszę o informację</p>",
                Priority.NORMAL, ReplyExpected.TEXT, null, false, List.of(recipient)));
    }

    @Test
    void sentMessageReachesEveryInstitutionOfTheGroupAndEveryoneAssignedToThemOnce() {
        Recipient preschools = MessageApprovalIT.automaticGroup(groups, InstitutionType.PRESCHOOL);
        List<Institution> members = As.user("pracownik.prz",
                () -> groups.members(((Recipient.InstitutionGroup) preschools).groupId()));
        long people = members.stream()
                .mapToLong(i -> As.user("admin", () -> accounts.count(null, i.getId(), null)))
                .sum();

        Message sent = send(preschools);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(As.user("pracownik.prz", () -> deliveries.deliveredKeys(sent.getId())))
                        .hasSize((int) (members.size() + people)));
        List<String> keys = As.user("pracownik.prz", () -> deliveries.deliveredKeys(sent.getId()));
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(keys.stream().filter(k -> k.startsWith("I:"))).hasSize(members.size());
        assertThat(members).hasSizeGreaterThanOrEqualTo(42);
    }

    @Test
    void aRedeliveredFanOutCreatesNothingNew() {
        Message sent = send(MessageApprovalIT.automaticGroup(groups, InstitutionType.DORMITORY));
        // one fan-out commits all deliveries of a message at once: once any is there, all are
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(As.user("pracownik.prz", () -> deliveries.deliveredKeys(sent.getId()))).isNotEmpty());
        List<String> before = As.user("pracownik.prz", () -> deliveries.deliveredKeys(sent.getId()));

        int created = As.user("pracownik.prz", () -> deliveries.fanOut(sent.getId()));

        assertThat(created).isZero();
        assertThat(As.user("pracownik.prz", () -> deliveries.deliveredKeys(sent.getId()))).isEqualTo(before);
    }
}
