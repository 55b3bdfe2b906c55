package pl.opium.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;
import pl.opium.OpiumException;
import pl.opium.identity.CurrentUser;
import pl.opium.messaging.Message;
import pl.opium.messaging.MessageDraft;
import pl.opium.messaging.MessageService;
import pl.opium.messaging.Priority;
import pl.opium.messaging.Recipient;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.delivery.DeadLetter;
import pl.opium.messaging.delivery.DeadLetterService;
import pl.opium.messaging.delivery.DeliveryQueue;
import pl.opium.messaging.delivery.DeliveryService;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The dead-letter queue on the real broker: a fan-out that keeps failing is retried with back-off
 * and parked there; the administrator sees it and replays it, and a replayed fan-out delivers what
 * was missing without duplicating anything.
 */
class DeadLetterIT extends OnSharedDeployment {

    @EJB
    private DeadLetterService deadLetters;

    @EJB
    private MessageService messages;

    @EJB
    private DeliveryService deliveries;

    @EJB
    private CurrentUser currentUser;

    @Inject
    private DeliveryQueue deliveryQueue;

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connections;

    @Resource(lookup = "java:/jms/queue/OpiumDeliveryDLQ")
    private Queue deadLetterQueue;

    @PersistenceContext(unitName = "opium")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Test
    void aFanOutThatKeepsFailingEndsInTheDeadLetterQueueAfterItsRetries() {
        long missing = 987_654_321L;
        java.time.Instant start = java.time.Instant.now();
        deliveryQueue.enqueue(missing);

        // six attempts, 1 + 2 + 4 + 8 + 16 times the first delay apart (the tests' server: 0.1 s, production 1 s)
        Duration backOff = Duration.ofMillis(31 * Long.getLong("opium.delivery.redeliveryDelay", 1000));
        await().atMost(backOff.multipliedBy(4).plusSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(As.user("admin", () -> deadLetters.list())).extracting(DeadLetter::messageId)
                        .contains(missing));
        DeadLetter letter = As.user("admin", () -> deadLetters.list()).stream()
                .filter(l -> l.messageId() == missing).findFirst().orElseThrow();
        assertThat(letter.subject()).as("no such message").isEqualTo("?");
        assertThat(Duration.between(start, java.time.Instant.now())).as("after the back-off of the retries")
                .isGreaterThanOrEqualTo(backOff);
        assertThatThrownBy(() -> As.user("pracownik.prz", () -> deadLetters.list()))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theAdministratorReplaysAParkedFanOutAndItDeliversWhatWasMissingOnce() throws Exception {
        long school = As.user("sp13.dyrektor", () -> currentUser.caller().getInstitutionId());
        Message draft = Sending.sent(messages, new MessageDraft("Do ponownego doręczenia", "<p>Treść</p>",
                Priority.NORMAL, ReplyExpected.NONE, null, false, List.of(new Recipient.Institution(school))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(As.user("pracownik.prz", () -> deliveries.deliveryCount(draft.getId()))).isPositive());
        long complete = As.user("pracownik.prz", () -> deliveries.deliveryCount(draft.getId()));

        // as if the fan-out had failed: half of the deliveries missing and its JMS message parked
        transaction.begin();
        em.createQuery("delete from Delivery d where d.message.id = :id and d.account is not null")
                .setParameter("id", draft.getId()).executeUpdate();
        transaction.commit();
        try (JMSContext jms = connections.createContext()) {
            jms.createProducer().send(deadLetterQueue, Long.toString(draft.getId()));
        }
        DeadLetter parked = As.user("admin", () -> deadLetters.list()).stream()
                .filter(l -> l.messageId() == draft.getId()).findFirst().orElseThrow();
        assertThat(parked.subject()).isEqualTo("Do ponownego doręczenia");

        long replayed = As.user("admin", () -> deadLetters.replay(parked.jmsId()));

        assertThat(replayed).isEqualTo(draft.getId());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(As.user("pracownik.prz", () -> deliveries.deliveryCount(draft.getId()))).isEqualTo(complete));
        assertThat(As.user("pracownik.prz", () -> deliveries.deliveredKeys(draft.getId()))).doesNotHaveDuplicates();
        assertThat(As.user("admin", () -> deadLetters.list())).extracting(DeadLetter::messageId)
                .doesNotContain(draft.getId());
        assertThatThrownBy(() -> As.user("admin", () -> deadLetters.replay(parked.jmsId())))
                .isInstanceOfSatisfying(OpiumException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("messaging.deadLetterGone"));
    }
}
