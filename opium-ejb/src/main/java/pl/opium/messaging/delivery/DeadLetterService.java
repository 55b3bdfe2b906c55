package pl.opium.messaging.delivery;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.identity.AuditAction;
import pl.opium.identity.AuditLog;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;
import pl.opium.messaging.Message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The dead-letter queue of deliveries, for the administrator: what is stuck there, and replaying it
 * (the JMS message is moved back to the delivery queue in one transaction; the fan-out is
 * idempotent, so a replay never delivers anything twice).
 */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class DeadLetterService {

    static final String DEAD_LETTERS = "java:/jms/queue/OpiumDeliveryDLQ";

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    private JMSContext jms;

    @Resource(lookup = DEAD_LETTERS)
    private Queue deadLetters;

    @Inject
    private DeliveryQueue deliveryQueue;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog auditLog;

    @EJB
    private CurrentUser currentUser;

    public List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
            for (Object each : Collections.list(browser.getEnumeration())) {
                TextMessage message = (TextMessage) each;
                long messageId = Long.parseLong(message.getText());
                Message found = em.find(Message.class, messageId);
                letters.add(new DeadLetter(message.getJMSMessageID(), messageId,
                        found == null ? "?" : found.getSubject(), Instant.ofEpochMilli(message.getJMSTimestamp())));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("The dead-letter queue cannot be read", e);
        }
        return letters;
    }

    /** Moves one dead letter back to the delivery queue; returns the message id it carried. */
    public long replay(String jmsId) {
        if (jmsId == null || !jmsId.matches("ID:[0-9a-fA-F-]+")) {
            throw new OpiumException("messaging.deadLetterGone");
        }
        try (JMSConsumer consumer = jms.createConsumer(deadLetters, "JMSMessageID = '" + jmsId + "'")) {
            jakarta.jms.Message letter = consumer.receive(2000);
            if (letter == null) {
                throw new OpiumException("messaging.deadLetterGone");
            }
            long messageId = Long.parseLong(letter.getBody(String.class));
            deliveryQueue.enqueue(messageId);
            auditLog.recordSecurityEvent(AuditAction.DELIVERY_REPLAYED, currentUser.caller().getUsername(),
                    "Message " + messageId, null);
            return messageId;
        } catch (JMSException e) {
            throw new IllegalStateException("The dead-letter queue cannot be read", e);
        }
    }
}
