package pl.opium.messaging.delivery;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * The delivery queue on the server's Artemis broker. The XA connection factory enlists the send in
 * the JTA transaction that marks the message sent: either both commit or neither does. The JMS
 * message is a persistent text holding the message id, so it survives a broker restart.
 */
@ApplicationScoped
public class JmsDeliveryQueue implements DeliveryQueue {

    static final String QUEUE = "java:/jms/queue/OpiumDelivery";

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    private JMSContext jms;

    @Resource(lookup = QUEUE)
    private Queue queue;

    @Override
    public void enqueue(long messageId) {
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .send(queue, Long.toString(messageId));
    }
}
